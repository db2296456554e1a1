package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.awardRequest;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.civicledger.chaincode.testing.TestLedger.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Community:setPolicy, defineActivityType, listActivityTypes, enrolResident, setResidentStatus
 * and getResident through the real contract router.
 */
class CommunityContractTest {
    private static final String P256_KEY = publicKey("EC", new ECGenParameterSpec("secp256r1"));
    private static final String OTHER_P256_KEY = publicKey("EC", new ECGenParameterSpec("secp256r1"));

    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;

    private Identity who(String name) {
        return s.named(name);
    }

    /** Invokes, and asserts success with no write and no event: a repeat that must change nothing. */
    private JsonNode okWithoutWrite(Identity caller, String function, String... args) {
        Map<String, String> before = ledger.snapshot();
        Result result = ledger.invoke(caller, function, args);
        assertEquals(200, result.status(), result::message);
        assertNull(result.eventName(), "a repeat set an event");
        assertEquals(before, ledger.snapshot(), "a repeat changed the state");
        return result.json();
    }

    private JsonNode record(String key) {
        return TestLedger.parse(ledger.raw(key));
    }

    private JsonNode balance(String residentId) {
        return ledger.ok(s.auditor, "Points:getBalance", residentId);
    }

    private static String policy(long expiryMonths, long maxAgeDays) {
        return json("pointsExpiryMonths", expiryMonths, "maxContributionAgeDays", maxAgeDays);
    }

    @Nested
    class SetPolicy {
        @Test
        void a_new_community_starts_with_24_months_expiry_and_30_days_maximum_age() {
            assertEquals("{\"communityId\":\"demo\",\"createdAt\":\"2026-06-15T10:00:00Z\","
                    + "\"maxContributionAgeDays\":30,\"ownerMspId\":\"CommunityMSP\",\"pointsExpiryMonths\":24,\"scopedIds\":true}",
                    ledger.raw(Keys.community("demo")));
            assertEquals(24, record(Keys.community("north")).get("pointsExpiryMonths").asInt());
            assertEquals(30, record(Keys.community("north")).get("maxContributionAgeDays").asInt());
        }

