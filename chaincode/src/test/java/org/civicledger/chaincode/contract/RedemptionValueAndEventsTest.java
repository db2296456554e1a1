package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.awardRequest;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value of redemptions (issue 16) on statements and settlements, and the fields every event payload carries. */
class RedemptionValueAndEventsTest {
    private Scenario s;
    private TestLedger ledger;
    private String rid;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        ledger = s.ledger;
        rid = s.enrol("resident-1");
        ledger.ok(s.app, "Points:award", awardRequest("c1", rid, "volunteer-hour", 8, ledger.now()));
    }

    private TestLedger.Result redeem(String id, long points, Long valueFen) {
        return ledger.invoke(s.merchant, "Points:redeem", json("redemptionId", id, "residentId", rid,
                "points", points, "item", "rice 5kg", "valueFen", valueFen));
    }

    private static JsonNode payload(TestLedger.Result result) {
        return TestLedger.parse(result.eventPayload());
    }

    @Nested
    class Value {
        @Test
        void flows_from_the_redemption_to_the_statement_and_the_settlement() {
            TestLedger.Result first = redeem("r1", 20, 1250L);
            assertEquals(200, first.status(), first::message);
            assertEquals(1250, first.json().get("valueFen").asLong());
            assertEquals(1250, payload(first).get("valueFen").asLong());
            TestLedger.Result second = redeem("r2", 10, null);
            assertFalse(second.json().has("valueFen"), "absent when not declared");
            assertFalse(payload(second).has("valueFen"));
            redeem("r3", 5, 0L);

            JsonNode statement = ledger.ok(s.merchant, "Points:getMerchantStatement", "demo-merchant", "", "");
            assertEquals(35, statement.get("totalPoints").asLong());
            assertEquals(1250, statement.get("totalValueFen").asLong(), "a redemption without a value counts 0");
            assertEquals(1250, statement.at("/redemptions/0/valueFen").asLong());
            assertFalse(statement.get("redemptions").get(1).has("valueFen"));
            assertEquals(0, statement.at("/redemptions/2/valueFen").asLong());

            TestLedger.Result settled = ledger.invoke(s.admin, "Points:settle",
                    json("settlementId", "s1", "merchantId", "demo-merchant"));
            assertEquals(200, settled.status(), settled::message);
            assertEquals(1250, settled.json().get("valueFen").asLong());
            assertEquals(35, settled.json().get("points").asLong());
            assertEquals(json("at", ledger.now().toString(), "merchantId", "demo-merchant", "points", 35,
                    "redemptionCount", 3, "settlementId", "s1", "txId", settled.txId(), "valueFen", 1250),
                    settled.eventPayload());
        }

        @Test
        void a_retry_with_the_same_value_gets_the_original_and_another_value_is_a_conflict() {
            JsonNode first = redeem("r1", 20, 1250L).json();
            TestLedger.Result again = redeem("r1", 20, 1250L);
            assertEquals(first, again.json());
            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.ID_CONFLICT, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 20, "item", "rice 5kg", "valueFen", 1300));
            ledger.refused(ErrorCode.ID_CONFLICT, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 20, "item", "rice 5kg"));
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void accepts_the_bounds() {
            assertEquals(200, redeem("r1", 1, 0L).status());
            assertEquals(200, redeem("r2", 1, 1_000_000_000_000L).status());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-1", "1000000000001", "12.5", "1e3", "\"1250\"", "true", "{}",
                "99999999999999999999999"})
        void refuses_a_bad_value_with_nothing_written(String value) {
            Map<String, String> before = ledger.snapshot();
            String request = "{\"redemptionId\":\"r1\",\"residentId\":\"" + rid + "\",\"points\":20,"
                    + "\"item\":\"soap\",\"valueFen\":" + value + "}";
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.merchant, "Points:redeem", request);
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void a_redemption_that_expires_points_says_how_many() {
            ledger.setNow(Instant.parse("2028-05-20T00:00:00Z"));
            ledger.ok(s.app, "Points:award", awardRequest("c2", rid, "patrol", 2, ledger.now()));
            ledger.setNow(Instant.parse("2028-06-01T00:00:00Z")); // the June 2026 award is 24 months old
            TestLedger.Result result = redeem("r1", 10, 500L);
            assertEquals(200, result.status(), result::message);
            assertEquals(json("at", ledger.now().toString(), "communityId", "demo", "expiredPoints", 80,
                    "merchantId", "demo-merchant", "points", 10, "redemptionId", "r1", "residentId", rid,
                    "txId", result.txId(), "valueFen", 500), result.eventPayload());
        }
    }

    @Nested
    class Events {
        @Test
        void every_event_carries_the_transactions_time() {
            ledger.advance(java.time.Duration.ofMinutes(3));
            redeem("r1", 10, null);
            ledger.ok(s.admin, "Points:settle", json("settlementId", "s1", "merchantId", "demo-merchant"));
            ledger.ok(s.admin, "Community:defineCategory", json("categoryId", "CARE", "name", "Care",
                    "creditWeight", 100));
            assertFalse(ledger.events().isEmpty());
            for (TestLedger.Result event : ledger.events()) {
                JsonNode payload = payload(event);
                assertTrue(payload.has("at"), () -> event.eventName() + " without at: " + event.eventPayload());
                assertEquals(payload.get("at").asText(), Instant.parse(payload.get("at").asText()).toString());
            }
            JsonNode last = payload(ledger.events().get(ledger.events().size() - 1));
            assertEquals(ledger.now().toString(), last.get("at").asText());
        }

        @Test
        void a_dispute_announces_its_due_date_and_target_type_and_who_resolved_it() {
            String awardTxId = TestLedger.parse(ledger.raw("contribution/demo/c1")).get("txId").asText();
            TestLedger.Result filed = ledger.invoke(s.app, "Disputes:fileDispute", json("disputeId", "d1",
                    "residentId", rid, "targetTxId", awardTxId, "reason", "I was there longer"));
            assertEquals(200, filed.status(), filed::message);
            assertEquals(json("at", ledger.now().toString(), "communityId", "demo", "disputeId", "d1",
                    "disputeStatus", "OPEN",
                    "dueBy", filed.json().get("dueBy").asText(), "residentId", rid, "targetTxId", awardTxId,
                    "targetType", "AWARD", "txId", filed.txId()), filed.eventPayload());

            TestLedger.Result resolved = ledger.invoke(s.admin, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "REJECTED", "note", "checked the sign-in sheet"));
            assertEquals(200, resolved.status(), resolved::message);
            assertEquals(json("at", ledger.now().toString(), "communityId", "demo", "disputeId", "d1",
                    "disputeStatus", "REJECTED",
                    "outcome", "REJECTED", "residentId", rid, "resolvedBy", "demo-admin", "resolverRole", "ADMIN",
                    "targetType", "AWARD", "txId", resolved.txId()),
                    resolved.eventPayload());
        }
    }
}
