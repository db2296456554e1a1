package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.civicledger.gateway.runtime.SlowAwardLedger;
import org.junit.jupiter.api.Test;

/**
 * {@code civic.http.body-timeout} bounds how long a body may take to ARRIVE, never how long the gateway takes to
 * answer: an award whose body arrived at once but whose commit takes longer than the body timeout (a Fabric
 * orderer electing a new leader, say) gets the resource's real answer, not a 408 that tells the client the
 * award was refused while it commits. The slow-body side is {@link TimeoutsTest}.
 */
@QuarkusTest
@TestProfile(SlowCommitTest.SlowCommits.class)
@QuarkusTestResource(TempDataDir.class)
class SlowCommitTest {
    public static final class SlowCommits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civic.http.body-timeout", "2S");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SlowAwardLedger.class); // each award's commit: twice the body timeout
        }
    }

    @Test
    void an_award_whose_commit_outlasts_the_body_timeout_gets_its_real_answer() {
        String residentId = Api.enrol();

        long start = System.nanoTime();
        Response award = Api.award(residentId, "volunteer-hour", 2);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(201, award.statusCode(), award.asString());
        assertTrue(tookMillis >= SlowAwardLedger.COMMIT_MILLIS, "the commit was not slow: " + tookMillis + " ms");
        assertTrue(award.<String>path("txId") != null, award.asString());
        assertEquals(((Number) award.path("balance")).longValue(), Api.balance(residentId), "the award did not commit");
        assertTrue(Api.balance(residentId) > 0, "the award did not commit");
    }
}
