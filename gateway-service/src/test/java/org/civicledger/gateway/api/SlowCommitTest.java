package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.civicledger.chaincode.json.Json;
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

    @TestHTTPResource("/")
    URI base;

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

    /** The same over HTTP/2 (h2c, as Java's HttpClient asks for it), whose request ends differently in Vert.x. */
    @Test
    void an_http2_award_whose_commit_outlasts_the_body_timeout_gets_its_real_answer() throws Exception {
        String residentId = Api.enrol();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String body = "{\"contributionId\":\"" + Api.unique("c") + "\",\"residentId\":\"" + residentId
                + "\",\"activityType\":\"volunteer-hour\",\"quantity\":2,\"occurredAt\":\"" + Instant.now() + "\"}";
        HttpRequest award = HttpRequest.newBuilder(base.resolve("api/v1/contributions"))
                .header("Authorization", "Bearer " + Api.APP).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        // the first request on a connection is the HTTP/1.1 upgrade; the second is plain HTTP/2
        HttpResponse<String> first = client.send(award, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, first.statusCode(), first.body());
        HttpRequest again = HttpRequest.newBuilder(award, (name, value) -> true)
                .POST(HttpRequest.BodyPublishers.ofString(body.replaceFirst("\"c-[^\"]*\"", "\"" + Api.unique("c") + "\"")))
                .build();
        HttpResponse<String> second = client.send(again, HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, second.version());
        assertEquals(201, second.statusCode(), second.body());
        long afterFirst = Json.mapper().readTree(first.body()).path("balance").asLong();
        assertTrue(afterFirst > 0, first.body());
        assertEquals(2 * afterFirst, Api.balance(residentId), "both awards committed");
    }
}
