package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.refused;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** Two organisations must agree: an AUDITOR of the proposing community's own organisation may not approve. */
@QuarkusTest
@TestProfile(CommunityAuditor.class)
@QuarkusTestResource(TempDataDir.class)
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric")
class ScoreModelSameOrganisationTest {
    @Inject
    LedgerPort ledger;

    @Test
    void the_proposers_organisation_may_not_approve_and_nothing_is_written() {
        Map<String, Object> base = ScoreModelEndpointsTest.active();
        long next = ScoreModelEndpointsTest.versions(ADMIN).stream().mapToLong(ScoreModelEndpointsTest::version).max()
                .orElseThrow() + 1;
        as(ADMIN).body(ScoreModelEndpointsTest.proposal(base, next, Instant.now().plus(Duration.ofDays(1))))
                .post("/api/v1/score-models").then().statusCode(201);
        refused(ledger, 403, "SAME_ORGANISATION", () -> as(CommunityAuditor.COMMUNITY_AUDITOR).body(Map.of())
                .post("/api/v1/score-models/" + next + "/approval"));
        as(CommunityAuditor.COMMUNITY_AUDITOR).get("/api/v1/score-models/" + next).then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
    }
}