        @Test
        void sets_the_consent_lifetime_and_keeps_it_when_a_request_leaves_it_out() {
            assertEquals(365, ledger.ok(s.admin, "Community:setPolicy", policy(24, 30)).get("maxConsentDays").asInt());
            JsonNode set = ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24,
                    "maxContributionAgeDays", 30, "maxConsentDays", 90));
            assertEquals(90, set.get("maxConsentDays").asInt());
            assertEquals(90, ledger.ok(s.admin, "Community:setPolicy", policy(12, 7)).get("maxConsentDays").asInt());
            assertEquals(90, record(Keys.community("demo")).get("maxConsentDays").asInt());
        }

        @Test
        void refuses_a_consent_lifetime_out_of_range() {
            for (Object days : new Object[] {0, -1, 3651, 1.5, "90"}) {
                Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:setPolicy",
                        json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30, "maxConsentDays", days));
                assertTrue(refused.message().contains("maxConsentDays"), refused::message);
            }
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "maxConsentDays", 3650));
        }

        @Test
        void stores_the_new_policy_for_the_callers_community_and_announces_it() {
            String north = ledger.raw(Keys.community("north"));

            Result result = ledger.invoke(s.admin, "Community:setPolicy", policy(12, 7));

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"attesterRequired\":false,\"communityId\":\"demo\",\"createdAt\":\"2026-06-15T10:00:00Z\","
                    + "\"maxConsentDays\":365,\"maxContributionAgeDays\":7,\"ownerMspId\":\"CommunityMSP\","
                    + "\"pendingExpiryDays\":14,\"pointsExpiryMonths\":12,\"scopedIds\":true}",
                    ledger.raw(Keys.community("demo")));
            assertEquals(ledger.raw(Keys.community("demo")), result.payload());
            assertEquals(north, ledger.raw(Keys.community("north")));
            assertEquals("PolicyUpdated", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "attesterRequired", false, "communityId", "demo",
                    "maxConsentDays", 365, "maxContributionAgeDays", 7, "pendingExpiryDays", 14,
                    "pointsExpiryMonths", 12, "txId", result.txId()), result.eventPayload());
        }

        @Test
        void sets_only_the_callers_own_community() {
            String demo = ledger.raw(Keys.community("demo"));

            JsonNode updated = ledger.ok(s.northAdmin, "Community:setPolicy", policy(6, 14));

            assertEquals("north", updated.get("communityId").asText());
            assertEquals(6, record(Keys.community("north")).get("pointsExpiryMonths").asInt());
            assertEquals(demo, ledger.raw(Keys.community("demo")));
        }

        @ParameterizedTest(name = "expiry {0} months, max age {1} days")
        @CsvSource({"0, 1", "1200, 3650", "24, 30"})
        void accepts_the_bounds_of_each_setting(long expiryMonths, long maxAgeDays) {
            JsonNode updated = ledger.ok(s.admin, "Community:setPolicy", policy(expiryMonths, maxAgeDays));

            assertEquals(expiryMonths, record(Keys.community("demo")).get("pointsExpiryMonths").asLong());
            assertEquals(maxAgeDays, updated.get("maxContributionAgeDays").asLong());
        }

        @Test
        void a_shorter_maximum_age_makes_older_contributions_stale() {
            String rid = s.enrol("person-1");
            Instant tenDaysAgo = ledger.now().minus(Duration.ofDays(10));
            s.award(s.app, "c-before", rid, "volunteer-hour", 1, tenDaysAgo);

            ledger.ok(s.admin, "Community:setPolicy", policy(24, 7));

            ledger.refused(ErrorCode.STALE_CONTRIBUTION, s.app, "Points:award",
                    awardRequest("c-after", rid, "volunteer-hour", 1, tenDaysAgo));
            s.award(s.app, "c-recent", rid, "volunteer-hour", 1, ledger.now().minus(Duration.ofDays(6)));
            assertEquals(20, s.available(rid));
        }

        @Test
        void a_longer_maximum_age_accepts_contributions_the_default_refuses() {
            String rid = s.enrol("person-1");
            Instant fortyDaysAgo = ledger.now().minus(Duration.ofDays(40));
            ledger.refused(ErrorCode.STALE_CONTRIBUTION, s.app, "Points:award",
                    awardRequest("c-old", rid, "volunteer-hour", 1, fortyDaysAgo));

            ledger.ok(s.admin, "Community:setPolicy", policy(24, 60));

            assertEquals(10, s.award(s.app, "c-old", rid, "volunteer-hour", 1, fortyDaysAgo).get("points").asLong());
        }

        @Test
        void a_shorter_expiry_expires_points_sooner() {
            String rid = s.enrol("person-1");
            s.award("c1", rid, "volunteer-hour", 1);
            ledger.setNow(Instant.parse("2026-08-02T10:00:00Z"));
            assertEquals(10, balance(rid).get("available").asLong());

            ledger.ok(s.admin, "Community:setPolicy", policy(1, 30));

            JsonNode after = balance(rid);
            assertEquals(0, after.get("available").asLong());
            assertEquals(10, after.get("expiredTotal").asLong());
        }

        @Test
        void an_expiry_of_zero_months_never_expires_points() {
            String rid = s.enrol("person-1");
            s.award("c1", rid, "volunteer-hour", 1);
            ledger.setNow(Instant.parse("2029-07-01T10:00:00Z"));
            assertEquals(0, balance(rid).get("available").asLong(), "the default 24 months expire them");

            ledger.ok(s.admin, "Community:setPolicy", policy(0, 30));

            JsonNode after = balance(rid);
            assertEquals(10, after.get("available").asLong());
            assertEquals(0, after.get("expiredTotal").asLong());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"app", "merchant", "bank", "auditor", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_a_community_admin(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:setPolicy", policy(12, 7));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badPolicies")
        void refuses_a_bad_request_with_nothing_written(String why, String request, String reason) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:setPolicy", request);

            assertTrue(result.message().contains(reason), result.message());
        }
    }

    @Nested
    class DefineActivityType {
        private final String treePlanting = json("activityType", "tree-planting", "category", "VOLUNTEER_SERVICE",
                "pointsPerUnit", 7, "unit", "HOUR", "dailyCapPoints", 56, "creditWeight", 90);

        @Test
        void stores_the_rule_in_the_callers_community_and_announces_it() {
            Result result = ledger.invoke(s.admin, "Community:defineActivityType", treePlanting);

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"activityType\":\"tree-planting\",\"category\":\"VOLUNTEER_SERVICE\","
                    + "\"communityId\":\"demo\",\"creditWeight\":90,\"dailyCapPoints\":56,"
                    + "\"definedAt\":\"2026-06-15T10:00:00Z\",\"pointsPerUnit\":7,\"txId\":\"" + result.txId()
                    + "\",\"unit\":\"HOUR\"}", ledger.raw(Keys.activityType("demo", "tree-planting")));
            assertEquals(ledger.raw(Keys.activityType("demo", "tree-planting")), result.payload());
            assertEquals("ActivityTypeDefined", result.eventName());
            assertEquals(json("activityType", "tree-planting", "at", ledger.now().toString(), "category", "VOLUNTEER_SERVICE",
                    "communityId", "demo", "creditWeight", 90, "dailyCapPoints", 56, "pointsPerUnit", 7,
                    "txId", result.txId()), result.eventPayload());
        }

        @Test
        void lets_the_communitys_apps_award_by_the_new_rule() {
            ledger.ok(s.admin, "Community:defineActivityType", treePlanting);
            String rid = s.enrol("person-1");

            assertEquals(21, s.award("c1", rid, "tree-planting", 3).get("points").asLong());
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    awardRequest("c2", rid, "tree-planting", 6, ledger.now()));
        }

        @Test
        void returns_the_first_definition_when_the_same_rule_is_repeated_without_writing() {
            JsonNode first = ledger.ok(s.admin, "Community:defineActivityType", treePlanting);
            ledger.advance(Duration.ofHours(2));

            JsonNode again = okWithoutWrite(s.admin, "Community:defineActivityType", treePlanting);

            assertEquals(first, again);
        }

        @ParameterizedTest(name = "different {0}")
        @CsvSource({
            "category, COMMUNITY_AFFAIRS",
            "pointsPerUnit, 8",
            "unit, EVENT",
            "dailyCapPoints, 57",
            "creditWeight, 91"})
        void refuses_the_same_id_with_a_different_rule(String field, String value) {
            ledger.ok(s.admin, "Community:defineActivityType", treePlanting);
            Map<String, String> fields = new LinkedHashMap<>(treePlantingRaw());
            fields.put(field, value.chars().allMatch(Character::isDigit) ? value : Json.text(value));

            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:defineActivityType", object(fields));
        }

        @Test
        void keeps_activity_types_of_different_communities_apart() {
            String demoPatrol = ledger.raw(Keys.activityType("demo", "patrol"));

            JsonNode north = s.activityType(s.northAdmin, "patrol", "SAFETY_PATROL", 30, "EVENT", 60, 100);

            assertEquals("north", north.get("communityId").asText());
            assertEquals(30, record(Keys.activityType("north", "patrol")).get("pointsPerUnit").asLong());
            assertEquals(demoPatrol, ledger.raw(Keys.activityType("demo", "patrol")));
        }

        @Test
        void accepts_the_bounds_of_each_number() {
            s.activityType(s.admin, "smallest", "GARBAGE_SORTING", 1, "KILOGRAM", 1, 0);
            s.activityType(s.admin, "largest", "ANTI_FRAUD_PUBLICITY", 1_000_000, "EVENT", 100_000_000, 1000);

            assertEquals(0, record(Keys.activityType("demo", "smallest")).get("creditWeight").asInt());
            assertEquals(100_000_000, record(Keys.activityType("demo", "largest")).get("dailyCapPoints").asLong());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"app", "merchant", "bank", "auditor", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_a_community_admin(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:defineActivityType", treePlanting);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badActivityTypes")
        void refuses_a_bad_request_with_nothing_written(String why, String request, String reason) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:defineActivityType",
                    request);

            assertTrue(result.message().contains(reason), result.message());
        }
    }

    @Nested
    class ListActivityTypes {
        private List<String> ids(JsonNode list) {
            List<String> ids = new ArrayList<>();
            list.forEach(t -> ids.add(t.get("communityId").asText() + "/" + t.get("activityType").asText()));
            return ids;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "app", "merchant"})
        void shows_a_community_member_its_own_communitys_types_in_id_order(String name) {
            JsonNode list = ledger.ok(who(name), "Community:listActivityTypes", "");

            assertEquals(List.of("demo/affairs", "demo/anti-fraud", "demo/patrol", "demo/sorting",
                    "demo/volunteer-hour"), ids(list));
            assertEquals(record(Keys.activityType("demo", "patrol")), list.get(2));
        }

        @Test
        void shows_a_community_member_its_own_community_when_it_names_it() {
            assertEquals(List.of("north/volunteer-hour"),
                    ids(ledger.ok(s.northApp, "Community:listActivityTypes", "north")));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"bank", "auditor"})
        void shows_banks_and_auditors_every_communitys_types(String name) {
            JsonNode list = ledger.ok(who(name), "Community:listActivityTypes", "");

            assertEquals(6, list.size());
            assertEquals(List.of("demo/affairs", "demo/anti-fraud", "demo/patrol", "demo/sorting",
                    "demo/volunteer-hour", "north/volunteer-hour"), ids(list));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"bank", "auditor"})
        void shows_banks_and_auditors_one_community_when_they_name_it(String name) {
            assertEquals(List.of("north/volunteer-hour"),
                    ids(ledger.ok(who(name), "Community:listActivityTypes", "north")));
        }

        @Test
        void includes_a_newly_defined_type() {
            s.activityType(s.northAdmin, "patrol", "SAFETY_PATROL", 30, "EVENT", 60, 100);

            assertEquals(List.of("north/patrol", "north/volunteer-hour"),
                    ids(ledger.ok(s.northAdmin, "Community:listActivityTypes", "")));
        }

        @Test
        void writes_nothing() {
            okWithoutWrite(s.auditor, "Community:listActivityTypes", "");
        }

        @ParameterizedTest(name = "{0} naming {1}")
        @CsvSource({"admin, north", "app, north", "merchant, north", "northApp, demo", "admin, nowhere"})
        void refuses_a_community_member_naming_another_community(String name, String community) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:listActivityTypes", community);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"stranger", "communityOrgAdmin"})
        void refuses_an_identity_without_a_role(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:listActivityTypes", "");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badCommunityIds")
        void refuses_a_community_id_that_is_not_an_id(String community) {
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Community:listActivityTypes", community);
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:listActivityTypes", community);
        }
    }

    @Nested
    class EnrolResident {
        private final String rid = Scenario.residentId("person-1");

        @Test
        void stores_an_active_resident_in_the_callers_community_and_announces_it() {
            Result result = ledger.invoke(s.app, "Community:enrolResident", json("residentId", rid));

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"communityId\":\"demo\",\"enrolledAt\":\"2026-06-15T10:00:00Z\",\"residentId\":\"" + rid
                    + "\",\"status\":\"ACTIVE\",\"txId\":\"" + result.txId() + "\"}", ledger.raw(Keys.resident(rid)));
            assertEquals(ledger.raw(Keys.resident(rid)), result.payload());
            assertEquals("ResidentEnrolled", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "communityId", "demo", "residentId", rid, "txId", result.txId()),
                    result.eventPayload());
        }

        @Test
        void lets_a_community_admin_enrol_in_its_community() {
            JsonNode resident = ledger.ok(s.northAdmin, "Community:enrolResident", json("residentId", rid));

            assertEquals("north", resident.get("communityId").asText());
            assertEquals("north", record(Keys.resident(rid)).get("communityId").asText());
        }

        @Test
        void lets_the_new_resident_earn_points() {
            ledger.ok(s.app, "Community:enrolResident", json("residentId", rid));

            assertEquals(10, s.award("c1", rid, "volunteer-hour", 1).get("balance").asLong());
        }

        @Test
        void stores_the_residents_p256_public_key() {
            JsonNode resident = ledger.ok(s.app, "Community:enrolResident",
                    json("residentId", rid, "publicKey", P256_KEY));

            assertEquals(P256_KEY, resident.get("publicKey").asText());
            assertEquals(P256_KEY, record(Keys.resident(rid)).get("publicKey").asText());
        }

        @Test
        void returns_the_first_enrolment_when_the_same_resident_is_enrolled_again_without_writing() {
            Result first = ledger.invoke(s.app, "Community:enrolResident", json("residentId", rid));
            ledger.advance(Duration.ofDays(3));

            JsonNode again = okWithoutWrite(s.admin, "Community:enrolResident", json("residentId", rid));

            assertEquals(first.json(), again);
            assertEquals(first.txId(), again.get("txId").asText());
            assertEquals("2026-06-15T10:00:00Z", again.get("enrolledAt").asText());
        }

        @Test
        void returns_the_first_enrolment_when_repeated_with_the_same_key_or_without_one() {
            Result first = ledger.invoke(s.app, "Community:enrolResident",
                    json("residentId", rid, "publicKey", P256_KEY));

            assertEquals(first.json(), okWithoutWrite(s.app, "Community:enrolResident",
                    json("residentId", rid, "publicKey", P256_KEY)));
            assertEquals(first.json(), okWithoutWrite(s.app, "Community:enrolResident", json("residentId", rid)));
        }

        @Test
        void returns_a_suspended_resident_as_it_is_rather_than_reactivating_it() {
            s.enrol("person-1");
            ledger.ok(s.admin, "Community:setResidentStatus",
                    json("residentId", rid, "status", "SUSPENDED", "reason", "fraud"));

            JsonNode again = okWithoutWrite(s.app, "Community:enrolResident", json("residentId", rid));

            assertEquals("SUSPENDED", again.get("status").asText());
        }

        @Test
        void refuses_the_same_resident_with_a_different_public_key() {
            ledger.ok(s.app, "Community:enrolResident", json("residentId", rid, "publicKey", P256_KEY));

            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Community:enrolResident",
                    json("residentId", rid, "publicKey", OTHER_P256_KEY));
        }

        @Test
        void refuses_adding_a_public_key_to_a_resident_enrolled_without_one() {
            ledger.ok(s.app, "Community:enrolResident", json("residentId", rid));

            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Community:enrolResident",
                    json("residentId", rid, "publicKey", P256_KEY));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"northApp", "northAdmin"})
        void refuses_enrolling_a_resident_of_another_community(String name) {
            ledger.ok(s.app, "Community:enrolResident", json("residentId", rid));

            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:enrolResident", json("residentId", rid));
            assertEquals("demo", record(Keys.resident(rid)).get("communityId").asText());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"merchant", "bank", "auditor", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_admins_and_apps(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:enrolResident", json("residentId", rid));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badEnrolments")
        void refuses_a_bad_request_with_nothing_written(String why, String request, String reason) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Community:enrolResident", request);

            assertTrue(result.message().contains(reason), result.message());
        }
    }

    @Nested
    class SetResidentStatus {
        private String rid;

        private String status(String residentId, String status, String reason) {
            return json("residentId", residentId, "status", status, "reason", reason);
        }

        @BeforeEach
        void enrol() {
            rid = s.enrol("person-1");
        }

        @Test
        void stores_the_status_and_reason_and_announces_it() {
            String before = ledger.raw(Keys.resident(rid));

            Result result = ledger.invoke(s.admin, "Community:setResidentStatus",
                    status(rid, "SUSPENDED", "fraud investigation"));

            assertEquals(200, result.status(), result::message);
            JsonNode stored = record(Keys.resident(rid));
            assertEquals("SUSPENDED", stored.get("status").asText());
            assertEquals("fraud investigation", stored.get("statusReason").asText());
            assertEquals(TestLedger.parse(before).get("txId"), stored.get("txId"), "the enrolment stays as it was");
            assertEquals(stored, result.json());
            assertEquals("ResidentStatusChanged", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "communityId", "demo", "residentId", rid,
                    "status", "SUSPENDED", "txId", result.txId()), result.eventPayload());
        }

        @Test
        void a_suspended_resident_cannot_earn() {
            ledger.ok(s.admin, "Community:setResidentStatus", status(rid, "SUSPENDED", "fraud"));

            Result refused = ledger.refused(ErrorCode.INVALID_STATE, s.app, "Points:award",
                    awardRequest("c1", rid, "volunteer-hour", 1, ledger.now()));

            assertTrue(refused.message().contains("SUSPENDED"), refused.message());
        }

        @Test
        void a_suspended_resident_cannot_redeem() {
            s.award("c1", rid, "volunteer-hour", 2);
            ledger.ok(s.admin, "Community:setResidentStatus", status(rid, "SUSPENDED", "fraud"));

            ledger.refused(ErrorCode.INVALID_STATE, s.merchant, "Points:redeem",
                    json("redemptionId", "r1", "residentId", rid, "points", 5, "item", "soap"));
            assertEquals(20, s.available(rid));
        }

        @Test
        void a_reactivated_resident_earns_again() {
            ledger.ok(s.admin, "Community:setResidentStatus", status(rid, "SUSPENDED", "fraud"));
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Points:award",
                    awardRequest("c1", rid, "volunteer-hour", 1, ledger.now()));

            JsonNode reactivated = ledger.ok(s.admin, "Community:setResidentStatus",
                    status(rid, "ACTIVE", "cleared"));

            assertEquals("ACTIVE", reactivated.get("status").asText());
            assertEquals(10, s.award("c1", rid, "volunteer-hour", 1).get("balance").asLong());
        }

        @Test
        void refuses_an_unknown_resident() {
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:setResidentStatus",
                    status(Scenario.residentId("nobody"), "SUSPENDED", "fraud"));
        }

        @Test
        void refuses_the_admin_of_another_community() {
            ledger.refused(ErrorCode.FORBIDDEN, s.northAdmin, "Community:setResidentStatus",
                    status(rid, "SUSPENDED", "fraud"));
            assertEquals("ACTIVE", record(Keys.resident(rid)).get("status").asText());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"app", "merchant", "bank", "auditor", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_a_community_admin(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:setResidentStatus",
                    status(rid, "SUSPENDED", "fraud"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badStatusChanges")
        void refuses_a_bad_request_with_nothing_written(String why, String request, String reason) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:setResidentStatus",
                    request);

            assertTrue(result.message().contains(reason), result.message());
        }
    }

    @Nested
    class GetResident {
        private String rid;

        @BeforeEach
        void enrol() {
            rid = s.enrol("person-1");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "app", "auditor"})
        void returns_the_stored_resident_without_writing(String name) {
            JsonNode resident = okWithoutWrite(who(name), "Community:getResident", rid);

            assertEquals(record(Keys.resident(rid)), resident);
            assertEquals("ACTIVE", resident.get("status").asText());
        }

        @Test
        void shows_the_current_status_and_its_reason() {
            ledger.ok(s.admin, "Community:setResidentStatus",
                    json("residentId", rid, "status", "SUSPENDED", "reason", "fraud"));

            JsonNode resident = ledger.ok(s.app, "Community:getResident", rid);

            assertEquals("SUSPENDED", resident.get("status").asText());
            assertEquals("fraud", resident.get("statusReason").asText());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"northAdmin", "northApp"})
        void refuses_a_member_of_another_community(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:getResident", rid);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"merchant", "northMerchant", "bank", "stranger", "communityOrgAdmin"})
        void refuses_every_caller_but_admins_apps_and_auditors(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:getResident", rid);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"bank", "stranger", "merchant"})
        void refuses_a_caller_without_the_right_before_telling_whether_a_resident_exists(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Community:getResident", Scenario.residentId("nobody"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "auditor"})
        void refuses_an_unknown_resident(String name) {
            ledger.refused(ErrorCode.NOT_FOUND, who(name), "Community:getResident", Scenario.residentId("nobody"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("org.civicledger.chaincode.contract.CommunityContractTest#badResidentIds")
        void refuses_an_id_that_is_not_64_lowercase_hex_digits(String residentId) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:getResident", residentId);

            assertTrue(result.message().contains("residentId must be 64 lowercase hex digits"), result.message());
        }
    }

    // ---- bad inputs -------------------------------------------------------------------------

    private static final String HEX64 = Scenario.residentId("person-1");

    /** A JSON object from raw JSON values, in order; a null value leaves the field out. */
    private static String object(Map<String, String> rawFields) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        rawFields.forEach((name, raw) -> {
            if (raw != null) {
                out.add(Json.text(name) + ":" + raw);
            }
        });
        return out.toString();
    }

    private static String with(Map<String, String> base, String field, String raw) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.put(field, raw);
        return object(fields);
    }

    private static Map<String, String> treePlantingRaw() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activityType", "\"tree-planting\"");
        fields.put("category", "\"VOLUNTEER_SERVICE\"");
        fields.put("pointsPerUnit", "7");
        fields.put("unit", "\"HOUR\"");
        fields.put("dailyCapPoints", "56");
        fields.put("creditWeight", "90");
        return fields;
    }

    /** A bad request, why it is bad, and what the refusal's message must say. */
    private static Arguments bad(String why, String reason, String request) {
        return Arguments.of(why, request, reason);
    }

    /** Bad JSON documents that every transaction taking a request must refuse. */
    private static Stream<Arguments> badDocuments(String valid) {
        String open = valid.substring(0, valid.length() - 1);
        return Stream.of(
                bad("malformed JSON", "malformed JSON", open),
                bad("trailing garbage after the object", "malformed JSON", valid + "x"),
                bad("two objects", "malformed JSON", valid + valid),
                bad("not an object", "must be a JSON object", "[" + valid + "]"),
                bad("a bare number", "must be a JSON object", "12"),
                bad("empty body", "request body is required", ""),
                bad("blank body", "request body is required", " \n "),
                bad("JSON null", "must be a JSON object", "null"),
                bad("single quotes", "malformed JSON", valid.replace('"', '\'')),
                bad("an unknown field", "unknown field (field ", open + ",\"note\":\"x\"}"),
                bad("a duplicate field", "a field appears more than once", valid.replace("{", "{\"x\":1,\"x\":2,")),
                bad("a body over 64 KiB", "exceeds", open + ",\"pad\":\"" + "p".repeat(65 * 1024) + "\"}"));
    }

    private static Stream<Arguments> badNumbers(Map<String, String> base, String field, String... outOfRange) {
        List<Arguments> cases = new ArrayList<>();
        for (String raw : outOfRange) {
            cases.add(bad(field + " " + raw, field + " must be between", with(base, field, raw)));
        }
        cases.add(bad(field + " beyond long", field + " must be between", with(base, field, "9223372036854775808")));
        cases.add(bad(field + " below long", field + " must be between", with(base, field, "-9223372036854775809")));
        for (String raw : List.of("1e3", "1E2", "1.0", "2.5", "\"12\"", "true", "[1]", "{}")) {
            cases.add(bad(field + " " + raw, field + " must be a whole number", with(base, field, raw)));
        }
        cases.add(bad(field + " missing", field + " is required", with(base, field, null)));
        cases.add(bad(field + " null", field + " is required", with(base, field, "null")));
        return cases.stream();
    }

    private static Stream<Arguments> badTexts(Map<String, String> base, String field, int maxLength) {
        return Stream.of(
                bad(field + " missing", field + " is required", with(base, field, null)),
                bad(field + " empty", field + " must not be blank", with(base, field, "\"\"")),
                bad(field + " blank", field + " must not be blank", with(base, field, "\"  \\t \"")),
                bad(field + " a number", field + " must be a string", with(base, field, "5")),
                bad(field + " an object", field + " must be a string", with(base, field, "{}")),
                bad(field + " oversize", field + " must be at most " + maxLength,
                        with(base, field, Json.text("a".repeat(maxLength + 1)))),
                bad(field + " with NUL", field + " must not contain control characters",
                        with(base, field, "\"a\\u0000b\"")),
                bad(field + " with a tab", field + " must not contain control characters",
                        with(base, field, "\"a\\tb\"")),
                bad(field + " with DEL", field + " must not contain control characters",
                        with(base, field, "\"a\\u007fb\"")),
                bad(field + " with an unescaped newline", "malformed JSON", with(base, field, "\"a\nb\"")));
    }

    static Stream<Arguments> badPolicies() {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("pointsExpiryMonths", "12");
        base.put("maxContributionAgeDays", "7");
        return Stream.of(
                badDocuments(object(base)),
                badNumbers(base, "pointsExpiryMonths", "-1", "1201"),
                badNumbers(base, "maxContributionAgeDays", "0", "-1", "3651"))
                .flatMap(x -> x);
    }

    static Stream<Arguments> badActivityTypes() {
        Map<String, String> base = treePlantingRaw();
        String idRule = "activityType must be 1-128 characters";
        return Stream.of(
                badDocuments(object(base)),
                badTexts(base, "activityType", 128),
                Stream.of(
                        bad("activityType with a key separator", idRule, with(base, "activityType", "\"tree/planting\"")),
                        bad("activityType with a space", idRule, with(base, "activityType", "\"tree planting\"")),
                        bad("activityType starting with a dot", idRule, with(base, "activityType", "\".hidden\"")),
                        bad("activityType not ASCII", idRule, with(base, "activityType", "\"\u690d\u6811\"")),
                        bad("category of a bad form", "category must be an upper-case letter",
                                with(base, "category", "\"S\"")),
                        bad("lower-case category", "category must be an upper-case letter",
                                with(base, "category", "\"volunteer_service\"")),
                        bad("category an ordinal", "category must be a string", with(base, "category", "0")),
                        bad("category missing", "category is required", with(base, "category", null)),
                        bad("unknown unit", "unit must be one of", with(base, "unit", "\"LITRE\"")),
                        bad("unit blank", "unit must not be blank", with(base, "unit", "\" \"")),
                        bad("unit missing", "unit is required", with(base, "unit", null))),
                badNumbers(base, "pointsPerUnit", "0", "-1", "1000001"),
                badNumbers(base, "dailyCapPoints", "0", "-5", "100000001"),
                badNumbers(base, "creditWeight", "-1", "1001"))
                .flatMap(x -> x);
    }

    static Stream<Arguments> badEnrolments() {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("residentId", Json.text(HEX64));
        base.put("publicKey", Json.text(P256_KEY));
        return Stream.of(
                badDocuments(object(base)),
                badResidentIdFields(base),
                badTexts(base, "publicKey", 512).filter(a -> !a.get()[0].equals("publicKey missing")),
                badPublicKeys().map(a -> bad((String) a.get()[0], "publicKey must be a base64 X.509",
                        with(base, "publicKey", Json.text((String) a.get()[1])))))
                .flatMap(x -> x);
    }

    /** Keys that are not base64 SubjectPublicKeyInfo of an EC P-256 key, each under the 512-character limit. */
    static Stream<Arguments> badPublicKeys() {
        return Stream.of(
                Arguments.of("not base64", "not base64!"),
                Arguments.of("URL-safe base64 alphabet", P256_KEY.replace('+', '-').replace('/', '_') + "-_"),
                Arguments.of("base64 of text", Base64.getEncoder().encodeToString("hello".getBytes())),
                Arguments.of("truncated", P256_KEY.substring(0, 100)),
                Arguments.of("an RSA key", publicKey("RSA", null)),
                Arguments.of("a P-384 key", publicKey("EC", new ECGenParameterSpec("secp384r1"))),
                Arguments.of("an Ed25519 key", publicKey("Ed25519", null)));
    }

    static Stream<Arguments> badStatusChanges() {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("residentId", Json.text(HEX64));
        base.put("status", "\"SUSPENDED\"");
        base.put("reason", "\"fraud\"");
        return Stream.of(
                badDocuments(object(base)),
                badResidentIdFields(base),
                Stream.of(
                        bad("unknown status", "status must be one of", with(base, "status", "\"BANNED\"")),
                        bad("lower-case status", "status must be one of", with(base, "status", "\"suspended\"")),
                        bad("status a boolean", "status must be a string", with(base, "status", "false")),
                        bad("status missing", "status is required", with(base, "status", null))),
                badTexts(base, "reason", 500))
                .flatMap(x -> x);
    }

    private static Stream<Arguments> badResidentIdFields(Map<String, String> base) {
        return Stream.concat(
                badResidentIds().map(id -> bad("residentId \"" + id + "\"", "residentId must",
                        with(base, "residentId", Json.text(id)))),
                Stream.of(
                        bad("residentId missing", "residentId is required", with(base, "residentId", null)),
                        bad("residentId a number", "residentId must be a string", with(base, "residentId", "123"))));
    }

    static Stream<String> badCommunityIds() {
        return Stream.of("demo/patrol", "de mo", "demo\u0001", "-demo", "x".repeat(129));
    }

    static Stream<String> badResidentIds() {
        return Stream.of(
                "",
                HEX64.toUpperCase(),
                HEX64.substring(1),
                HEX64 + "0",
                "g" + HEX64.substring(1),
                " " + HEX64.substring(1),
                HEX64.substring(1) + "\n",
                "13800138000",
                "../" + HEX64.substring(3));
    }

    private static String publicKey(String algorithm, ECGenParameterSpec curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve);
            } else if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
