package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.awardRequest;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.community.Categories;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Community categories (issue 16): definition, use by activity types, weight in the score; old records. */
class CategoryContractTest {
    private Scenario s;
    private TestLedger ledger;
    private String rid;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        ledger = s.ledger;
        rid = s.enrol("resident-1");
    }

    private static String category(String id, String name, int weight) {
        return json("categoryId", id, "name", name, "creditWeight", weight);
    }

    private JsonNode score(String residentId) {
        return ledger.ok(s.app, "Credit:getResidentCredit", residentId);
    }

    private static long measure(JsonNode score, String factor) {
        for (JsonNode f : score.get("factors")) {
            if (f.get("factor").asText().equals(factor)) {
                return f.get("measure").asLong();
            }
        }
        throw new AssertionError("no factor " + factor + " in " + score);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("categoryId").asText()));
        return ids;
    }

    @Nested
    class DefineCategory {
        @Test
        void stores_the_category_in_the_callers_community_and_announces_it() {
            TestLedger.Result result = ledger.invoke(s.admin, "Community:defineCategory",
                    category("ELDERLY_CARE", "Elderly care", 150));

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"builtIn\":false,\"categoryId\":\"ELDERLY_CARE\",\"communityId\":\"demo\","
                    + "\"creditWeight\":150,\"definedAt\":\"" + ledger.now() + "\",\"name\":\"Elderly care\","
                    + "\"txId\":\"" + result.txId() + "\"}", ledger.raw(Keys.category("demo", "ELDERLY_CARE")));
            assertEquals(ledger.raw(Keys.category("demo", "ELDERLY_CARE")), result.payload());
            assertEquals("CategoryDefined", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "categoryId", "ELDERLY_CARE", "communityId", "demo",
                    "creditWeight", 150, "txId", result.txId()), result.eventPayload());
        }

        @Test
        void answers_the_same_definition_again_with_the_original_and_refuses_another() {
            JsonNode first = ledger.ok(s.admin, "Community:defineCategory", category("ELDERLY_CARE", "Elderly care", 150));
            ledger.advance(java.time.Duration.ofMinutes(1));

            TestLedger.Result again = ledger.invoke(s.admin, "Community:defineCategory",
                    category("ELDERLY_CARE", "Elderly care", 150));
            assertEquals(200, again.status());
            assertEquals(first, again.json());
            assertNull(again.eventName(), "nothing new is announced");

            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:defineCategory",
                    category("ELDERLY_CARE", "Elderly care", 151));
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:defineCategory",
                    category("ELDERLY_CARE", "Care of the elderly", 150));
            assertEquals(before, ledger.snapshot());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"VOLUNTEER_SERVICE", "SAFETY_PATROL", "ANTI_FRAUD_PUBLICITY", "GARBAGE_SORTING",
                "COMMUNITY_AFFAIRS"})
        void refuses_a_default_id_as_an_id_conflict(String id) {
            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:defineCategory", category(id, "Mine", 100));
            assertEquals(before, ledger.snapshot());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "{\"categoryId\":\"elderly_care\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"E\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"1CARE\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"CARE-HOME\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"CARE/HOME\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"A2345678901234567890123456789012345678901\",\"name\":\"x\",\"creditWeight\":100}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\",\"creditWeight\":1001}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\",\"creditWeight\":-1}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\",\"creditWeight\":1.5}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\",\"creditWeight\":\"100\"}",
            "{\"categoryId\":\"CARE\",\"name\":\" \",\"creditWeight\":100}",
            "{\"categoryId\":\"CARE\",\"creditWeight\":100}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\"}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\",\"creditWeight\":100,\"extra\":1}",
            "{\"categoryId\":\"CARE\",\"name\":\"x\\u0007\",\"creditWeight\":100}",
        })
        void refuses_a_bad_request_with_nothing_written(String request) {
            Map<String, String> before = ledger.snapshot();
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:defineCategory", request);
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void accepts_the_longest_id_and_name_and_the_bounds_of_the_weight() {
            String longest = "A" + "B".repeat(39);
            ledger.ok(s.admin, "Community:defineCategory", category(longest, "n".repeat(100), 0));
            ledger.ok(s.admin, "Community:defineCategory", category("HEAVY", "Heavy", 1000));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:defineCategory",
                    category("LONG_NAME", "n".repeat(101), 100));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"app", "merchant", "bank", "auditor", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_a_community_admin(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, s.named(name), "Community:defineCategory",
                    category("ELDERLY_CARE", "Elderly care", 150));
        }
    }

    @Nested
    class ListCategories {
        @BeforeEach
        void define() {
            ledger.ok(s.admin, "Community:defineCategory", category("ELDERLY_CARE", "Elderly care", 150));
            ledger.ok(s.northAdmin, "Community:defineCategory", category("RIVER_CLEANING", "River cleaning", 80));
        }

        @Test
        void shows_the_defaults_then_the_callers_community_categories() {
            JsonNode list = ledger.ok(s.merchant, "Community:listCategories", "");
            List<String> expected = new ArrayList<>(Categories.DEFAULTS);
            expected.add("ELDERLY_CARE");
            assertEquals(expected, ids(list));
            JsonNode patrol = list.get(1);
            assertEquals("SAFETY_PATROL", patrol.get("categoryId").asText());
            assertEquals("Safety patrol", patrol.get("name").asText());
            assertEquals(100, patrol.get("creditWeight").asInt());
            assertTrue(patrol.get("builtIn").asBoolean());
            assertFalse(patrol.has("communityId"));
            assertFalse(list.get(5).get("builtIn").asBoolean());
            assertEquals("demo", list.get(5).get("communityId").asText());
        }

        @Test
        void another_community_cannot_list_them() {
            assertFalse(ids(ledger.ok(s.northApp, "Community:listCategories", "")).contains("ELDERLY_CARE"));
            ledger.refused(ErrorCode.FORBIDDEN, s.northAdmin, "Community:listCategories", "demo");
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Community:listCategories", "demo");
        }

        @Test
        void an_auditor_names_a_community_or_sees_every_communitys() {
            List<String> demo = ids(ledger.ok(s.auditor, "Community:listCategories", "demo"));
            assertTrue(demo.contains("ELDERLY_CARE"));
            assertFalse(demo.contains("RIVER_CLEANING"));
            List<String> all = ids(ledger.ok(s.auditor, "Community:listCategories", ""));
            assertTrue(all.containsAll(List.of("ELDERLY_CARE", "RIVER_CLEANING")));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Community:listCategories", "demo/x");
        }
    }

    @Nested
    class ActivityTypesAndScore {
        @Test
        void a_type_of_a_defined_category_counts_with_type_weight_times_category_weight() {
            ledger.ok(s.admin, "Community:defineCategory", category("ELDERLY_CARE", "Elderly care", 150));
            TestLedger.Result defined = ledger.invoke(s.admin, "Community:defineActivityType", json("activityType",
                    "elder-visit", "category", "ELDERLY_CARE", "pointsPerUnit", 10, "unit", "EVENT",
                    "dailyCapPoints", 100, "creditWeight", 120));
            assertEquals(200, defined.status(), defined::message);
            assertEquals("ELDERLY_CARE", defined.json().get("category").asText());

            ledger.ok(s.app, "Points:award", awardRequest("c1", rid, "elder-visit", 3, ledger.now()));

            JsonNode contribution = TestLedger.parse(ledger.raw(Keys.contribution("demo", "c1")));
            assertEquals("ELDERLY_CARE", contribution.get("category").asText());
            assertEquals(180, contribution.get("creditWeight").asInt(), "120 × 150 / 100");
            JsonNode bucket = TestLedger.parse(ledger.raw(Keys.bucket(rid, java.time.YearMonth.of(2026, 6))));
            assertEquals(30 * 180, bucket.get("creditPoints").asLong());
            assertEquals(30, bucket.at("/categories/ELDERLY_CARE").asLong());

            JsonNode score = score(rid);
            assertEquals(5400, measure(score, "CONTRIBUTION_VOLUME"));
            assertEquals(1, measure(score, "DIVERSITY"));

            ledger.ok(s.app, "Points:award", awardRequest("c2", rid, "patrol", 1, ledger.now()));
            score = score(rid);
            assertEquals(5400 + 20 * 120, measure(score, "CONTRIBUTION_VOLUME"), "a default weighs 100");
            assertEquals(2, measure(score, "DIVERSITY"), "the custom category counts among the distinct ones");
        }

        @Test
        void the_effective_weight_is_rounded_down_to_a_whole_percent() {
            ledger.ok(s.admin, "Community:defineCategory", category("DELIBERATION", "Deliberation", 150));
            s.activityType(s.admin, "meeting", "DELIBERATION", 7, "EVENT", 70, 33);
            ledger.ok(s.app, "Points:award", awardRequest("c1", rid, "meeting", 1, ledger.now()));
            assertEquals(49, TestLedger.parse(ledger.raw(Keys.contribution("demo", "c1"))).get("creditWeight").asInt(),
                    "33 × 150 / 100 = 49.5");
            assertEquals(7 * 49, measure(score(rid), "CONTRIBUTION_VOLUME"));
        }

        @Test
        void a_reversal_takes_out_what_the_award_counted() {
            ledger.ok(s.admin, "Community:defineCategory", category("ELDERLY_CARE", "Elderly care", 150));
            s.activityType(s.admin, "elder-visit", "ELDERLY_CARE", 10, "EVENT", 100, 120);
            ledger.ok(s.app, "Points:award", awardRequest("c1", rid, "elder-visit", 3, ledger.now()));
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "not attested"));
            JsonNode score = score(rid);
            assertEquals(0, measure(score, "CONTRIBUTION_VOLUME"));
            assertEquals(0, measure(score, "DIVERSITY"));
        }

        @Test
        void refuses_a_type_in_a_category_neither_default_nor_defined_in_its_community() {
            ledger.ok(s.northAdmin, "Community:defineCategory", category("RIVER_CLEANING", "River cleaning", 80));
            Map<String, String> before = ledger.snapshot();
            TestLedger.Result result = ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:defineActivityType",
                    json("activityType", "river", "category", "RIVER_CLEANING", "pointsPerUnit", 1, "unit", "EVENT",
                            "dailyCapPoints", 10, "creditWeight", 100));
            assertEquals("NOT_FOUND: category not found", result.message());
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:defineActivityType",
                    json("activityType", "sports", "category", "SPORTS", "pointsPerUnit", 1, "unit", "EVENT",
                            "dailyCapPoints", 10, "creditWeight", 100));
            assertEquals(before, ledger.snapshot());
        }
    }

    /**
     * Records written before categories were ids hold the enum constants' names: the same strings. They read, award,
     * reverse and score exactly as before.
     */
    @Nested
    class RecordsOfTheEarlierVersion {
        @Test
        void buckets_with_enum_named_categories_score_as_before() {
            String other = s.enrol("resident-2");
            // written by the earlier chaincode: categories keyed by enum names, creditPoints = points × type weight
            ledger.putRaw(Keys.bucket(other, java.time.YearMonth.of(2026, 5)), "{\"awardedOn\":{\"2026-05-02/"
                    + "volunteer-hour\":50},\"categories\":{\"VOLUNTEER_SERVICE\":50},\"creditPoints\":5000,"
                    + "\"earned\":50,\"expired\":0,\"month\":\"2026-05\",\"residentId\":\"" + other + "\","
                    + "\"reversals\":0,\"reversed\":0,\"spent\":0}");
            ledger.putRaw(Keys.bucket(other, java.time.YearMonth.of(2026, 6)), "{\"awardedOn\":{\"2026-06-15/"
                    + "patrol\":40},\"categories\":{\"SAFETY_PATROL\":40,\"VOLUNTEER_SERVICE\":0},\"creditPoints\":4800,"
                    + "\"earned\":40,\"expired\":0,\"month\":\"2026-06\",\"residentId\":\"" + other + "\","
                    + "\"reversals\":0,\"reversed\":0,\"spent\":0}");

            JsonNode score = score(other);
            // the earlier chaincode's figures: volume 400 × 9800 / 120000 = 32, two active months 250 × 2 / 12 = 41,
            // two categories 150 × 2 / 4 = 75, tenure 0, no reversals 100
            assertEquals(9800, measure(score, "CONTRIBUTION_VOLUME"));
            assertEquals(2, measure(score, "ACTIVE_MONTHS"));
            assertEquals(2, measure(score, "DIVERSITY"));
            assertEquals(32 + 41 + 75 + 0 + 100, score.get("score").asInt());
            assertEquals("D", score.get("band").asText());
        }

        @Test
        void an_activity_type_and_a_contribution_of_the_earlier_form_award_and_reverse_as_before() {
            ledger.putRaw(Keys.activityType("demo", "old-patrol"), "{\"activityType\":\"old-patrol\",\"category\":"
                    + "\"SAFETY_PATROL\",\"communityId\":\"demo\",\"creditWeight\":120,\"dailyCapPoints\":40,"
                    + "\"definedAt\":\"2026-01-01T00:00:00Z\",\"pointsPerUnit\":20,\"txId\":\"t0\",\"unit\":\"EVENT\"}");
            ledger.ok(s.app, "Points:award", awardRequest("c1", rid, "old-patrol", 2, ledger.now()));
            JsonNode contribution = TestLedger.parse(ledger.raw(Keys.contribution("demo", "c1")));
            assertEquals("SAFETY_PATROL", contribution.get("category").asText());
            assertEquals(120, contribution.get("creditWeight").asInt(), "a default category weighs 100");
            assertEquals(40 * 120, measure(score(rid), "CONTRIBUTION_VOLUME"));

            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "duplicate"));
            JsonNode bucket = TestLedger.parse(ledger.raw(Keys.bucket(rid, java.time.YearMonth.of(2026, 6))));
            assertEquals(0, bucket.get("creditPoints").asLong());
            assertEquals(0, bucket.at("/categories/SAFETY_PATROL").asLong());
        }
    }
}
