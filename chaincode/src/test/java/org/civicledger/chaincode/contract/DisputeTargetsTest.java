package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Disputes of suspensions, credit checks and scores; overdue disputes and who may resolve them. */
class DisputeTargetsTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    private final String rid = s.enrol("person-1");
    private final String awardTx = s.award("c1", rid, "volunteer-hour", 3).get("txId").asText();

    private JsonNode file(String disputeId, String... fields) {
        return ledger.ok(s.app, "Disputes:fileDispute", request(disputeId, fields));
    }

    private String request(String disputeId, String... fields) {
        List<Object> kv = new ArrayList<>(List.of("disputeId", disputeId, "residentId", rid, "reason", "not right"));
        kv.addAll(List.of(fields));
        return json(kv.toArray());
    }

    private JsonNode resolve(Identity who, String disputeId, String outcome, String... fields) {
        List<Object> kv = new ArrayList<>(List.of("disputeId", disputeId, "outcome", outcome, "note", "checked"));
        kv.addAll(List.of(fields));
        return ledger.ok(who, "Disputes:resolveDispute", json(kv.toArray()));
    }

    private JsonNode lastEvent() {
        return TestLedger.parse(ledger.events().get(ledger.events().size() - 1).eventPayload());
    }

    private String lastEventName() {
        return ledger.events().get(ledger.events().size() - 1).eventName();
    }

    private String suspend(String residentId) {
        // the record keeps its enrolment's txId: the suspension is the transaction's own id (the REST answer's)
        TestLedger.Result result = ledger.invoke(s.admin, "Community:setResidentStatus", json("residentId",
                residentId, "status", "SUSPENDED", "reason", "under review"));
        assertEquals(200, result.status(), result::message);
        return result.txId();
    }

    private String check() {
        ledger.ok(s.app, "Credit:grantConsent", json("consentId", "k1", "residentId", rid, "bankId", "demo-bank",
                "purpose", "loan", "expiresAt", ledger.now().plus(Duration.ofDays(30)).toString()));
        ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"p1\",\"name\":\"Line\","
                + "\"requireSignedConsent\":false,\"bands\":{\"A\":{\"maxAmountFen\":100000,\"rateDiscountBps\":10}}}");
        return ledger.ok(s.bank, "Credit:checkCredit", json("residentId", rid, "productId", "p1", "purpose", "loan"))
                .get("txId").asText();
    }

    @Nested
    class Suspension {
        @Test
        void upholding_reactivates_the_resident_through_the_status_rule_and_streams_the_outcome() {
            String suspendTx = suspend(rid);
            JsonNode filed = file("d1", "targetTxId", suspendTx);
            assertEquals("SUSPENSION", filed.get("targetType").asText());
            assertFalse(filed.has("targetRef"));
            assertEquals("OPEN", lastEvent().get("disputeStatus").asText());
            assertEquals("SUSPENSION", lastEvent().get("targetType").asText());
            JsonNode resolved = resolve(s.admin, "d1", "UPHELD");
            assertTrue(resolved.at("/resolution/reactivated").asBoolean());
            assertEquals("ADMIN", resolved.at("/resolution/resolverRole").asText());
            assertEquals("ACTIVE", TestLedger.parse(ledger.raw(Keys.resident(rid))).get("status").asText());
            assertEquals("DisputeResolved", lastEventName());
            JsonNode event = lastEvent();
            assertEquals("UPHELD", event.get("disputeStatus").asText());
            assertTrue(event.get("reactivated").asBoolean());
            assertEquals(rid, event.get("residentId").asText());
            assertEquals("demo", event.get("communityId").asText());
            // the reactivation is itself a status change of this transaction
            assertEquals("ACTIVE", TestLedger.parse(ledger.raw(Keys.residentStatusTx(resolved.get("txId").asText())))
                    .get("status").asText());
            assertEquals("ADMIN", TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1")))
                    .at("/resolution/resolverRole").asText());
        }

        @Test
        void upholding_when_already_active_changes_no_status() {
            String suspendTx = suspend(rid);
            ledger.ok(s.admin, "Community:setResidentStatus", json("residentId", rid, "status", "ACTIVE",
                    "reason", "back"));
            file("d1", "targetTxId", suspendTx, "targetType", "SUSPENSION");
            String before = ledger.raw(Keys.resident(rid));
            JsonNode resolved = resolve(s.admin, "d1", "UPHELD");
            assertFalse(resolved.at("/resolution/reactivated").asBoolean());
            assertEquals(before, ledger.raw(Keys.resident(rid)));
        }

        @Test
        void a_reactivation_or_another_residents_suspension_is_not_a_suspension_of_this_resident() {
            String other = s.enrol("person-2");
            String otherSuspension = suspend(other);
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute", request("d1", "targetTxId",
                    otherSuspension));
            suspend(rid);
            String activation = ledger.invoke(s.admin, "Community:setResidentStatus", json("residentId", rid,
                    "status", "ACTIVE", "reason", "ok")).txId();
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute", request("d1", "targetTxId",
                    activation));
        }

        @Test
        void a_target_type_that_does_not_agree_is_refused_and_nothing_written() {
            String suspendTx = suspend(rid);
            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Disputes:fileDispute",
                    request("d1", "targetTxId", suspendTx, "targetType", "AWARD"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Disputes:fileDispute",
                    request("d1", "targetTxId", awardTx, "targetType", "CREDIT_CHECK"));
            assertEquals(before, ledger.snapshot());
        }
    }

    @Nested
    class CreditCheck {
        @Test
        void upholding_marks_the_check_on_the_residents_query_log() {
            String checkTx = check();
            JsonNode filed = file("d1", "targetTxId", checkTx);
            assertEquals("CREDIT_CHECK", filed.get("targetType").asText());
            assertEquals("demo-bank", filed.get("targetRef").asText());
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Disputes:fileDispute", request("d2", "targetTxId",
                    checkTx));
            assertFalse(ledger.ok(s.app, "Credit:getCreditChecks", rid).get(0).has("disputed"));
            JsonNode resolved = resolve(s.admin, "d1", "UPHELD");
            JsonNode log = ledger.ok(s.app, "Credit:getCreditChecks", rid);
            assertEquals("d1", log.get(0).at("/disputed/disputeId").asText());
            assertEquals(resolved.at("/resolution/at").asText(), log.get(0).at("/disputed/at").asText());
            assertEquals(checkTx, log.get(0).get("txId").asText());
        }

        @Test
        void rejecting_leaves_the_query_log_alone() {
            String checkTx = check();
            file("d1", "targetTxId", checkTx);
            resolve(s.admin, "d1", "REJECTED");
            assertFalse(ledger.ok(s.app, "Credit:getCreditChecks", rid).get(0).has("disputed"));
        }

        @Test
        void a_member_disputes_a_check_of_their_household_and_upholding_marks_every_members_log() {
            String head = s.enrol("head");
            String other = s.enrol("outsider");
            ledger.ok(s.admin, "Community:registerHousehold", json("householdId", "hh-1", "headResidentId", head,
                    "memberIds", List.of(head, rid)));
            ledger.ok(s.app, "Credit:grantConsent", json("consentId", "hk", "residentId", head, "bankId",
                    "demo-bank", "purpose", "loan", "expiresAt", ledger.now().plus(Duration.ofDays(30)).toString(),
                    "householdId", "hh-1"));
            ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"p1\",\"name\":\"Line\","
                    + "\"requireSignedConsent\":false,\"bands\":{\"A\":{\"maxAmountFen\":100000,"
                    + "\"rateDiscountBps\":10}}}");
            String checkTx = ledger.ok(s.bank, "Credit:checkCredit", json("householdId", "hh-1", "communityId",
                    "demo", "productId", "p1", "purpose", "loan")).get("txId").asText();
            // a member who is not the head may dispute it; someone outside the household may not
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute", json("disputeId", "x",
                    "residentId", other, "targetTxId", checkTx, "reason", "not me"));
            assertEquals("CREDIT_CHECK", file("d1", "targetTxId", checkTx).get("targetType").asText());
            resolve(s.admin, "d1", "UPHELD");
            for (String member : List.of(head, rid)) {
                JsonNode log = ledger.ok(s.app, "Credit:getCreditChecks", member);
                assertEquals("d1", log.get(0).at("/disputed/disputeId").asText(), member);
                assertEquals("hh-1", log.get(0).get("householdId").asText(), member);
            }
        }

        @Test
        void a_check_on_another_resident_is_not_found() {
            String checkTx = check();
            String other = s.enrol("person-2");
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Disputes:fileDispute",
                    json("disputeId", "d1", "residentId", other, "targetTxId", checkTx, "reason", "not me"));
        }
    }

    @Nested
    class Score {
        @Test
        void filing_records_the_score_and_upholding_recomputes_it_naming_the_correction() {
            JsonNode filed = file("d1", "targetType", "SCORE");
            JsonNode credit = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertFalse(filed.has("targetTxId"));
            assertEquals(credit.get("score").asInt(), filed.at("/scoreAtFiling/score").asInt());
            assertEquals(credit.get("band").asText(), filed.at("/scoreAtFiling/band").asText());
            assertEquals(1, filed.at("/scoreAtFiling/modelVersion").asLong());
            // one open dispute per resident's score
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Disputes:fileDispute", request("d2", "targetType",
                    "SCORE"));
            s.award("c2", rid, "patrol", 2);
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Disputes:resolveDispute",
                    json("disputeId", "d1", "outcome", "UPHELD", "note", "checked"));
            JsonNode resolved = resolve(s.admin, "d1", "UPHELD", "correction", "MISSING_CONTRIBUTION_RECORDED");
            JsonNode after = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertEquals("MISSING_CONTRIBUTION_RECORDED", resolved.at("/resolution/correction").asText());
            assertEquals(filed.get("scoreAtFiling"), resolved.at("/resolution/scoreBefore"));
            assertEquals(after.get("score").asInt(), resolved.at("/resolution/scoreAfter/score").asInt());
            assertTrue(after.get("score").asInt() > filed.at("/scoreAtFiling/score").asInt());
            JsonNode event = lastEvent();
            assertEquals("MISSING_CONTRIBUTION_RECORDED", event.get("correction").asText());
            assertEquals("SCORE", event.get("targetType").asText());
            assertFalse(event.has("score"), "events carry no scores");
            // resolved: the score may be disputed again
            assertEquals("OPEN", file("d3", "targetType", "SCORE").get("status").asText());
        }

        @Test
        void a_correction_is_refused_where_it_does_not_belong() {
            file("d1", "targetType", "SCORE");
            file("d2", "targetTxId", awardTx);
            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "REJECTED", "note", "n", "correction", "RECORD_CORRECTED"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Disputes:resolveDispute", json("disputeId", "d2",
                    "outcome", "UPHELD", "note", "n", "correction", "RECORD_CORRECTED"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "UPHELD", "note", "n", "correction", "MADE_UP"));
            assertEquals(before, ledger.snapshot());
            JsonNode rejected = resolve(s.admin, "d1", "REJECTED");
            assertFalse(rejected.get("resolution").has("scoreAfter"));
        }

        @Test
        void a_score_dispute_names_no_transaction_and_others_need_one() {
            for (String bad : List.of(request("d1", "targetType", "SCORE", "targetTxId", awardTx),
                    request("d1"), request("d1", "targetType", "SUSPENSION"), request("d1", "targetType", "score"))) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Disputes:fileDispute", bad);
            }
        }
    }

    @Nested
    class Overdue {
        @Test
        void an_open_dispute_past_due_reads_overdue_and_marking_records_it_with_one_event() {
            file("d1", "targetTxId", awardTx);
            file("d2", "targetType", "SCORE");
            assertEquals(List.of("OPEN", "OPEN"), statuses(ledger.ok(s.admin, "Disputes:listDisputes", "")));
            ledger.advance(Duration.ofDays(20).plusSeconds(1));
            assertEquals(List.of("OVERDUE", "OVERDUE"), statuses(ledger.ok(s.admin, "Disputes:listDisputes", "")));
            assertEquals(2, ledger.ok(s.auditor, "Disputes:listDisputes", "OVERDUE").size());
            assertEquals(0, ledger.ok(s.auditor, "Disputes:listDisputes", "OPEN").size());
            assertEquals("OPEN", TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1"))).get("status").asText());
            JsonNode marked = ledger.ok(s.admin, "Disputes:markOverdue", "{}");
            assertEquals(2, marked.get("marked").size());
            assertFalse(marked.get("more").asBoolean());
            assertEquals("OVERDUE", TestLedger.parse(ledger.raw(Keys.dispute("demo", "d1"))).get("status").asText());
            assertEquals("DisputeOverdue", lastEventName());
            JsonNode event = lastEvent();
            assertEquals("demo", event.get("communityId").asText());
            assertEquals("OVERDUE", event.get("disputeStatus").asText());
            assertEquals(2, event.get("disputes").size());
            assertEquals(rid, event.at("/disputes/0/residentId").asText());
            // nothing left: a second call marks nothing and sets no event
            int events = ledger.events().size();
            JsonNode again = ledger.ok(s.auditor, "Disputes:markOverdue", "{}");
            assertEquals(0, again.get("marked").size());
            assertEquals(events, ledger.events().size());
        }

        @Test
        void a_single_marked_dispute_is_named_on_the_event() {
            file("d1", "targetTxId", awardTx);
            ledger.advance(Duration.ofDays(21));
            ledger.ok(s.auditor, "Disputes:markOverdue", json("communityId", "demo"));
            JsonNode event = lastEvent();
            assertEquals("d1", event.get("disputeId").asText());
            assertEquals(rid, event.get("residentId").asText());
            assertEquals("AWARD", event.get("targetType").asText());
        }

        @Test
        void marking_is_bounded_and_says_when_more_are_left() {
            int n = Limits.MAX_OVERDUE_MARKED + 3;
            for (int i = 0; i < n; i++) {
                String resident = s.enrol("bulk-" + i);
                ledger.ok(s.app, "Disputes:fileDispute", json("disputeId", "b" + i, "residentId", resident,
                        "targetType", "SCORE", "reason", "too low"));
            }
            ledger.advance(Duration.ofDays(21));
            JsonNode first = ledger.ok(s.admin, "Disputes:markOverdue", "{}");
            assertEquals(Limits.MAX_OVERDUE_MARKED, first.get("marked").size());
            assertTrue(first.get("more").asBoolean());
            JsonNode second = ledger.ok(s.admin, "Disputes:markOverdue", "{}");
            assertEquals(3, second.get("marked").size());
            assertFalse(second.get("more").asBoolean());
        }

        @Test
        void an_admin_marks_only_its_own_community() {
            String north = s.enrol(s.northApp, "north-person");
            String northAward = s.award(s.northApp, "n1", north, "volunteer-hour", 1, ledger.now()).get("txId")
                    .asText();
            ledger.ok(s.northApp, "Disputes:fileDispute", json("disputeId", "n1", "residentId", north, "targetTxId",
                    northAward, "reason", "wrong"));
            file("d1", "targetTxId", awardTx);
            ledger.advance(Duration.ofDays(21));
            ledger.refused(ErrorCode.FORBIDDEN, s.admin, "Disputes:markOverdue", json("communityId", "north"));
            JsonNode marked = ledger.ok(s.admin, "Disputes:markOverdue", "{}");
            assertEquals(1, marked.get("marked").size());
            assertEquals("d1", marked.at("/marked/0/disputeId").asText());
            // the auditor, for all: one community per call
            JsonNode all = ledger.ok(s.auditor, "Disputes:markOverdue", "{}");
            assertEquals("n1", all.at("/marked/0/disputeId").asText());
            for (Identity who : List.of(s.app, s.bank, s.merchant, s.coordinator, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Disputes:markOverdue", "{}");
            }
            ledger.refused(ErrorCode.NOT_FOUND, s.auditor, "Disputes:markOverdue", json("communityId", "nowhere"));
        }

        @Test
        void an_auditor_resolves_only_past_due_disputes_naming_their_community() {
            file("d1", "targetTxId", awardTx);
            ledger.refused(ErrorCode.FORBIDDEN, s.auditor, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "UPHELD", "note", "n", "communityId", "demo"));
            ledger.advance(Duration.ofDays(21));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Disputes:resolveDispute", json("disputeId",
                    "d1", "outcome", "UPHELD", "note", "n"));
            ledger.refused(ErrorCode.FORBIDDEN, s.northAdmin, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "UPHELD", "note", "n", "communityId", "demo"));
            JsonNode resolved = resolve(s.auditor, "d1", "UPHELD", "communityId", "demo");
            assertEquals("AUDITOR", resolved.at("/resolution/resolverRole").asText());
            assertEquals("demo-auditor", resolved.at("/resolution/by").asText());
            assertEquals(30, resolved.at("/resolution/reversedPoints").asLong());
            assertEquals("AUDITOR", lastEvent().get("resolverRole").asText());
            assertEquals(List.of("UPHELD"), statuses(ledger.ok(s.admin, "Disputes:listDisputes", "")));
            assertEquals(0, s.available(rid));
        }

        @Test
        void an_admin_resolves_a_recorded_overdue_dispute_and_it_leaves_the_due_index() {
            file("d1", "targetTxId", awardTx);
            ledger.advance(Duration.ofDays(21));
            ledger.ok(s.admin, "Disputes:markOverdue", "{}");
            JsonNode resolved = resolve(s.admin, "d1", "REJECTED", "communityId", "demo");
            assertEquals("REJECTED", resolved.get("status").asText());
            assertTrue(ledger.snapshot().keySet().stream().noneMatch(k -> k.startsWith("disputedue/")));
            assertTrue(ledger.snapshot().keySet().stream().noneMatch(k -> k.startsWith("disputeopen/")));
        }
    }

    private static List<String> statuses(JsonNode disputes) {
        List<String> out = new ArrayList<>();
        disputes.forEach(d -> out.add(d.get("status").asText()));
        return out;
    }
}
