package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input at the edges of what Java's time and number types hold: never an unexpected exception
 * (a 500 the gateway cannot classify), and never the caller's value in the refusal's message.
 */
class InputBoundsTest {
    private static final String MARKER = "PRIVREF148536";
    private Scenario s;
    private TestLedger ledger;
    private String rid;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        ledger = s.ledger;
        rid = s.enrol("resident-1");
        ledger.ok(s.app, "Points:award", Scenario.awardRequest("c1", rid, "volunteer-hour", 8, ledger.now()));
        s.redeem("r1", rid, 10);
        ledger.advance(Duration.ofHours(1));
    }

    @Nested
    class Statement_bounds_beyond_the_log_keys_range_are_open_ends {
        @ParameterizedTest(name = "from={0} to={1} -> {2}")
        @CsvSource({
            "'', 9999-12-31T23:59:59Z, 1",
            "'', +1000000000-12-31T23:59:59.999999999Z, 1",
            "'', 2262-04-11T23:47:16.854775808Z, 1",
            "1677-09-21T00:12:43.145224191Z, '', 1",
            "-1000000000-01-01T00:00:00Z, 9999-12-31T23:59:59Z, 1",
            "0001-01-01T00:00:00Z, 0001-01-02T00:00:00Z, 0",
            "9999-12-31T23:59:59Z, '', 0",
            "9999-12-31T23:59:59Z, 0001-01-01T00:00:00Z, 0",
            "2262-04-11T23:47:16.854775807Z, 2262-04-11T23:47:16.854775807Z, 0"})
        void answer_the_redemptions_in_the_period(String from, String to, int count) {
            JsonNode statement = ledger.ok(s.admin, "Points:getMerchantStatement", "demo-merchant", from, to);
            assertEquals(count, statement.get("redemptions").size(), statement::toString);
        }

        @Test
        void from_after_to_is_an_empty_period() {
            String later = ledger.now().toString();
            String earlier = ledger.now().minus(Duration.ofDays(1)).toString();
            JsonNode statement = ledger.ok(s.admin, "Points:getMerchantStatement", "demo-merchant", later, earlier);
            assertEquals(0, statement.get("redemptions").size());
        }
    }

    @Nested
    class Stored_instants_are_four_digit_years_from_1970 {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"+10000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "1969-12-31T23:59:59Z",
            "-0001-01-01T00:00:00Z"})
        void an_occurredAt_outside_is_a_validation_failure_that_names_the_field_and_range(String at) {
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:award",
                    json("contributionId", "c2", "residentId", rid, "activityType", "volunteer-hour", "quantity", 1,
                            "occurredAt", at));
            assertTrue(refused.message().contains("occurredAt must be an ISO-8601 UTC instant"), refused.message());
            assertTrue(refused.message().contains("1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z"), refused.message());
            assertFalse(refused.message().contains(at), refused.message());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"+10000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z"})
        void a_consent_expiry_outside_is_a_validation_failure(String at) {
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent", json("consentId", "k1",
                    "residentId", rid, "bankId", "demo-bank", "purpose", "loan", "expiresAt", at));
        }
    }

    @Nested
    class Text_is_valid_unicode {
        @ParameterizedTest
        @ValueSource(strings = {"\\ud800lone", "lone\\udc00", "\\udc00\\ud800"})
        void a_lone_surrogate_is_refused_and_nothing_is_written(String escapedItem) {
            Map<String, String> before = ledger.snapshot();
            // as a client sends it: a JSON escape (a JSON writer would already have replaced the lone char)
            String request = "{\"redemptionId\":\"r2\",\"residentId\":\"" + rid + "\",\"points\":1,\"item\":\""
                    + escapedItem + "\"}";
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.merchant, "Points:redeem",
                    request);
            assertTrue(refused.message().contains("item must be valid Unicode text"), refused.message());
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void a_pair_of_surrogates_is_a_character_like_any_other() {
            ledger.ok(s.merchant, "Points:redeem", json("redemptionId", "r3", "residentId", rid, "points", 1,
                    "item", "\ud83c\udf5a rice"));
        }
    }

    @Nested
    class Refusals_do_not_repeat_the_callers_input {
        @Test
        void malformed_json_is_described_by_rule_and_position() {
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Community:enrolResident",
                    "{\"residentId\":" + MARKER + "}");
            assertTrue(refused.message().startsWith("VALIDATION_FAILED: malformed JSON: not well-formed (strings in "
                    + "double quotes, no comments, no control characters) at line 1, column "), refused.message());
            assertFalse(refused.message().contains(MARKER), refused.message());
        }

        @Test
        void a_duplicate_field_is_named_as_such_without_its_name() {
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Community:enrolResident",
                    "{\"" + MARKER + "\":1,\"" + MARKER + "\":2}");
            assertTrue(refused.message().contains("a field appears more than once"), refused.message());
            assertFalse(refused.message().contains(MARKER), refused.message());
        }

        @Test
        void an_unknown_field_is_given_by_position_with_the_accepted_names() {
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Points:settle",
                    "{\"settlementId\":\"s1\",\"" + MARKER + "\":1,\"merchantId\":\"demo-merchant\"}");
            assertEquals("VALIDATION_FAILED: unknown field (field 2 of the request); the fields are settlementId, "
                    + "merchantId", refused.message());
        }

        @Test
        void an_unknown_field_in_a_nested_object_says_which_object() {
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:publishLoanProduct",
                    "{\"productId\":\"p1\",\"name\":\"loan\",\"bands\":{\"A\":{\"maxAmountFen\":1000,"
                            + "\"rateDiscountBps\":0,\"" + MARKER + "\":1}}}");
            assertTrue(refused.message().contains("field 3 of bands.A"), refused.message());
            assertFalse(refused.message().contains(MARKER), refused.message());
        }

        @Test
        void refusals_of_unknown_records_name_the_kind_of_record_not_the_id() {
            String unknown = Scenario.residentId(MARKER);
            TestLedger.Result resident = ledger.refused(ErrorCode.NOT_FOUND, s.merchant, "Points:redeem",
                    json("redemptionId", MARKER, "residentId", unknown, "points", 1, "item", "soap"));
            assertEquals("NOT_FOUND: resident not found", resident.message());
            TestLedger.Result contribution = ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Points:reverse",
                    json("contributionId", MARKER, "reason", "x"));
            assertEquals("NOT_FOUND: contribution not found", contribution.message());
        }

        @Test
        void a_reused_id_is_refused_without_repeating_it() {
            TestLedger.Result refused = ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award",
                    Scenario.awardRequest("c1", rid, "volunteer-hour", 7, ledger.now()));
            assertEquals("ID_CONFLICT: contribution already exists with another body", refused.message());
        }

        @Test
        void a_stale_or_future_occurredAt_and_an_overdrawn_redemption_do_not_repeat_the_values() {
            String future = ledger.now().plus(Duration.ofDays(1)).toString();
            TestLedger.Result early = ledger.refused(ErrorCode.STALE_CONTRIBUTION, s.app, "Points:award",
                    Scenario.awardRequest("c9", rid, "volunteer-hour", 1, ledger.now().plus(Duration.ofDays(1))));
            assertFalse(early.message().contains(future), early.message());
            TestLedger.Result overdrawn = ledger.refused(ErrorCode.INSUFFICIENT_POINTS, s.merchant, "Points:redeem",
                    json("redemptionId", "r9", "residentId", rid, "points", 987654321, "item", "soap"));
            assertFalse(overdrawn.message().contains("987654321"), overdrawn.message());
            assertFalse(overdrawn.message().contains(rid), overdrawn.message());
        }
    }
}
