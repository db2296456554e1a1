package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Disputes (API.md): filed by the app for a resident, resolved once by the admin, listed by status. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class DisputeEndpointsTest {

    @Inject
    LedgerPort ledger;

    static Map<String, Object> dispute(String disputeId, String residentId, String targetTxId, String reason) {
        return body("disputeId", disputeId, "residentId", residentId, "targetTxId", targetTxId, "reason", reason);
    }

    @Nested
    class File {
        @Test
        void opens_with_201_due_20_days_after_filing_and_replays_with_200() {
            String residentId = Api.enrol();
            String awardTx = Api.awarded(residentId, "safety-patrol", 1);
            String id = unique("d");
            Map<String, Object> request = dispute(id, residentId, awardTx, "I was not on patrol");
            var filed = as(APP).body(request).post("/api/v1/disputes").then().statusCode(201)
                    .body("disputeId", equalTo(id)).body("residentId", equalTo(residentId))
                    .body("targetTxId", equalTo(awardTx)).body("status", equalTo("OPEN"))
                    .body("dueBy", notNullValue()).body("txId", notNullValue()).body("blockNumber", notNullValue())
                    .extract();
            assertEquals(Duration.ofDays(20), Duration.between(Instant.parse(filed.path("filedAt")),
                    Instant.parse(filed.path("dueBy"))));
            as(APP).body(request).post("/api/v1/disputes").then().statusCode(200)
                    .body("txId", equalTo(filed.path("txId")));
        }

        @Test
        void refuses_the_same_id_with_another_body_as_ID_CONFLICT() {
            String residentId = Api.enrol();
            String awardTx = Api.awarded(residentId, "safety-patrol", 1);
            String id = unique("d");
            as(APP).body(dispute(id, residentId, awardTx, "not me")).post("/api/v1/disputes").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP).body(dispute(id, residentId, awardTx, "wrong amount"))
                    .post("/api/v1/disputes"));
        }

        @Test
        void refuses_a_second_open_dispute_of_one_transaction_as_INVALID_STATE() {
            String residentId = Api.enrol();
            String awardTx = Api.awarded(residentId, "safety-patrol", 1);
            String first = Api.fileDispute(residentId, awardTx);
            refused(ledger, 422, "INVALID_STATE", () -> as(APP)
                    .body(dispute(unique("d"), residentId, awardTx, "me neither")).post("/api/v1/disputes"))
                    .body("detail", containsString(first));
        }

        @Test
        void refuses_an_unknown_resident_or_transaction_as_NOT_FOUND() {
            String residentId = Api.enrol();
            String awardTx = Api.awarded(residentId, "safety-patrol", 1);
            String otherResident = Api.enrol();
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(dispute(unique("d"), Api.unknownResidentId(), awardTx, "x")).post("/api/v1/disputes"));
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(dispute(unique("d"), residentId, unique("tx"), "x")).post("/api/v1/disputes"));
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(dispute(unique("d"), otherResident, awardTx, "not even mine")).post("/api/v1/disputes"));
        }

        @Test
        void refuses_invalid_requests_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            String awardTx = Api.awarded(residentId, "safety-patrol", 1);
            Map<String, Object> noReason = dispute(unique("d"), residentId, awardTx, "x");
            noReason.remove("reason");
            Map<String, Object> longReason = dispute(unique("d"), residentId, awardTx, "x".repeat(501));
            Map<String, Object> badId = dispute("has space", residentId, awardTx, "x");
            for (Map<String, Object> bad : List.of(noReason, longReason, badId)) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(bad).post("/api/v1/disputes"));
            }
        }
    }

    @Nested
    class Resolve {
        @Test
        void upholding_a_dispute_of_an_award_reverses_it_and_a_second_resolution_is_INVALID_STATE() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            String disputeId = Api.fileDispute(residentId, Api.awarded(residentId, "anti-fraud-talk", 1));
            as(ADMIN).body(body("outcome", "UPHELD", "note", "no record of the talk"))
                    .post("/api/v1/disputes/" + disputeId + "/resolution").then().statusCode(200)
                    .body("disputeId", equalTo(disputeId)).body("status", equalTo("UPHELD"))
                    .body("resolution.reversedPoints", equalTo(15)).body("txId", notNullValue())
                    .body("blockNumber", notNullValue());
            assertEquals(20, Api.balance(residentId));
            refused(ledger, 422, "INVALID_STATE", () -> as(ADMIN).body(body("outcome", "REJECTED", "note", "again"))
                    .post("/api/v1/disputes/" + disputeId + "/resolution"));
        }

        @Test
        void a_retried_resolution_answers_the_original_result() {
            String residentId = Api.enrol();
            String disputeId = Api.fileDispute(residentId, Api.awarded(residentId, "anti-fraud-talk", 1));
            Map<String, Object> resolution = body("outcome", "UPHELD", "note", "no record of the talk");
            var first = as(ADMIN).body(resolution).post("/api/v1/disputes/" + disputeId + "/resolution")
                    .then().statusCode(200).extract();
            as(ADMIN).body(resolution).post("/api/v1/disputes/" + disputeId + "/resolution").then().statusCode(200)
                    .body("resolution.txId", equalTo(first.path("resolution.txId")))
                    .body("resolution.reversedPoints", equalTo(15)).body("status", equalTo("UPHELD"));
            assertEquals(0, Api.balance(residentId));
        }

        @Test
        void rejecting_a_dispute_leaves_the_points() {
            String residentId = Api.enrol();
            String disputeId = Api.fileDispute(residentId, Api.awarded(residentId, "safety-patrol", 1));
            as(ADMIN).body(body("outcome", "REJECTED", "note", "patrol log shows them"))
                    .post("/api/v1/disputes/" + disputeId + "/resolution").then().statusCode(200)
                    .body("status", equalTo("REJECTED"));
            assertEquals(20, Api.balance(residentId));
        }

        @Test
        void refuses_an_unknown_dispute_as_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("outcome", "UPHELD", "note", "x"))
                    .post("/api/v1/disputes/" + unique("d") + "/resolution"));
        }

        @Test
        void refuses_an_open_or_unknown_outcome_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            String disputeId = Api.fileDispute(residentId, Api.awarded(residentId, "safety-patrol", 1));
            for (String outcome : new String[] {"OPEN", "MAYBE"}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("outcome", outcome, "note", "x"))
                        .post("/api/v1/disputes/" + disputeId + "/resolution"));
            }
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(body("outcome", "UPHELD", "note", "x", "disputeId", disputeId))
                    .post("/api/v1/disputes/" + disputeId + "/resolution"));
        }
    }

    @Nested
    class ListByStatus {
        @Test
        void lists_disputes_by_status_for_admin_app_and_auditor() {
            String residentId = Api.enrol();
            String open = Api.fileDispute(residentId, Api.awarded(residentId, "safety-patrol", 1));
            String closed = Api.fileDispute(residentId, Api.awarded(residentId, "anti-fraud-talk", 1));
            as(ADMIN).body(body("outcome", "REJECTED", "note", "fine")).post("/api/v1/disputes/" + closed + "/resolution")
                    .then().statusCode(200);
            for (String token : new String[] {ADMIN, APP, AUDITOR}) {
                as(token).get("/api/v1/disputes").then().statusCode(200).body("disputeId", hasItem(open))
                        .body("disputeId", hasItem(closed));
                as(token).queryParam("status", "OPEN").get("/api/v1/disputes").then().statusCode(200)
                        .body("disputeId", hasItem(open)).body("disputeId", not(hasItem(closed)))
                        .body("status", everyItem(equalTo("OPEN")));
            }
        }

        @Test
        void refuses_an_unknown_status_as_VALIDATION_FAILED() {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).queryParam("status", "PENDING").get("/api/v1/disputes"));
        }
    }
}
