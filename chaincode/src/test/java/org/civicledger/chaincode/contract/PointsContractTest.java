package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.awardRequest;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PointsContractTest {
    private Scenario s;
    private TestLedger ledger;
    private String rid;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        ledger = s.ledger;
        rid = s.enrol("resident-1");
    }

    private String award(String contributionId, String activityType, long quantity, Instant occurredAt) {
        return awardRequest(contributionId, rid, activityType, quantity, occurredAt);
    }

    @Nested
    class Award {
        @Test
        void pays_points_per_unit_times_quantity_and_records_history_and_event() {
            TestLedger.Result result = ledger.invoke(s.app, "Points:award", award("c1", "volunteer-hour", 3, ledger.now()));
            assertEquals(200, result.status());
            JsonNode body = result.json();
            assertEquals(30, body.get("points").asLong());
            assertEquals(30, body.get("balance").asLong());
            assertEquals(result.txId(), body.get("txId").asText());
            assertEquals("PointsAwarded", result.eventName());
            JsonNode event = TestLedger.parse(result.eventPayload());
            assertEquals("c1", event.get("contributionId").asText());
            assertEquals(30, event.get("points").asLong());
            JsonNode history = ledger.ok(s.app, "Points:getHistory", rid, "10", "").get("items");
            assertEquals(1, history.size());
            assertEquals("AWARD", history.get(0).get("type").asText());
            assertEquals(30, history.get(0).get("points").asLong());
            assertEquals("c1", history.get(0).get("ref").asText());
        }

        @Test
        void retried_with_the_same_body_returns_the_original_result_and_writes_nothing() {
            String request = award("c1", "patrol", 1, ledger.now());
            JsonNode first = ledger.ok(s.app, "Points:award", request);
            Map<String, String> before = ledger.snapshot();
            ledger.advance(Duration.ofMinutes(1));
            TestLedger.Result again = ledger.invoke(s.app, "Points:award", request);
            assertEquals(first, again.json());
            assertEquals(before, ledger.snapshot());
            assertNull(again.eventName());
            assertEquals(20, s.available(rid));
        }

        @Test
        void treats_the_same_instant_written_differently_as_the_same_request() {
            ledger.ok(s.app, "Points:award", json("contributionId", "c1", "residentId", rid, "activityType", "patrol",
                    "quantity", 1, "occurredAt", "2026-06-15T09:00:00Z"));
            JsonNode again = ledger.ok(s.app, "Points:award", json("contributionId", "c1", "residentId", rid,
                    "activityType", "patrol", "quantity", 1, "occurredAt", "2026-06-15T09:00:00.000Z"));
            assertEquals(20, again.get("balance").asLong());
            assertEquals(20, s.available(rid));
        }

        @Test
        void refuses_the_same_id_with_another_body() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award", award("c1", "patrol", 2, ledger.now()));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award", award("c1", "sorting", 1, ledger.now()));
        }

        @Test
        void refuses_the_same_id_and_body_from_another_app() {
            Identity other = s.communityOrg.issue("second-app", "client");
            s.register(s.communityOrgAdmin, other, "APP", "second-app", "demo");
            String request = award("c1", "patrol", 1, ledger.now());
            ledger.ok(s.app, "Points:award", request);
            ledger.refused(ErrorCode.ID_CONFLICT, other, "Points:award", request);
        }

        @Test
        void refuses_every_role_but_app() {
            for (Identity who : List.of(s.admin, s.merchant, s.bank, s.auditor, s.stranger, s.communityOrgAdmin)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:award", award("c1", "patrol", 1, ledger.now()));
            }
        }

        @Test
        void gives_an_app_id_to_one_community_only() {
            Identity impostor = s.communityOrg.issue("north-impostor", "client");
            ledger.refused(ErrorCode.ID_CONFLICT, s.communityOrgAdmin, "Registry:register", json("clientId",
                    impostor.clientId(), "role", "APP", "subjectId", "demo-app", "communityId", "north"));
        }

        @Test
        void refuses_an_app_of_another_community() {
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Points:award", award("c1", "volunteer-hour", 1,
                    ledger.now()));
        }

        @Test
        void refuses_an_activity_type_outside_the_apps_allowed_list() {
            Identity sortingApp = s.communityOrg.issue("sorting-app", "client");
            s.ledger.ok(s.communityOrgAdmin, "Registry:register", json("clientId", sortingApp.clientId(),
                    "role", "APP", "subjectId", "sorting-app", "communityId", "demo", "activityTypes", List.of("sorting")));
            ledger.ok(sortingApp, "Points:award", award("c1", "sorting", 2, ledger.now()));
            ledger.refused(ErrorCode.FORBIDDEN, sortingApp, "Points:award", award("c2", "patrol", 1, ledger.now()));
        }

        @Test
        void refuses_an_unknown_resident_or_activity_type() {
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Points:award",
                    awardRequest("c1", Scenario.residentId("nobody"), "patrol", 1, ledger.now()));
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Points:award", award("c1", "knitting", 1, ledger.now()));
        }

        @Test
        void refuses_a_suspended_resident() {
            ledger.ok(s.admin, "Community:setResidentStatus", json("residentId", rid, "status", "SUSPENDED",
                    "reason", "fraud investigation"));
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
        }

        @Test
        void caps_points_per_resident_activity_type_and_day() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 5, ledger.now()));
            ledger.ok(s.app, "Points:award", award("c2", "volunteer-hour", 3, ledger.now()));
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c3", "volunteer-hour", 1, ledger.now()));
            ledger.ok(s.app, "Points:award", award("c4", "patrol", 1, ledger.now()));
            // another day of contribution has its own cap (recorded another day: the day of recording is capped too)
            Instant yesterday = ledger.now().minus(Duration.ofDays(1));
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.app, "Points:award", award("c5", "volunteer-hour", 1, yesterday));
            String other = s.enrol("resident-2");
            ledger.ok(s.app, "Points:award", awardRequest("c6", other, "volunteer-hour", 8, ledger.now()));
            assertEquals(80 + 20 + 10, s.available(rid));
        }

        @Test
        void caps_a_day_of_an_earlier_month_against_that_day_only() {
            Instant lastMonth = ledger.now().minus(Duration.ofDays(20));
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 8, lastMonth));
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award", award("c2", "volunteer-hour", 1,
                    lastMonth.plus(Duration.ofHours(1))));
            // each recorded on a day of its own, so that only the day of contribution's cap is in play
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.app, "Points:award", award("c3", "volunteer-hour", 8, ledger.now()));
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.app, "Points:award", award("c4", "volunteer-hour", 8, lastMonth.plus(Duration.ofDays(1))));
            assertEquals(240, s.available(rid));
        }

        @Test
        void caps_backdated_awards_per_day_of_recording() {
            // four different days of contribution, all recorded today: the first fills today's cap
            Instant now = ledger.now();
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 5, now.minus(Duration.ofDays(3))));
            ledger.ok(s.app, "Points:award", award("c2", "volunteer-hour", 3, now.minus(Duration.ofDays(2))));
            TestLedger.Result refused = ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c3", "volunteer-hour", 1, now.minus(Duration.ofDays(1))));
            assertTrue(refused.message().contains("recorded today (UTC, the day of recording)"), refused::message);
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c4", "volunteer-hour", 1, now.minus(Duration.ofDays(10))));
            // other activity types and other residents have caps of their own
            ledger.ok(s.app, "Points:award", award("c5", "patrol", 1, now.minus(Duration.ofDays(4))));
            ledger.ok(s.app, "Points:award", awardRequest("c6", s.enrol("resident-2"), "volunteer-hour", 8,
                    now.minus(Duration.ofDays(4))));
            assertEquals(80 + 20, s.available(rid));
            // the next day of recording starts afresh; the days of contribution keep their own caps
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.app, "Points:award", award("c3", "volunteer-hour", 1, now.minus(Duration.ofDays(1))));
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c7", "volunteer-hour", 6, now.minus(Duration.ofDays(3))));
            assertEquals(80 + 20 + 10, s.available(rid));
        }

        @Test
        void a_reversed_award_still_counts_towards_its_days_cap() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 8, ledger.now()));
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "attested twice"));
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c2", "volunteer-hour", 1, ledger.now()));
            assertEquals(0, s.available(rid));
        }

        @Test
        void refuses_a_single_award_above_the_cap() {
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    award("c1", "volunteer-hour", 9, ledger.now()));
        }

        @Test
        void accepts_contributions_inside_the_freshness_window() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now().plus(Duration.ofMinutes(5))));
            ledger.ok(s.app, "Points:award", award("c2", "affairs", 1, ledger.now().minus(Duration.ofDays(30))));
        }

        @Test
        void refuses_contributions_in_the_future_or_older_than_the_community_limit() {
            ledger.refused(ErrorCode.STALE_CONTRIBUTION, s.app, "Points:award",
                    award("c1", "patrol", 1, ledger.now().plus(Duration.ofMinutes(5).plusSeconds(1))));
            ledger.refused(ErrorCode.STALE_CONTRIBUTION, s.app, "Points:award",
                    award("c2", "patrol", 1, ledger.now().minus(Duration.ofDays(30).plusSeconds(1))));
        }

        static Stream<Arguments> badAwards() {
            String r = Scenario.residentId("resident-1");
            String at = Scenario.START.toString();
            return Stream.of(
                    Arguments.of("not JSON", "{contributionId:"),
                    Arguments.of("array", "[]"),
                    Arguments.of("empty", ""),
                    Arguments.of("missing id", json("residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at)),
                    Arguments.of("missing quantity", json("contributionId", "c", "residentId", r, "activityType", "patrol", "occurredAt", at)),
                    Arguments.of("zero quantity", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 0, "occurredAt", at)),
                    Arguments.of("negative quantity", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", -3, "occurredAt", at)),
                    Arguments.of("overflowing quantity", "{\"contributionId\":\"c\",\"residentId\":\"" + r + "\",\"activityType\":\"patrol\",\"quantity\":92233720368547758070,\"occurredAt\":\"" + at + "\"}"),
                    Arguments.of("fractional quantity", "{\"contributionId\":\"c\",\"residentId\":\"" + r + "\",\"activityType\":\"patrol\",\"quantity\":1.5,\"occurredAt\":\"" + at + "\"}"),
                    Arguments.of("quantity as string", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", "1", "occurredAt", at)),
                    Arguments.of("quantity above limit", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1_000_001, "occurredAt", at)),
                    Arguments.of("bad instant", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", "yesterday")),
                    Arguments.of("local time", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", "2026-06-15T10:00:00")),
                    Arguments.of("oversize id", json("contributionId", "c".repeat(129), "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at)),
                    Arguments.of("id with slash", json("contributionId", "a/b", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at)),
                    Arguments.of("id with control char", json("contributionId", "a\u0001b", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at)),
                    Arguments.of("resident id not a hash", json("contributionId", "c", "residentId", "zhang-san-13800000000", "activityType", "patrol", "quantity", 1, "occurredAt", at)),
                    Arguments.of("bad evidence hash", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at, "evidenceHash", "not-hex")),
                    Arguments.of("unknown field", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at, "bonus", 100)),
                    Arguments.of("trailing tokens", json("contributionId", "c", "residentId", r, "activityType", "patrol", "quantity", 1, "occurredAt", at) + "{}"),
                    Arguments.of("duplicate field", "{\"contributionId\":\"c\",\"contributionId\":\"d\",\"residentId\":\"" + r + "\",\"activityType\":\"patrol\",\"quantity\":1,\"occurredAt\":\"" + at + "\"}"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badAwards")
        void refuses_bad_arguments_with_validation_failed(String name, String request) {
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:award", request);
        }
    }

    @Nested
    class Reverse {
        @Test
        void takes_back_the_points_and_marks_the_contribution() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 2, ledger.now()));
            TestLedger.Result result = ledger.invoke(s.admin, "Points:reverse", json("contributionId", "c1",
                    "reason", "attendance sheet forged"));
            assertEquals(200, result.status());
            assertEquals(40, result.json().get("reversedPoints").asLong());
            assertEquals(0, result.json().get("unrecoveredPoints").asLong());
            assertEquals("ContributionReversed", result.eventName());
            JsonNode balance = ledger.ok(s.auditor, "Points:getBalance", rid);
            assertEquals(0, balance.get("available").asLong());
            assertEquals(40, balance.get("reversedTotal").asLong());
            assertEquals("REVERSED", TestLedger.parse(ledger.raw(Keys.contribution("demo", "c1"))).get("status").asText());
        }

        @Test
        void takes_back_only_what_is_unspent_and_records_the_rest_as_unrecovered() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 2, ledger.now()));
            s.redeem("r1", rid, 30);
            JsonNode reversal = ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "forged"));
            assertEquals(10, reversal.get("reversedPoints").asLong());
            assertEquals(30, reversal.get("unrecoveredPoints").asLong());
            assertEquals(0, reversal.get("balance").asLong());
            assertEquals(0, s.available(rid));
        }

        @Test
        void refuses_a_second_reversal() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "forged"));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Points:reverse", json("contributionId", "c1",
                    "reason", "again"));
        }

        @Test
        void refuses_other_roles_other_communities_and_unknown_contributions() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            for (Identity who : List.of(s.app, s.merchant, s.bank, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:reverse", json("contributionId", "c1", "reason", "x"));
            }
            // contribution ids are scoped to their community: north has no contribution c1
            ledger.refused(ErrorCode.NOT_FOUND, s.northAdmin, "Points:reverse", json("contributionId", "c1",
                    "reason", "x"));
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Points:reverse", json("contributionId", "c9", "reason", "x"));
        }

        @Test
        void refuses_a_missing_or_oversize_reason() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Points:reverse", json("contributionId", "c1"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Points:reverse", json("contributionId", "c1",
                    "reason", "x".repeat(501)));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Points:reverse", json("contributionId", "c1",
                    "reason", "   "));
        }
    }

    @Nested
    class Redeem {
        @BeforeEach
        void earn() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 5, ledger.now()));
        }

        @Test
        void spends_points_and_owes_the_merchant() {
            TestLedger.Result result = ledger.invoke(s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 20, "item", "soap"));
            assertEquals(200, result.status());
            assertEquals(30, result.json().get("balance").asLong());
            assertEquals("demo-merchant", result.json().get("merchantId").asText());
            assertEquals("PointsRedeemed", result.eventName());
            assertNotNull(ledger.raw("receivable/demo-merchant/r1"));
            JsonNode statement = ledger.ok(s.merchant, "Points:getMerchantStatement", "demo-merchant", "", "");
            assertEquals(20, statement.get("unsettledPoints").asLong());
            assertEquals(1, statement.get("redemptions").size());
        }

        @Test
        void a_merchant_reads_only_its_own_statement_and_cannot_probe_which_merchants_exist() {
            ledger.refused(ErrorCode.FORBIDDEN, s.merchant, "Points:getMerchantStatement", "no-such-merchant", "", "");
        }

        @Test
        void spends_the_oldest_month_first() {
            ledger.advance(Duration.ofDays(20)); // 2026-07-05
            ledger.ok(s.app, "Points:award", award("c2", "patrol", 2, ledger.now()));
            s.redeem("r1", rid, 60);
            JsonNode june = TestLedger.parse(ledger.raw("bucket/" + rid + "/2026-06"));
            JsonNode july = TestLedger.parse(ledger.raw("bucket/" + rid + "/2026-07"));
            assertEquals(50, june.get("spent").asLong());
            assertEquals(10, july.get("spent").asLong());
            JsonNode account = TestLedger.parse(ledger.raw("account/" + rid));
            assertEquals("[\"2026-07\"]", account.get("openMonths").toString());
        }

        @Test
        void refuses_more_than_the_available_balance() {
            ledger.refused(ErrorCode.INSUFFICIENT_POINTS, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 51, "item", "soap"));
            s.redeem("r2", rid, 50);
            ledger.refused(ErrorCode.INSUFFICIENT_POINTS, s.merchant, "Points:redeem", json("redemptionId", "r3",
                    "residentId", rid, "points", 1, "item", "soap"));
        }

        @Test
        void retried_returns_the_original_and_another_body_conflicts() {
            JsonNode first = s.redeem("r1", rid, 10);
            assertEquals(first, s.redeem("r1", rid, 10));
            assertEquals(40, s.available(rid));
            ledger.refused(ErrorCode.ID_CONFLICT, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 11, "item", "rice 5kg"));
            // redemption ids are scoped to their merchant: another merchant's r1 is another redemption
            Identity second = s.communityOrg.issue("shop-2", "client");
            s.register(s.admin, second, "MERCHANT", "shop-2", "demo");
            JsonNode other = ledger.ok(second, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 10, "item", "rice 5kg"));
            assertEquals("shop-2", other.get("merchantId").asText());
            assertEquals(30, s.available(rid));
        }

        @Test
        void refuses_other_roles_and_merchants_of_other_communities() {
            String request = json("redemptionId", "r1", "residentId", rid, "points", 1, "item", "soap");
            for (Identity who : List.of(s.app, s.admin, s.bank, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:redeem", request);
            }
            ledger.refused(ErrorCode.FORBIDDEN, s.northMerchant, "Points:redeem", request);
        }

        @Test
        void refuses_a_suspended_resident_and_an_unknown_one() {
            ledger.refused(ErrorCode.NOT_FOUND, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", Scenario.residentId("nobody"), "points", 1, "item", "soap"));
            ledger.ok(s.admin, "Community:setResidentStatus", json("residentId", rid, "status", "SUSPENDED",
                    "reason", "investigation"));
            ledger.refused(ErrorCode.INVALID_STATE, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 1, "item", "soap"));
        }

        @Test
        void refuses_bad_points_and_items() {
            for (String request : List.of(
                    json("redemptionId", "r1", "residentId", rid, "points", 0, "item", "soap"),
                    json("redemptionId", "r1", "residentId", rid, "points", -5, "item", "soap"),
                    json("redemptionId", "r1", "residentId", rid, "points", 1_000_000_000_001L, "item", "soap"),
                    "{\"redemptionId\":\"r1\",\"residentId\":\"" + rid + "\",\"points\":1e2,\"item\":\"soap\"}",
                    json("redemptionId", "r1", "residentId", rid, "points", 1, "item", "x".repeat(201)),
                    json("redemptionId", "r1", "residentId", rid, "points", 1),
                    json("redemptionId", "r1", "residentId", rid, "points", 1, "item", "soap", "merchantId", "x"))) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.merchant, "Points:redeem", request);
            }
        }
    }

    @Nested
    class Expiry {
        @Test
        void expires_a_month_after_the_policy_and_records_it_when_touched() {
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 2, ledger.now()));
            ledger.setNow(Instant.parse("2028-05-31T23:59:59Z")); // 23 months later: still valid
            assertEquals(40, s.available(rid));
            ledger.setNow(Instant.parse("2028-06-01T00:00:00Z")); // 24 months: expired
            JsonNode balance = ledger.ok(s.auditor, "Points:getBalance", rid);
            assertEquals(0, balance.get("available").asLong());
            assertEquals(40, balance.get("expiredTotal").asLong());
            assertEquals(40, TestLedger.parse(ledger.raw("account/" + rid)).get("available").asLong(),
                    "a read writes nothing");
            ledger.refused(ErrorCode.INSUFFICIENT_POINTS, s.merchant, "Points:redeem", json("redemptionId", "r1",
                    "residentId", rid, "points", 1, "item", "soap"));
            ledger.ok(s.app, "Points:award", award("c2", "affairs", 1, ledger.now()));
            JsonNode history = ledger.ok(s.app, "Points:getHistory", rid, "10", "").get("items");
            assertEquals("EXPIRY", history.get(1).get("type").asText());
            assertEquals(-40, history.get(1).get("points").asLong());
            assertEquals("2026-06", history.get(1).get("ref").asText());
            assertEquals(5, s.available(rid));
        }

        @Test
        void never_expires_with_policy_zero() {
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 0, "maxContributionAgeDays", 30));
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 2, ledger.now()));
            ledger.setNow(Instant.parse("2036-06-15T00:00:00Z"));
            assertEquals(40, s.available(rid));
        }
    }

    @Nested
    class Settle {
        @Test
        void settles_every_receivable_once() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 8, ledger.now()));
            s.redeem("r1", rid, 30);
            s.redeem("r2", rid, 20);
            TestLedger.Result result = ledger.invoke(s.admin, "Points:settle", json("settlementId", "s1",
                    "merchantId", "demo-merchant"));
            assertEquals(200, result.status());
            assertEquals(50, result.json().get("points").asLong());
            assertEquals(2, result.json().get("redemptionCount").asInt());
            assertEquals("MerchantSettled", result.eventName());
            assertNull(ledger.raw("receivable/demo-merchant/r1"));
            JsonNode statement = ledger.ok(s.admin, "Points:getMerchantStatement", "demo-merchant", "", "");
            assertEquals(0, statement.get("unsettledPoints").asLong());
            assertEquals(50, statement.get("totalPoints").asLong());
            assertTrue(statement.get("redemptions").get(0).get("settled").asBoolean());
            assertEquals(result.json(), ledger.ok(s.admin, "Points:settle", json("settlementId", "s1",
                    "merchantId", "demo-merchant")));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Points:settle", json("settlementId", "s2",
                    "merchantId", "demo-merchant"));
        }

        @Test
        void refuses_other_roles_communities_merchants_and_reused_ids() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 8, ledger.now()));
            s.redeem("r1", rid, 30);
            String request = json("settlementId", "s1", "merchantId", "demo-merchant");
            for (Identity who : List.of(s.app, s.merchant, s.bank, s.auditor, s.northAdmin)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:settle", request);
            }
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Points:settle", json("settlementId", "s1",
                    "merchantId", "no-such-shop"));
            ledger.ok(s.admin, "Points:settle", request);
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Points:settle", json("settlementId", "s1",
                    "merchantId", "other-shop"));
            ledger.refused(ErrorCode.FORBIDDEN, s.northAdmin, "Points:settle", request);
        }
    }

    @Nested
    class Statement {
        @Test
        void filters_by_time_and_is_readable_only_by_that_merchant_admin_and_auditor() {
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 8, ledger.now()));
            s.redeem("r1", rid, 10);
            ledger.advance(Duration.ofHours(2));
            s.redeem("r2", rid, 20);
            String cut = ledger.now().minus(Duration.ofHours(1)).toString();
            JsonNode late = ledger.ok(s.auditor, "Points:getMerchantStatement", "demo-merchant", cut, "");
            assertEquals(1, late.get("redemptions").size());
            assertEquals("r2", late.get("redemptions").get(0).get("redemptionId").asText());
            JsonNode early = ledger.ok(s.admin, "Points:getMerchantStatement", "demo-merchant", "", cut);
            assertEquals(10, early.get("totalPoints").asLong());
            assertEquals(30, early.get("unsettledPoints").asLong());
            Identity second = s.communityOrg.issue("shop-2", "client");
            s.register(s.admin, second, "MERCHANT", "shop-2", "demo");
            for (Identity who : List.of(second, s.northMerchant, s.northAdmin, s.app, s.bank)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:getMerchantStatement", "demo-merchant", "", "");
            }
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Points:getMerchantStatement", "demo-merchant",
                    "last week", "");
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Points:getMerchantStatement", "nobody", "", "");
        }
    }

    @Nested
    class History {
        @Test
        void pages_oldest_first_with_a_cursor() {
            for (int i = 0; i < 5; i++) {
                ledger.ok(s.app, "Points:award", award("c" + i, "affairs", 1, ledger.now()));
            }
            JsonNode first = ledger.ok(s.app, "Points:getHistory", rid, "2", "");
            assertEquals(2, first.get("items").size());
            assertEquals("c0", first.get("items").get(0).get("ref").asText());
            JsonNode second = ledger.ok(s.app, "Points:getHistory", rid, "2", first.get("nextCursor").asText());
            assertEquals("c2", second.get("items").get(0).get("ref").asText());
            JsonNode third = ledger.ok(s.app, "Points:getHistory", rid, "2", second.get("nextCursor").asText());
            assertEquals(1, third.get("items").size());
            assertFalse(third.has("nextCursor"));
        }

        @Test
        void refuses_bad_limits_cursors_and_readers() {
            for (String limit : List.of("0", "501", "ten", "-1")) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:getHistory", rid, limit, "");
            }
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:getHistory", rid, "10", "!!!");
            String other = s.enrol("resident-2");
            String foreign = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("history/" + other + "/000000000000").getBytes());
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:getHistory", rid, "10", foreign);
            for (Identity who : List.of(s.merchant, s.bank, s.northApp, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:getHistory", rid, "10", "");
            }
        }
    }

    @Nested
    class Balance {
        @Test
        void is_readable_by_community_roles_and_auditors_only() {
            for (Identity who : List.of(s.admin, s.app, s.merchant, s.auditor)) {
                assertEquals(0, ledger.ok(who, "Points:getBalance", rid).get("available").asLong());
            }
            for (Identity who : List.of(s.bank, s.northApp, s.northMerchant, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Points:getBalance", rid);
            }
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:getBalance", "not-a-resident-id");
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Points:getBalance", Scenario.residentId("nobody"));
        }
    }

    @Nested
    class NoHotKeys {
        private void assertIndependent(Set<String> readsA, Set<String> writesA, Set<String> readsB,
                                       Set<String> writesB) {
            Set<String> touchedB = new HashSet<>(readsB);
            touchedB.addAll(writesB);
            Set<String> touchedA = new HashSet<>(readsA);
            touchedA.addAll(writesA);
            Set<String> clash = new HashSet<>(writesA);
            clash.retainAll(touchedB);
            assertTrue(clash.isEmpty(), () -> "A writes keys B touches: " + clash);
            Set<String> clash2 = new HashSet<>(writesB);
            clash2.retainAll(touchedA);
            assertTrue(clash2.isEmpty(), () -> "B writes keys A touches: " + clash2);
        }

        @Test
        void awards_to_different_residents_share_no_written_key() {
            String other = s.enrol("resident-2");
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            Set<String> readsA = ledger.lastReadKeys();
            Set<String> writesA = ledger.lastWrittenKeys();
            ledger.ok(s.app, "Points:award", awardRequest("c2", other, "patrol", 1, ledger.now()));
            assertIndependent(readsA, writesA, ledger.lastReadKeys(), ledger.lastWrittenKeys());
        }

        @Test
        void redemptions_at_one_merchant_share_no_written_key() {
            String other = s.enrol("resident-2");
            ledger.ok(s.app, "Points:award", award("c1", "patrol", 1, ledger.now()));
            ledger.ok(s.app, "Points:award", awardRequest("c2", other, "patrol", 1, ledger.now()));
            ledger.advance(Duration.ofSeconds(1));
            s.redeem("r1", rid, 5);
            Set<String> readsA = ledger.lastReadKeys();
            Set<String> writesA = ledger.lastWrittenKeys();
            s.redeem("r2", other, 5);
            assertIndependent(readsA, writesA, ledger.lastReadKeys(), ledger.lastWrittenKeys());
        }
    }
}
