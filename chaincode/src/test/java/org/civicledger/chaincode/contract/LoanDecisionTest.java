package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.START;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Loan decisions on credit checks, and the credit lines they open: drawdowns, repayments, closure, reads. */
class LoanDecisionTest {
    private static final String PURPOSE = "loan-application";
    /** A new resident scores band D: 20,000 CNY there. */
    private static final String ALL_BANDS = "{\"A\":{\"maxAmountFen\":30000000,\"rateDiscountBps\":120},"
            + "\"D\":{\"maxAmountFen\":2000000,\"rateDiscountBps\":0}}";
    private static final String PRIME_BANDS = "{\"A\":{\"maxAmountFen\":50000000,\"rateDiscountBps\":150}}";
    private static final Map<String, String> GUARANTOR = Map.of("reasonCode", "GUARANTOR_PROVIDED",
            "note", "guarantor agreement 17 on file");

    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    private final String residentId = s.enrol("loan-resident");

    LoanDecisionTest() {
        publish(s.bank, "civic-line", ALL_BANDS);
        publish(s.bank, "prime-line", PRIME_BANDS);
        publish(s.otherBank, "other-line", ALL_BANDS);
        consent("consent-demo", "demo-bank");
        consent("consent-other", "other-bank");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void publish(Identity bank, String productId, String bands) {
        ledger.ok(bank, "Credit:publishLoanProduct", "{\"productId\":\"" + productId
                + "\",\"name\":\"Civic credit line\",\"bands\":" + bands + "}");
    }

    private void consent(String consentId, String bankId) {
        ledger.ok(s.app, "Credit:grantConsent", json("consentId", consentId, "residentId", residentId, "bankId",
                bankId, "purpose", PURPOSE, "expiresAt", START.plus(Duration.ofDays(365)).toString()));
    }

    private String check(Identity bank, String productId) {
        return ledger.ok(bank, "Credit:checkCredit", json("residentId", residentId, "productId", productId,
                "purpose", PURPOSE)).get("txId").asText();
    }

    private String check() {
        return check(s.bank, "civic-line");
    }

    private static String granted(String decisionId, String checkTxId, long amountFen, Object override) {
        return json("decisionId", decisionId, "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", amountFen,
                "rateBps", 435, "termMonths", 36, "override", override);
    }

    private static String declined(String decisionId, String checkTxId, String... codes) {
        return json("decisionId", decisionId, "checkTxId", checkTxId, "outcome", "DECLINED", "reasonCodes",
                List.of(codes));
    }

    /** An ACTIVE line of 1,000,000 fen on a new check. */
    private String line(String decisionId) {
        ledger.ok(s.bank, "Credit:decideLoan", granted(decisionId, check(), 1_000_000, null));
        return decisionId;
    }

    private JsonNode draw(String decisionId, String drawdownId, long amountFen) {
        return ledger.ok(s.bank, "Credit:drawLine", json("decisionId", decisionId, "drawdownId", drawdownId,
                "amountFen", amountFen));
    }

    private JsonNode repay(String decisionId, String repaymentId, long amountFen) {
        return ledger.ok(s.bank, "Credit:repayLine", json("decisionId", decisionId, "repaymentId", repaymentId,
                "amountFen", amountFen));
    }

    private JsonNode event(TestLedger.Result result) {
        return TestLedger.parse(result.eventPayload());
    }

    // ---- decisions -----------------------------------------------------------------------------

    @Nested
    class Granting {
        @Test
        void records_the_line_with_the_checks_band_and_model_and_emits_the_decision() {
            String checkTxId = check();
            TestLedger.Result result = ledger.invoke(s.bank, "Credit:decideLoan",
                    granted("d1", checkTxId, 2_000_000, null));
            assertEquals(200, result.status(), result.message());
            String at = ledger.now().toString();
            assertEquals("{\"amountFen\":2000000,\"band\":\"D\",\"bankId\":\"demo-bank\",\"checkTxId\":\"" + checkTxId
                    + "\",\"communityId\":\"demo\",\"decidedAt\":\"" + at + "\",\"decisionId\":\"d1\",\"drawnFen\":0,"
                    + "\"modelVersion\":1,\"outcome\":\"GRANTED\",\"productId\":\"civic-line\",\"rateBps\":435,"
                    + "\"repaidFen\":0,\"residentId\":\"" + residentId + "\",\"status\":\"ACTIVE\","
                    + "\"subjectType\":\"RESIDENT\",\"termMonths\":36,\"txId\":\"" + result.txId() + "\"}",
                    ledger.raw(Keys.creditLine("demo-bank", "d1")));
            assertEquals(result.payload(), ledger.raw(Keys.creditLine("demo-bank", "d1")));
            assertEquals("LoanDecided", result.eventName());
            assertEquals("{\"amountFen\":2000000,\"at\":\"" + at + "\",\"band\":\"D\",\"bankId\":\"demo-bank\","
                    + "\"checkTxId\":\"" + checkTxId + "\",\"communityId\":\"demo\",\"decisionId\":\"d1\","
                    + "\"modelVersion\":1,\"outcome\":\"GRANTED\",\"override\":false,\"productId\":\"civic-line\","
                    + "\"residentId\":\"" + residentId + "\",\"subjectType\":\"RESIDENT\",\"txId\":\""
                    + result.txId() + "\"}", result.eventPayload());
        }

        @Test
        void the_same_decision_again_returns_the_original_and_another_body_is_a_conflict() {
            String checkTxId = check();
            JsonNode first = ledger.ok(s.bank, "Credit:decideLoan", granted("d1", checkTxId, 500_000, null));
            var before = ledger.snapshot();
            TestLedger.Result again = ledger.invoke(s.bank, "Credit:decideLoan", granted("d1", checkTxId, 500_000,
                    null));
            assertEquals(first, again.json());
            assertNull(again.eventName());
            assertEquals(before, ledger.snapshot());
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:decideLoan", granted("d1", checkTxId, 500_001,
                    null));
        }

