package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.START;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisputeContractTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;

    private final String rid = s.enrol("person-1");
    /** 30 points for three volunteer hours. */
    private final String awardTx = s.award("c1", rid, "volunteer-hour", 3).get("txId").asText();

    private static String fileRequest(String disputeId, String residentId, String targetTxId, String reason) {
        return json("disputeId", disputeId, "residentId", residentId, "targetTxId", targetTxId, "reason", reason);
    }

    private JsonNode file(String disputeId, String targetTxId) {
        return ledger.ok(s.app, "Disputes:fileDispute", fileRequest(disputeId, rid, targetTxId, "I was not there"));
    }

    private static String resolution(String disputeId, String outcome, String note) {
        return json("disputeId", disputeId, "outcome", outcome, "note", note);
    }

    private JsonNode resolve(String disputeId, String outcome) {
        return ledger.ok(s.admin, "Disputes:resolveDispute", resolution(disputeId, outcome, "checked the sign-in sheet"));
    }

    private JsonNode contribution(String contributionId) {
        return TestLedger.parse(ledger.raw(Keys.contribution("demo", contributionId)));
    }

    private List<String> ids(JsonNode disputes) {
        List<String> ids = new ArrayList<>();
        disputes.forEach(d -> ids.add(d.get("disputeId").asText()));
        return ids;
    }

    // ---- fileDispute ---------------------------------------------------------------------------

    @Nested
    class FileDispute {
        @Test
        void files_an_open_dispute_of_an_award_due_twenty_days_later() {
            ledger.advance(Duration.ofHours(3));
            JsonNode dispute = file("d1", awardTx);
            assertEquals("d1", dispute.get("disputeId").asText());
            assertEquals(rid, dispute.get("residentId").asText());
            assertEquals("demo", dispute.get("communityId").asText());
            assertEquals(awardTx, dispute.get("targetTxId").asText());
            assertEquals("AWARD", dispute.get("targetType").asText());
            assertEquals("c1", dispute.get("targetRef").asText());
            assertEquals("OPEN", dispute.get("status").asText());
            assertEquals("demo-app", dispute.get("filedBy").asText());
            assertEquals(ledger.now().toString(), dispute.get("filedAt").asText());
            assertEquals(Instant.parse(dispute.get("filedAt").asText()).plus(Duration.ofDays(20)).toString(),
                    dispute.get("dueBy").asText());
            assertEquals(START.plus(Duration.ofHours(3)).plus(Duration.ofDays(20)).toString(),
                    dispute.get("dueBy").asText());
            assertFalse(dispute.has("resolution"));
            assertEquals(dispute, TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1"))));
            assertEquals("DisputeFiled", ledger.events().get(ledger.events().size() - 1).eventName());
        }

        @Test
        void files_a_dispute_of_a_redemption() {
            String redemptionTx = s.redeem("r1", rid, 12).get("txId").asText();
            JsonNode dispute = file("d1", redemptionTx);
            assertEquals("REDEMPTION", dispute.get("targetType").asText());
            assertEquals("r1", dispute.get("targetRef").asText());
        }

        @Test
        void returns_the_original_dispute_when_the_same_request_is_repeated() {
            JsonNode first = file("d1", awardTx);
            ledger.advance(Duration.ofDays(1));
            Map<String, String> before = ledger.snapshot();
            assertEquals(first, file("d1", awardTx));
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void refuses_the_same_dispute_id_with_another_body() {
            file("d1", awardTx);
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Disputes:fileDispute",
                    fileRequest("d1", rid, awardTx, "another reason"));
        }

        @Test
        void refuses_an_unknown_transaction_as_not_found() {
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute",
                    fileRequest("d1", rid, "tx99999999", "I was not there"));
        }

        @Test
        void refuses_a_transaction_of_another_resident_as_not_found() {
            String other = s.enrol("person-2");
            String otherAward = s.award("c2", other, "volunteer-hour", 1).get("txId").asText();
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute",
                    fileRequest("d1", rid, otherAward, "I was not there"));
        }

        @Test
        void refuses_a_transaction_that_moved_no_points_as_not_found() {
            String enrolTx = ledger.ok(s.app, "Community:enrolResident", json("residentId",
                    Scenario.residentId("person-3"))).get("txId").asText();
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute",
                    fileRequest("d1", rid, enrolTx, "I was not there"));
        }

        @Test
        void refuses_an_unknown_resident_as_not_found() {
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute",
                    fileRequest("d1", Scenario.residentId("nobody"), awardTx, "I was not there"));
        }

        @Test
        void is_refused_to_every_role_but_app() {
            String request = fileRequest("d1", rid, awardTx, "I was not there");
            for (Identity who : List.of(s.admin, s.merchant, s.bank, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Disputes:fileDispute", request);
            }
        }

        @Test
        void is_refused_to_an_app_of_another_community() {
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Disputes:fileDispute",
                    fileRequest("d1", rid, awardTx, "I was not there"));
        }

        @Test
        void does_not_hand_a_dispute_to_an_app_of_another_community_that_repeats_its_request() {
            file("d1", awardTx);
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Disputes:fileDispute",
                    fileRequest("d1", rid, awardTx, "I was not there"));
        }

        @Test
        void refuses_malformed_requests() {
            List<String> bad = List.of(
                    "",
                    "{\"disputeId\":",
                    "[\"d1\"]",
                    json("residentId", rid, "targetTxId", awardTx, "reason", "r"),
                    json("disputeId", "d1", "targetTxId", awardTx, "reason", "r"),
                    json("disputeId", "d1", "residentId", rid, "reason", "r"),
                    json("disputeId", "d1", "residentId", rid, "targetTxId", awardTx),
                    json("disputeId", "d1", "residentId", rid, "targetTxId", awardTx, "reason", "r", "status", "UPHELD"),
                    fileRequest("d1", rid, awardTx, "r".repeat(501)),
                    fileRequest("d1", rid, awardTx, " "),
                    fileRequest("d1", rid, awardTx, "line\nbreak"),
                    fileRequest("d/1", rid, awardTx, "r"),
                    fileRequest("d1", "person-1", awardTx, "r"),
                    fileRequest("d1", rid, "txref/" + awardTx, "r"),
                    json("disputeId", "d1", "residentId", rid, "targetTxId", 7, "reason", "r"));
            for (String request : bad) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Disputes:fileDispute", request);
            }
        }
    }

    // ---- resolveDispute ------------------------------------------------------------------------

    @Nested
    class OneOpenDisputePerTransaction {
        @Test
        void a_second_open_dispute_of_a_transaction_is_refused_and_the_first_replays() {
            JsonNode first = file("d1", awardTx);
            TestLedger.Result refused = ledger.refused(ErrorCode.INVALID_STATE, s.app, "Disputes:fileDispute",
                    fileRequest("d2", rid, awardTx, "not me either"));
            assertTrue(refused.message().contains("dispute d1"), refused::message);
            assertEquals(first, file("d1", awardTx));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Disputes:fileDispute",
                    fileRequest("d1", rid, awardTx, "another reason"));
            assertEquals(List.of("d1"), ids(ledger.ok(s.admin, "Disputes:listDisputes", "")));
        }

        @Test
        void once_resolved_the_transaction_may_be_disputed_again() {
            file("d1", awardTx);
            ledger.ok(s.admin, "Disputes:resolveDispute", resolution("d1", "REJECTED", "the sheet is signed"));
            JsonNode second = file("d2", awardTx);
            assertEquals("OPEN", second.get("status").asText());
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Disputes:fileDispute",
                    fileRequest("d3", rid, awardTx, "still not me"));
        }

        @Test
        void another_transaction_of_the_resident_has_its_own_open_dispute() {
            file("d1", awardTx);
            String other = s.award("c2", rid, "patrol", 1).get("txId").asText();
            assertEquals("OPEN", file("d2", other).get("status").asText());
        }
    }

    @Nested
    class ResolveDispute {
        @Test
        void upholding_a_dispute_of_an_award_reverses_it() {
            file("d1", awardTx);
            ledger.advance(Duration.ofDays(2));
            JsonNode resolved = resolve("d1", "UPHELD");
            assertEquals("UPHELD", resolved.get("status").asText());
            assertEquals("UPHELD", resolved.at("/resolution/outcome").asText());
            assertEquals("checked the sign-in sheet", resolved.at("/resolution/note").asText());
            assertEquals("demo-admin", resolved.at("/resolution/by").asText());
            assertEquals(ledger.now().toString(), resolved.at("/resolution/at").asText());
            assertEquals(30, resolved.at("/resolution/reversedPoints").asLong());
            assertEquals(0, s.available(rid));
            JsonNode contribution = contribution("c1");
            assertEquals("REVERSED", contribution.get("status").asText());
            assertEquals("d1", contribution.at("/reversal/disputeId").asText());
            // the record keeps its filing transaction; the answer cites the resolving one
            ObjectNode stored =
                    (ObjectNode) TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1")));
            assertEquals(resolved.at("/resolution/txId"), resolved.get("txId"));
            assertEquals(resolved, stored.deepCopy().put("txId", resolved.get("txId").asText()));
            assertNotEquals(resolved.get("txId"), stored.get("txId"));
            var event = ledger.events().get(ledger.events().size() - 1);
            assertEquals("DisputeResolved", event.eventName());
            // the one event of the transaction also tells what the reversal took back, and from which category
            JsonNode payload = TestLedger.parse(event.eventPayload());
            assertEquals(30, payload.get("reversedPoints").asLong());
            assertEquals(contribution.get("category").asText(), payload.get("category").asText());
            assertEquals("demo-admin", payload.get("resolvedBy").asText());
            assertFalse(payload.has("expiredPoints"), "nothing expired");
        }

        @Test
        void upholding_reverses_only_what_was_not_yet_spent() {
            s.redeem("r1", rid, 20);
            file("d1", awardTx);
            JsonNode resolved = resolve("d1", "UPHELD");
            assertEquals(10, resolved.at("/resolution/reversedPoints").asLong());
            assertEquals(0, s.available(rid));
            assertEquals(20, contribution("c1").at("/reversal/unrecoveredPoints").asLong());
        }

        @Test
        void rejecting_a_dispute_moves_no_points() {
            file("d1", awardTx);
            Map<String, String> before = ledger.snapshot();
            JsonNode resolved = resolve("d1", "REJECTED");
            assertEquals("REJECTED", resolved.get("status").asText());
            assertFalse(resolved.get("resolution").has("reversedPoints"));
            assertEquals(30, s.available(rid));
            assertEquals("AWARDED", contribution("c1").get("status").asText());
            // the dispute record is the only write, besides deleting the transaction's open-dispute entry
            Map<String, String> after = ledger.snapshot();
            after.remove(Keys.dispute("demo", "d1"));
            before.remove(Keys.dispute("demo", "d1"));
            before.remove(Keys.openDispute(awardTx));
            before.remove(Keys.disputeDue("demo", Instant.parse(resolved.get("dueBy").asText()), "d1"));
            assertEquals(before, after);
        }

        @Test
        void upholding_a_dispute_of_a_redemption_moves_no_points() {
            String redemptionTx = s.redeem("r1", rid, 12).get("txId").asText();
            file("d1", redemptionTx);
            JsonNode resolved = resolve("d1", "UPHELD");
            assertEquals("UPHELD", resolved.get("status").asText());
            assertFalse(resolved.get("resolution").has("reversedPoints"));
            assertEquals(18, s.available(rid));
        }

        @Test
        void upholding_a_dispute_of_an_award_already_reversed_reverses_nothing_more() {
            file("d1", awardTx);
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "duplicate"));
            s.award("c2", rid, "patrol", 1);
            JsonNode resolved = resolve("d1", "UPHELD");
            assertFalse(resolved.get("resolution").has("reversedPoints"));
            assertEquals(20, s.available(rid));
        }

        @Test
        void a_retried_resolution_returns_the_original_result_and_writes_nothing() {
            file("d1", awardTx);
            JsonNode resolved = resolve("d1", "UPHELD");
            Map<String, String> before = ledger.snapshot();
            TestLedger.Result retry = ledger.invoke(s.admin, "Disputes:resolveDispute",
                    resolution("d1", "UPHELD", "checked the sign-in sheet"));
            assertEquals(200, retry.status(), retry::message);
            assertEquals(resolved, retry.json());
            assertEquals(resolved.at("/resolution/txId").asText(), retry.json().path("txId").asText(),
                    "the answer cites the resolving transaction, not the filing");
            assertNull(retry.eventName());
            assertEquals(before, ledger.snapshot());
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Disputes:resolveDispute",
                    resolution("d1", "REJECTED", "checked the sign-in sheet"));
        }

        @Test
        void refuses_to_resolve_a_dispute_twice() {
            file("d1", awardTx);
            resolve("d1", "UPHELD");
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Disputes:resolveDispute",
                    resolution("d1", "REJECTED", "second thoughts"));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Disputes:resolveDispute",
                    resolution("d1", "UPHELD", "again"));
        }

        @Test
        void refuses_an_unknown_dispute_as_not_found() {
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Disputes:resolveDispute", resolution("d9", "UPHELD", "n"));
        }

        @Test
        void is_refused_to_every_role_but_admin_and_to_another_communitys_admin() {
            file("d1", awardTx);
            for (Identity who : List.of(s.app, s.merchant, s.bank, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Disputes:resolveDispute", resolution("d1", "UPHELD", "n"));
            }
            // an AUDITOR resolves only past-due disputes (DisputeTargetsTest)
            ledger.refused(ErrorCode.FORBIDDEN, s.auditor, "Disputes:resolveDispute",
                    json("disputeId", "d1", "outcome", "UPHELD", "note", "n", "communityId", "demo"));
            // dispute ids are scoped to their community: north has no dispute d1
            ledger.refused(ErrorCode.NOT_FOUND, s.northAdmin, "Disputes:resolveDispute", resolution("d1", "UPHELD", "n"));
            assertEquals("OPEN", TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1"))).get("status").asText());
        }

        @Test
        void refuses_malformed_requests() {
            file("d1", awardTx);
            List<String> bad = List.of(
                    "",
                    "{",
                    resolution("d1", "OPEN", "n"),
                    resolution("d1", "upheld", "n"),
                    resolution("d1", "MAYBE", "n"),
                    json("disputeId", "d1", "note", "n"),
                    json("disputeId", "d1", "outcome", "UPHELD"),
                    json("outcome", "UPHELD", "note", "n"),
                    json("disputeId", "d1", "outcome", "UPHELD", "note", "n", "reversedPoints", 30),
                    resolution("d1", "UPHELD", "n".repeat(501)),
                    resolution("d/1", "UPHELD", "n"),
                    json("disputeId", "d1", "outcome", 1, "note", "n"));
            for (String request : bad) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Disputes:resolveDispute", request);
            }
        }
    }

    // ---- listDisputes --------------------------------------------------------------------------

    @Nested
    class ListDisputes {
        private String northResident;

        private void fileAcrossCommunities() {
            String redemptionTx = s.redeem("r1", rid, 5).get("txId").asText();
            file("d1", awardTx);
            file("d2", redemptionTx);
            resolve("d2", "REJECTED");
            northResident = s.enrol(s.northApp, "north-person");
            String northAward = s.award(s.northApp, "n1", northResident, "volunteer-hour", 1, ledger.now())
                    .get("txId").asText();
            ledger.ok(s.northApp, "Disputes:fileDispute", fileRequest("d3", northResident, northAward, "wrong hours"));
        }

        @Test
        void shows_admins_and_apps_their_own_communitys_disputes() {
            fileAcrossCommunities();
            assertEquals(List.of("d1", "d2"), ids(ledger.ok(s.admin, "Disputes:listDisputes", "")));
            assertEquals(List.of("d1", "d2"), ids(ledger.ok(s.app, "Disputes:listDisputes", "")));
            assertEquals(List.of("d3"), ids(ledger.ok(s.northAdmin, "Disputes:listDisputes", "")));
            assertEquals(List.of("d3"), ids(ledger.ok(s.northApp, "Disputes:listDisputes", "")));
        }

        @Test
        void shows_auditors_every_communitys_disputes() {
            fileAcrossCommunities();
            assertEquals(List.of("d1", "d2", "d3"), ids(ledger.ok(s.auditor, "Disputes:listDisputes", "")));
        }

        @Test
        void filters_by_status() {
            fileAcrossCommunities();
            assertEquals(List.of("d1", "d3"), ids(ledger.ok(s.auditor, "Disputes:listDisputes", "OPEN")));
            assertEquals(List.of("d2"), ids(ledger.ok(s.auditor, "Disputes:listDisputes", "REJECTED")));
            assertEquals(List.of(), ids(ledger.ok(s.auditor, "Disputes:listDisputes", "UPHELD")));
            assertEquals(List.of("d1"), ids(ledger.ok(s.admin, "Disputes:listDisputes", "OPEN")));
            resolve("d1", "UPHELD");
            assertEquals(List.of("d1"), ids(ledger.ok(s.app, "Disputes:listDisputes", "UPHELD")));
            assertEquals(List.of(), ids(ledger.ok(s.app, "Disputes:listDisputes", "OPEN")));
        }

        @Test
        void refuses_an_unknown_status() {
            fileAcrossCommunities();
            for (String status : List.of("open", "CLOSED", "OPEN,REJECTED", " ")) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Disputes:listDisputes", status);
            }
        }

        @Test
        void is_refused_to_banks_merchants_and_unregistered_identities() {
            fileAcrossCommunities();
            for (Identity who : List.of(s.bank, s.merchant, s.northMerchant, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Disputes:listDisputes", "");
            }
        }
    }
}
