package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Disputes of a suspension, a credit check and a score (API.md "Disputes"); overdue disputes, marked by an admin
 * and resolved by an auditor. Fresh residents and ids: other classes' disputes share the ledger.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class DisputeTargetEndpointsTest {
    @Inject
    LedgerPort ledger;

    @Inject
    MovableClock clock;

    private static String file(String residentId, Object... fields) {
        List<Object> kv = new ArrayList<>(List.of("disputeId", unique("d"), "residentId", residentId, "reason",
                "that is not right"));
        kv.addAll(List.of(fields));
        return as(APP).body(body(kv.toArray())).post("/api/v1/disputes").then().log().ifValidationFails()
                .statusCode(201).extract().path("disputeId");
    }

    private static String resolution(String disputeId) {
        return "/api/v1/disputes/" + disputeId + "/resolution";
    }

    @Test
    void an_upheld_dispute_of_a_suspension_reactivates_the_resident() {
        String residentId = Api.enrol();
        String suspension = as(ADMIN).body(body("status", "SUSPENDED", "reason", "under review"))
                .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200).extract().path("txId");
        String disputeId = file(residentId, "targetTxId", suspension);
        as(APP).get("/api/v1/disputes").then().statusCode(200).body("find { it.disputeId == '" + disputeId
                + "' }.targetType", equalTo("SUSPENSION"));
        as(ADMIN).body(body("outcome", "UPHELD", "note", "the review found nothing")).post(resolution(disputeId))
                .then().statusCode(200).body("status", equalTo("UPHELD"))
                .body("resolution.reactivated", equalTo(true)).body("resolution.resolverRole", equalTo("ADMIN"));
        as(ADMIN).get("/api/v1/residents/" + residentId).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void an_upheld_dispute_of_a_credit_check_shows_on_the_residents_query_log() {
        String residentId = Api.enrol();
        Api.grantConsent(residentId, "loan");
        String checkTx = Api.creditCheck(residentId, Api.publishProduct(false), "loan").then().statusCode(200)
                .extract().path("txId");
        String disputeId = file(residentId, "targetTxId", checkTx, "targetType", "CREDIT_CHECK");
        refused(ledger, 422, "INVALID_STATE", () -> as(APP).body(body("disputeId", unique("d"), "residentId",
                residentId, "targetTxId", checkTx, "reason", "again")).post("/api/v1/disputes"));
        as(ADMIN).body(body("outcome", "UPHELD", "note", "no consent on file for this purpose"))
                .post(resolution(disputeId)).then().statusCode(200);
        as(APP).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200)
                .body("find { it.txId == '" + checkTx + "' }.disputed.disputeId", equalTo(disputeId))
                .body("find { it.txId == '" + checkTx + "' }.disputed.at", notNullValue());
    }

    @Test
    void an_upheld_dispute_of_a_score_recomputes_it_and_names_the_correction() {
        String residentId = Api.enrol();
        var filed = as(APP).body(body("disputeId", unique("d"), "residentId", residentId, "targetType", "SCORE",
                "reason", "my patrols are missing")).post("/api/v1/disputes").then().statusCode(201)
                .body("targetTxId", nullValue()).body("scoreAtFiling.score", notNullValue()).extract();
        String disputeId = filed.path("disputeId");
        int before = filed.path("scoreAtFiling.score");
        Api.awarded(residentId, "safety-patrol", 1);
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("outcome", "UPHELD", "note", "x"))
                .post(resolution(disputeId)));
        // not yet due: an auditor may not resolve it
        refused(ledger, 403, "FORBIDDEN", () -> as(AUDITOR).body(body("outcome", "UPHELD", "note", "x",
                "correction", "MISSING_CONTRIBUTION_RECORDED", "communityId", "demo")).post(resolution(disputeId)));
        var resolved = as(ADMIN).body(body("outcome", "UPHELD", "note", "patrol recorded",
                "correction", "MISSING_CONTRIBUTION_RECORDED")).post(resolution(disputeId)).then().statusCode(200)
                .body("resolution.correction", equalTo("MISSING_CONTRIBUTION_RECORDED"))
                .body("resolution.scoreBefore.score", equalTo(before)).extract();
        int after = resolved.path("resolution.scoreAfter.score");
        assertTrue(after > before, () -> after + " > " + before);
        int now = as(APP).get("/api/v1/residents/" + residentId + "/credit").then().statusCode(200).extract()
                .path("score");
        assertEquals(now, after);
    }

    @Test
    @DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric",
            disabledReason = "files a dispute 21 days in the past: a Fabric client stamps its own time")
    void a_past_due_dispute_reads_overdue_is_marked_by_the_admin_and_resolved_by_an_auditor() {
        String[] ids = new String[2];
        clock.shifted(Duration.ofDays(-21), () -> {
            String residentId = Api.enrol();
            ids[0] = file(residentId, "targetType", "SCORE");
            String award = as(APP).body(Api.contribution(unique("c"), residentId, "safety-patrol", 1,
                    Instant.now().minus(Duration.ofDays(21)))).post("/api/v1/contributions").then().statusCode(201)
                    .extract().path("txId");
            ids[1] = file(residentId, "targetTxId", award);
        });
        as(AUDITOR).queryParam("status", "OVERDUE").get("/api/v1/disputes").then().statusCode(200)
                .body("disputeId", hasItem(ids[0])).body("disputeId", hasItem(ids[1]));
        List<String> marked = new ArrayList<>();
        for (int call = 0; call < 50; call++) {
            var answer = as(ADMIN).body(Map.of()).post("/api/v1/disputes/overdue").then().statusCode(200).extract();
            marked.addAll(answer.path("marked.disputeId"));
            if (!(Boolean) answer.path("more")) {
                break;
            }
        }
        assertTrue(marked.contains(ids[0]) && marked.contains(ids[1]), marked::toString);
        as(AUDITOR).body(body("outcome", "REJECTED", "note", "the score was right", "communityId", "demo"))
                .post(resolution(ids[0])).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("resolution.resolverRole", equalTo("AUDITOR")).body("resolution.by", notNullValue());
        as(ADMIN).body(body("outcome", "UPHELD", "note", "not on the patrol log"))
                .post(resolution(ids[1])).then().statusCode(200).body("resolution.reversedPoints", notNullValue());
        as(ADMIN).get("/api/v1/disputes").then().statusCode(200)
                .body("find { it.disputeId == '" + ids[0] + "' }.status", equalTo("REJECTED"));
    }
}