        @Test
        void decision_ids_are_scoped_to_the_bank() {
            ledger.ok(s.bank, "Credit:decideLoan", granted("same-id", check(), 500_000, null));
            ledger.ok(s.otherBank, "Credit:decideLoan", granted("same-id", check(s.otherBank, "other-line"),
                    700_000, null));
            assertEquals(700_000, ledger.ok(s.auditor, "Credit:getLine", "same-id", "other-bank")
                    .get("amountFen").asLong());
        }

        @Test
        void one_decision_per_check() {
            String checkTxId = check();
            ledger.ok(s.bank, "Credit:decideLoan", granted("d1", checkTxId, 500_000, null));
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:decideLoan", declined("d2", checkTxId, "OTHER"));
        }

        @Test
        void another_banks_check_is_not_found_like_a_check_that_does_not_exist() {
            String theirs = check(s.otherBank, "other-line");
            TestLedger.Result refused = ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:decideLoan",
                    granted("d1", theirs, 500_000, null));
            TestLedger.Result unknown = ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:decideLoan",
                    granted("d1", "tx99999999", 500_000, null));
            assertEquals(unknown.message(), refused.message());
            String awardTxId = s.award("c1", residentId, "patrol", 1).get("txId").asText();
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:decideLoan", granted("d1", awardTxId, 500_000, null));
        }

        @Test
        void a_check_is_valid_for_thirty_days_and_expired_after() {
            String onTime = check();
            String late = check();
            ledger.advance(Duration.ofDays(30));
            ledger.ok(s.bank, "Credit:decideLoan", granted("on-time", onTime, 500_000, null));
            ledger.advance(Duration.ofSeconds(1));
            ledger.refused(ErrorCode.CHECK_EXPIRED, s.bank, "Credit:decideLoan", granted("late", late, 500_000, null));
            ledger.refused(ErrorCode.CHECK_EXPIRED, s.bank, "Credit:decideLoan", declined("late", late, "OTHER"));
        }
    }

    @Nested
    class Households {
        @Test
        void a_decision_on_a_households_check_is_the_households_and_its_events_say_so() {
            String member = s.enrol("loan-household-member");
            ledger.ok(s.admin, "Community:registerHousehold", json("householdId", "hh-loan", "headResidentId",
                    residentId, "memberIds", List.of(residentId, member)));
            ledger.ok(s.app, "Credit:grantConsent", json("consentId", "consent-hh", "residentId", residentId,
                    "bankId", "demo-bank", "purpose", PURPOSE, "expiresAt",
                    ledger.now().plus(Duration.ofDays(30)).toString(), "householdId", "hh-loan"));
            String checkTxId = ledger.ok(s.bank, "Credit:checkCredit", json("householdId", "hh-loan", "communityId", "demo", "productId",
                    "civic-line", "purpose", PURPOSE)).get("txId").asText();
            TestLedger.Result decided = ledger.invoke(s.bank, "Credit:decideLoan",
                    granted("hh-line", checkTxId, 100_000, null));
            assertEquals(200, decided.status(), decided.message());
            assertEquals("HOUSEHOLD", decided.json().get("subjectType").asText());
            assertEquals("hh-loan", decided.json().get("householdId").asText());
            assertEquals(residentId, decided.json().get("residentId").asText(), "the head");
            assertEquals("demo", decided.json().get("communityId").asText());
            JsonNode event = event(decided);
            assertEquals("HOUSEHOLD", event.get("subjectType").asText());
            assertEquals("hh-loan", event.get("householdId").asText());
            TestLedger.Result drawn = ledger.invoke(s.bank, "Credit:drawLine", json("decisionId", "hh-line",
                    "drawdownId", "w1", "amountFen", 100));
            assertEquals("hh-loan", event(drawn).get("householdId").asText());
            assertEquals("HOUSEHOLD", event(drawn).get("subjectType").asText());
        }
    }

    @Nested
    class Bands {
        @Test
        void above_the_bands_maximum_is_refused_without_an_override() {
            ledger.refused(ErrorCode.BAND_MISMATCH, s.bank, "Credit:decideLoan",
                    granted("d1", check(), 2_000_001, null));
        }

        @Test
        void a_line_for_a_band_the_product_does_not_offer_is_refused_without_an_override() {
            ledger.refused(ErrorCode.BAND_MISMATCH, s.bank, "Credit:decideLoan",
                    granted("d1", check(s.bank, "prime-line"), 100, null));
        }

        @Test
        void a_documented_override_records_its_reason_and_says_so_in_the_event() {
            TestLedger.Result result = ledger.invoke(s.bank, "Credit:decideLoan",
                    granted("d1", check(s.bank, "prime-line"), 3_000_000, GUARANTOR));
            assertEquals(200, result.status(), result.message());
            assertEquals("{\"note\":\"guarantor agreement 17 on file\",\"reasonCode\":\"GUARANTOR_PROVIDED\"}",
                    result.json().get("override").toString());
            JsonNode event = event(result);
            assertTrue(event.get("override").asBoolean());
            assertEquals("GUARANTOR_PROVIDED", event.get("overrideReason").asText());
            assertFalse(event.has("note"), "the bank's note stays off the event stream");
            assertFalse(result.eventPayload().contains("guarantor agreement"));
        }

        @Test
        void an_override_on_a_line_within_the_bands_is_refused() {
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan",
                    granted("d1", check(), 2_000_000, GUARANTOR));
        }

        @Test
        void an_override_must_name_a_known_reason_and_a_note() {
            String checkTxId = check(s.bank, "prime-line");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan",
                    granted("d1", checkTxId, 100, Map.of("reasonCode", "FRIENDSHIP", "note", "x")));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan",
                    granted("d1", checkTxId, 100, Map.of("reasonCode", "POLICY_EXCEPTION")));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan",
                    granted("d1", checkTxId, 100, Map.of("reasonCode", "POLICY_EXCEPTION", "note", "x".repeat(2001))));
        }
    }

    @Nested
    class Declining {
        @Test
        void records_the_reason_codes_and_no_terms() {
            String checkTxId = check();
            TestLedger.Result result = ledger.invoke(s.bank, "Credit:decideLoan",
                    declined("d1", checkTxId, "EXISTING_DEBT", "INCOMPLETE_DOCUMENTS"));
            assertEquals(200, result.status(), result.message());
            JsonNode line = result.json();
            assertEquals("DECLINED", line.get("status").asText());
            assertEquals("[\"EXISTING_DEBT\",\"INCOMPLETE_DOCUMENTS\"]", line.get("reasonCodes").toString());
            assertFalse(line.has("amountFen"));
            JsonNode event = event(result);
            assertEquals("DECLINED", event.get("outcome").asText());
            assertEquals("[\"EXISTING_DEBT\",\"INCOMPLETE_DOCUMENTS\"]", event.get("reasonCodes").toString());
            assertFalse(event.has("amountFen"));
            assertFalse(event.get("override").asBoolean());
        }

        @Test
        void needs_one_to_four_distinct_known_codes_and_no_amounts() {
            String checkTxId = check();
            for (String bad : List.of(
                    declined("d1", checkTxId),
                    declined("d1", checkTxId, "OTHER", "OTHER"),
                    declined("d1", checkTxId, "NOT_A_REASON"),
                    declined("d1", checkTxId, "OTHER", "EXISTING_DEBT", "INCOMPLETE_DOCUMENTS",
                            "APPLICANT_WITHDREW", "OUTSIDE_PRODUCT_AREA"),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "DECLINED"),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "DECLINED", "reasonCodes",
                            List.of("OTHER"), "amountFen", 100),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "DECLINED", "reasonCodes",
                            List.of("OTHER"), "override", GUARANTOR))) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan", bad);
            }
        }

        @Test
        void a_declined_decision_has_no_line_to_draw_repay_or_close() {
            ledger.ok(s.bank, "Credit:decideLoan", declined("d1", check(), "OTHER"));
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w1", "amountFen", 1));
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p1", "amountFen", 1));
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:closeLine", json("decisionId", "d1"));
        }
    }

    @Nested
    class Validation {
        @Test
        void a_grant_needs_amount_rate_and_term_within_their_limits_and_no_reason_codes() {
            String checkTxId = check();
            for (String bad : List.of(
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "rateBps", 1,
                            "termMonths", 1),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "termMonths", 1),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "rateBps", 1),
                    granted("d1", checkTxId, 0, null),
                    granted("d1", checkTxId, 1_000_000_001L, null),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "rateBps", 3601, "termMonths", 1),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "rateBps", 1, "termMonths", 361),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "rateBps", 1, "termMonths", 0),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "GRANTED", "amountFen", 1,
                            "rateBps", 1, "termMonths", 1, "reasonCodes", List.of("OTHER")),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "MAYBE"),
                    json("decisionId", "d/1", "checkTxId", checkTxId, "outcome", "DECLINED", "reasonCodes",
                            List.of("OTHER")),
                    json("decisionId", "d1", "checkTxId", checkTxId, "outcome", "DECLINED", "reasonCodes",
                            List.of("OTHER"), "score", 1000))) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:decideLoan", bad);
            }
        }
    }

    // ---- the line ------------------------------------------------------------------------------

    @Nested
    class Drawing {
        @Test
        void drawdowns_add_up_to_at_most_the_line() {
            line("d1");
            TestLedger.Result first = ledger.invoke(s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w1", "amountFen", 600_000));
            assertEquals(200, first.status(), first.message());
            assertEquals("{\"amountFen\":600000,\"at\":\"" + ledger.now() + "\",\"bankId\":\"demo-bank\","
                    + "\"decisionId\":\"d1\",\"drawnFen\":600000,\"entryId\":\"w1\",\"kind\":\"DRAWDOWN\","
                    + "\"outstandingFen\":600000,\"repaidFen\":0,\"txId\":\"" + first.txId() + "\"}",
                    first.payload());
            assertEquals(first.payload(), ledger.raw(Keys.lineEntry("demo-bank", "d1", "w1")));
            assertEquals("CreditLineDrawn", first.eventName());
            assertEquals("{\"amountFen\":600000,\"at\":\"" + ledger.now() + "\",\"bankId\":\"demo-bank\","
                    + "\"communityId\":\"demo\",\"decisionId\":\"d1\",\"drawdownId\":\"w1\",\"drawnFen\":600000,"
                    + "\"residentId\":\"" + residentId + "\",\"subjectType\":\"RESIDENT\",\"txId\":\""
                    + first.txId() + "\"}", first.eventPayload());
            ledger.refused(ErrorCode.LINE_EXCEEDED, s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w2", "amountFen", 400_001));
            assertEquals(1_000_000, draw("d1", "w2", 400_000).get("drawnFen").asLong());
            ledger.refused(ErrorCode.LINE_EXCEEDED, s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w3", "amountFen", 1));
            assertEquals(1_000_000, ledger.ok(s.bank, "Credit:getLine", "d1", "").get("drawnFen").asLong());
        }

        @Test
        void a_drawdown_id_answers_its_retry_and_refuses_another_body() {
            line("d1");
            JsonNode first = draw("d1", "w1", 100);
            var before = ledger.snapshot();
            assertEquals(first, draw("d1", "w1", 100));
            assertEquals(before, ledger.snapshot());
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w1", "amountFen", 101));
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "w1", "amountFen", 100));
        }

        @Test
        void another_banks_line_is_not_found() {
            line("d1");
            ledger.refused(ErrorCode.NOT_FOUND, s.otherBank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w1", "amountFen", 1));
            ledger.refused(ErrorCode.NOT_FOUND, s.otherBank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p1", "amountFen", 1));
            ledger.refused(ErrorCode.NOT_FOUND, s.otherBank, "Credit:closeLine", json("decisionId", "d1"));
        }
    }

    @Nested
    class Repaying {
        @Test
        void repayments_never_exceed_what_is_outstanding() {
            line("d1");
            ledger.refused(ErrorCode.LINE_EXCEEDED, s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p0", "amountFen", 1));
            draw("d1", "w1", 500);
            TestLedger.Result repaid = ledger.invoke(s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p1", "amountFen", 200));
            assertEquals(300, repaid.json().get("outstandingFen").asLong());
            assertEquals("CreditLineRepaid", repaid.eventName());
            assertEquals("{\"amountFen\":200,\"at\":\"" + ledger.now() + "\",\"bankId\":\"demo-bank\","
                    + "\"communityId\":\"demo\",\"decisionId\":\"d1\",\"outstandingFen\":300,\"repaymentId\":\"p1\","
                    + "\"residentId\":\"" + residentId + "\",\"subjectType\":\"RESIDENT\",\"txId\":\""
                    + repaid.txId() + "\"}", repaid.eventPayload());
            ledger.refused(ErrorCode.LINE_EXCEEDED, s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p2", "amountFen", 301));
            assertEquals(0, repay("d1", "p2", 300).get("outstandingFen").asLong());
        }
    }

    @Nested
    class Closing {
        @Test
        void only_a_line_with_nothing_outstanding_closes_and_then_takes_no_more_operations() {
            line("d1");
            draw("d1", "w1", 500);
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:closeLine", json("decisionId", "d1"));
            repay("d1", "p1", 500);
            TestLedger.Result closed = ledger.invoke(s.bank, "Credit:closeLine", json("decisionId", "d1"));
            assertEquals(200, closed.status(), closed.message());
            assertEquals("CLOSED", closed.json().get("status").asText());
            assertEquals(closed.txId(), closed.json().get("txId").asText(), "the answer cites the closure");
            assertEquals("CreditLineClosed", closed.eventName());
            assertEquals("{\"at\":\"" + ledger.now() + "\",\"bankId\":\"demo-bank\",\"communityId\":\"demo\","
                    + "\"decisionId\":\"d1\",\"residentId\":\"" + residentId + "\",\"subjectType\":\"RESIDENT\","
                    + "\"txId\":\"" + closed.txId() + "\"}", closed.eventPayload());
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:drawLine",
                    json("decisionId", "d1", "drawdownId", "w2", "amountFen", 1));
            ledger.refused(ErrorCode.INVALID_STATE, s.bank, "Credit:repayLine",
                    json("decisionId", "d1", "repaymentId", "p2", "amountFen", 1));
            // retries of earlier operations still get their answers
            assertEquals("w1", draw("d1", "w1", 500).get("entryId").asText());
            var before = ledger.snapshot();
            TestLedger.Result again = ledger.invoke(s.bank, "Credit:closeLine", json("decisionId", "d1"));
            assertEquals(closed.payload(), again.payload(), "closing again is a retry of the closure");
            assertNull(again.eventName());
            assertEquals(before, ledger.snapshot());
        }
    }

    @Nested
    class Reading {
        @Test
        void a_bank_reads_its_own_decisions_and_an_auditor_reads_any_naming_the_bank() {
            line("mine");
            ledger.ok(s.otherBank, "Credit:decideLoan", granted("theirs", check(s.otherBank, "other-line"), 100,
                    null));
            assertEquals("mine", ledger.ok(s.bank, "Credit:getLine", "mine", "").get("decisionId").asText());
            assertEquals("mine", ledger.ok(s.bank, "Credit:getLine", "mine", "demo-bank").get("decisionId").asText());
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:getLine", "theirs", "");
            ledger.refused(ErrorCode.FORBIDDEN, s.bank, "Credit:getLine", "theirs", "other-bank");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Credit:getLine", "theirs", "");
            assertEquals(100, ledger.ok(s.auditor, "Credit:getLine", "theirs", "other-bank").get("amountFen").asLong());
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Credit:getLine", "mine", "demo-bank");

            assertEquals(List.of("mine"), ids(ledger.ok(s.bank, "Credit:listLines", "")));
            assertEquals(List.of("theirs"), ids(ledger.ok(s.otherBank, "Credit:listLines", "")));
            ledger.refused(ErrorCode.FORBIDDEN, s.bank, "Credit:listLines", "other-bank");
            assertEquals(List.of("mine", "theirs"), ids(ledger.ok(s.auditor, "Credit:listLines", "")));
            assertEquals(List.of("theirs"), ids(ledger.ok(s.auditor, "Credit:listLines", "other-bank")));
        }

        private List<String> ids(JsonNode lines) {
            List<String> ids = new java.util.ArrayList<>();
            lines.forEach(l -> ids.add(l.get("decisionId").asText()));
            return ids;
        }
    }
}
