package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import org.civicledger.gateway.ledger.LedgerPort;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Audit (API.md): transactions, blocks, integrity and reconciliation, for the auditor and the admin.
 * The embedded ledger endorses in-process, so a transaction's {@code endorsements} list is empty here.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class AuditEndpointsTest {

    @Inject
    LedgerPort ledger;

    @Nested
    class Transaction {
        @Test
        void shows_who_did_what_in_which_block() {
            String residentId = Api.enrol();
            var award = Api.award(residentId, "safety-patrol", 1).then().statusCode(201).extract();
            String txId = award.path("txId");
            for (String token : new String[] {AUDITOR, ADMIN}) {
                as(token).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                        .body("txId", equalTo(txId)).body("blockNumber", equalTo(award.path("blockNumber")))
                        .body("validationCode", equalTo("VALID")).body("creatorMspId", equalTo("CommunityMSP"))
                        .body("creatorId", notNullValue()).body("endorsements", instanceOf(List.class))
                        .body("time", notNullValue())
                        .body("function", equalTo("Points:award")).body("arguments", notNullValue())
                        .body("events", notNullValue());
            }
        }

        /** The answer is the api's AuditTransaction read from the ledger's record: the same JSON as that record. */
        @Test
        void lists_its_event_with_the_chaincodes_own_payload_text() {
            String txId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                    .body("events", hasSize(1)).body("events[0].txId", equalTo(txId))
                    .body("events[0].type", equalTo("PointsAwarded"))
                    .body("events[0].position", startsWith(as(AUDITOR).get("/api/v1/audit/transactions/" + txId)
                            .then().extract().path("blockNumber").toString() + ":"))
                    .body("events[0].payload", startsWith("{\"activityType\":\"safety-patrol\","));
        }

        @Test
        void an_admin_is_refused_a_transaction_outside_its_community_and_the_auditor_is_not() {
            var published = as(Api.BANK).body(Api.product(unique("loan"), "Micro-loan", false))
                    .post("/api/v1/loan-products").then().statusCode(201).extract();
            String txId = published.path("txId"); // a bank's transaction: it belongs to no community
            refused(ledger, 403, "FORBIDDEN", () -> as(ADMIN).get("/api/v1/audit/transactions/" + txId));
            as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200)
                    .body("function", equalTo("Credit:publishLoanProduct"));
            String block = "/api/v1/audit/blocks/" + (int) published.path("blockNumber");
            as(AUDITOR).get(block).then().statusCode(200).body("transactions", hasItem(txId));
            as(ADMIN).get(block).then().statusCode(200).body("transactions", not(hasItem(txId)));
            as(ADMIN).get("/api/v1/audit/blocks").then().statusCode(200)
                    .body("transactions.flatten()", not(hasItem(txId)));
        }

        @Test
        void refuses_an_unknown_transaction_as_NOT_FOUND_and_an_oversize_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(AUDITOR).get("/api/v1/audit/transactions/" + unique("tx")));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/audit/transactions/" + "f".repeat(129)));
        }
    }

    /**
     * Proofs (gateway README, "Transaction proofs"): what holds on both ledgers. The bytes themselves are the
     * ledger's (the embedded ledger's are checked byte by byte in {@code TransactionProofTest}; civic-verify checks
     * both ledgers' proofs).
     */
    @Nested
    class Proof {
        private String proofOf(String txId) {
            return "/api/v1/audit/transactions/" + txId + "/proof";
        }

        @Test
        void proves_a_transaction_where_the_audit_trail_says_it_is_up_to_the_latest_block() {
            String txId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            JsonPath tx = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract()
                    .jsonPath();
            boolean fabric = "fabric".equals(ConfigProvider.getConfig().getValue("civic.ledger.mode", String.class));
            for (String token : new String[] {AUDITOR, ADMIN}) {
                long latestBefore = ledger.height() - 1;
                JsonPath proof = as(token).get(proofOf(txId)).then().statusCode(200)
                        .contentType(startsWith("application/json")).header("Content-Disposition", nullValue())
                        .extract().jsonPath();
                long latestAfter = ledger.height() - 1;

                assertEquals("civic-ledger/proof/1", proof.getString("format"));
                assertEquals(fabric ? "FABRIC" : "EMBEDDED", proof.getString("ledger"));
                assertEquals(fabric, proof.getString("channel") != null, "a channel on Fabric only");
                assertEquals(txId, proof.getString("txId"));
                assertEquals(tx.getLong("blockNumber"), proof.getLong("blockNumber"));
                assertEquals(tx.getInt("txIndex"), proof.getInt("txIndex"));
                assertEquals("VALID", proof.getString("validationCode"));
                long checkpoint = proof.getLong("checkpoint");
                assertTrue(checkpoint >= latestBefore && checkpoint <= latestAfter, "the latest block: " + checkpoint);
                assertEquals(checkpoint - proof.getLong("blockNumber"), proof.getList("headers").size());
                assertEquals(blockHash(checkpoint), proof.getString("checkpointHash"));
                Integer version = as(AUDITOR).get("/api/v1/audit/blocks/" + proof.getLong("blockNumber")).then()
                        .statusCode(200).extract().path("version");
                assertEquals(fabric ? null : Integer.valueOf(2), version,
                        "the embedded block's format version, which the proof's bytes follow; none on Fabric");
                assertDecodes(proof.getString("block"), "block");
                proof.getList("headers", String.class).forEach(header -> assertDecodes(header, "header"));
                assertDecodes(proof.getString("seal"), "seal");
            }
        }

        @Test
        void ends_the_header_chain_at_a_requested_checkpoint() {
            String txId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            Api.awarded(Api.enrol(), "safety-patrol", 1); // at least one block more
            long number = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract()
                    .jsonPath().getLong("blockNumber");
            for (long checkpoint : new long[] {number, number + 1}) {
                as(AUDITOR).queryParam("checkpoint", checkpoint).get(proofOf(txId)).then().statusCode(200)
                        .body("blockNumber", equalTo((int) number)).body("checkpoint", equalTo((int) checkpoint))
                        .body("headers", hasSize((int) (checkpoint - number)))
                        .body("checkpointHash", equalTo(blockHash(checkpoint)));
            }
        }

        @Test
        void refuses_a_checkpoint_that_is_no_whole_number_or_out_of_range_as_VALIDATION_FAILED_repeating_none() {
            String txId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            long number = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract()
                    .jsonPath().getLong("blockNumber");
            for (String bad : new String[] {"abc", "-1", "1.5", "1e3", "0x10", "1180591620717411303424"}) {
                refused(ledger, 400, "VALIDATION_FAILED",
                        () -> as(AUDITOR).queryParam("checkpoint", bad).get(proofOf(txId)))
                        .body("detail", equalTo("checkpoint must be a whole number"));
            }
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(AUDITOR).queryParam("checkpoint", number - 1).get(proofOf(txId)))
                    .body("detail", equalTo("checkpoint must not be before the block that holds the transaction"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(AUDITOR).queryParam("checkpoint", ledger.height() + 5).get(proofOf(txId)))
                    .body("detail", startsWith("checkpoint must be a committed block"));
        }

        @Test
        void is_the_auditors_and_an_admins_for_its_own_communitys_transactions_only() {
            String communityTx = Api.awarded(Api.enrol(), "safety-patrol", 1);
            String bankTx = as(Api.BANK).body(Api.product(unique("loan"), "Micro-loan", false))
                    .post("/api/v1/loan-products").then().statusCode(201).extract().path("txId");
            as(AUDITOR).get(proofOf(bankTx)).then().statusCode(200).body("txId", equalTo(bankTx));
            as(ADMIN).get(proofOf(communityTx)).then().statusCode(200);
            refused(ledger, 403, "FORBIDDEN", () -> as(ADMIN).get(proofOf(bankTx)))
                    .body("detail", equalTo("an ADMIN reads only its own community's transactions"));
            // a checkpoint out of range would tell where the transaction is: the refusal is the same 403
            refused(ledger, 403, "FORBIDDEN", () -> as(ADMIN).queryParam("checkpoint", 0).get(proofOf(bankTx)));
            for (String token : new String[] {Api.APP, Api.BANK, Api.MERCHANT}) {
                refused(ledger, 403, "FORBIDDEN", () -> as(token).get(proofOf(communityTx)));
            }
            refused(ledger, 401, "UNAUTHENTICATED", () -> given().accept(ContentType.JSON).get(proofOf(communityTx)));
        }

        @Test
        void refuses_an_unknown_transaction_as_NOT_FOUND_and_an_oversize_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(AUDITOR).get(proofOf(unique("tx"))))
                    .body("detail", equalTo("transaction not found"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get(proofOf("f".repeat(129))));
        }

        private String blockHash(long number) {
            return as(AUDITOR).get("/api/v1/audit/blocks/" + number).then().statusCode(200).extract().path("hash");
        }

        private void assertDecodes(String base64, String part) {
            assertTrue(Base64.getDecoder().decode(base64).length > 0, part + " is base64 of some bytes");
        }
    }

    @Nested
    class Blocks {
        @Test
        void lists_the_latest_blocks_newest_first_and_shows_one_block() {
            String txId = Api.awarded(Api.enrol(), "safety-patrol", 1);
            long newest = ledger.height() - 1;
            as(AUDITOR).queryParam("limit", 3).get("/api/v1/audit/blocks").then().statusCode(200)
                    .body("$", hasSize(3)).body("[0].number", equalTo((int) newest))
                    .body("[1].number", equalTo((int) newest - 1)).body("[0].hash", notNullValue())
                    .body("[0].previousHash", notNullValue()).body("[0].dataHash", notNullValue())
                    .body("[0].time", notNullValue()).body("[0].transactions", hasItem(txId))
                    .body("[0]", not(hasKey("communities"))); // the gateway's scoping aid is not part of the answer
            as(ADMIN).get("/api/v1/audit/blocks").then().statusCode(200).body("$", hasSize(10));
            String previous = as(AUDITOR).get("/api/v1/audit/blocks/" + (newest - 1)).then().statusCode(200)
                    .body("number", equalTo((int) newest - 1)).extract().path("hash");
            as(ADMIN).get("/api/v1/audit/blocks/" + newest).then().statusCode(200)
                    .body("previousHash", equalTo(previous)).body("transactions", hasItem(txId));
        }

        @Test
        void refuses_a_bad_limit_or_number_as_VALIDATION_FAILED_and_a_block_beyond_the_height_as_NOT_FOUND() {
            for (String limit : new String[] {"0", "101", "ten"}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).queryParam("limit", limit).get("/api/v1/audit/blocks"));
            }
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/audit/blocks/-1"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/audit/blocks/latest"));
            refused(ledger, 404, "NOT_FOUND", () -> as(AUDITOR).get("/api/v1/audit/blocks/" + (ledger.height() + 5)));
        }
    }

    @Nested
    class Integrity {
        @Test
        void verifies_the_whole_chain_without_adding_a_block() {
            long height = ledger.height();
            for (String token : new String[] {AUDITOR, ADMIN}) {
                as(token).get("/api/v1/audit/integrity").then().statusCode(200).body("verified", equalTo(true))
                        .body("height", equalTo((int) height)).body("checkedBlocks", equalTo((int) height))
                        .body("firstBadBlock", nullValue());
            }
            assertEquals(height, ledger.height());
        }

        /** The answer is the api's IntegrityReport read from the ledger's record: the same JSON, nulls included. */
        @Test
        void answers_every_field_in_order_nulls_included() {
            String report = as(AUDITOR).get("/api/v1/audit/integrity").then().statusCode(200).extract().asString();
            // the world state is the gateway's to check on the embedded ledger only; on Fabric each peer keeps its own
            String stateVerified = "fabric".equals(ConfigProvider.getConfig().getValue("civic.ledger.mode", String.class))
                    ? "null" : "true";
            assertTrue(report.matches("\\{\"verified\":true,\"height\":\\d+,\"checkedBlocks\":\\d+,"
                    + "\"firstBadBlock\":null,\"stateVerified\":" + stateVerified + ",\"problem\":null}"), report);
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void finds_every_invariant_holding() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 2);
            Api.redeem(residentId, 5).then().statusCode(201);
            long height = ledger.height();
            for (String token : new String[] {AUDITOR, ADMIN}) {
                as(token).get("/api/v1/audit/reconciliation").then().statusCode(200).body("ok", equalTo(true))
                        .body("issued", greaterThan(0)).body("available", notNullValue())
                        .body("redeemed", greaterThan(0)).body("expired", notNullValue())
                        .body("reversed", notNullValue()).body("mismatches", hasSize(0));
            }
            assertEquals(height, ledger.height());
        }
    }
}
