package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Community set-up (API.md): activity types, residents, resident status and the community policy. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class CommunityEndpointsTest {

    @Inject
    LedgerPort ledger;

    static Map<String, Object> activityType(String id, long pointsPerUnit) {
        return body("activityType", id, "category", "COMMUNITY_AFFAIRS", "pointsPerUnit", pointsPerUnit, "unit", "EVENT",
                "dailyCapPoints", 100, "creditWeight", 50);
    }

    @Nested
    class DefineActivityType {
        @Test
        void creates_with_201_and_replays_the_same_definition_with_200() {
            String id = unique("meeting");
            String txId = as(ADMIN).body(activityType(id, 5)).post("/api/v1/activity-types").then().statusCode(201)
                    .body("activityType", equalTo(id)).body("communityId", equalTo("demo"))
                    .body("pointsPerUnit", equalTo(5)).body("txId", notNullValue()).body("blockNumber", notNullValue())
                    .extract().path("txId");
            as(ADMIN).body(activityType(id, 5)).post("/api/v1/activity-types").then().statusCode(200)
                    .body("activityType", equalTo(id)).body("txId", equalTo(txId));
            as(AUDITOR).get("/api/v1/activity-types").then().statusCode(200).body("activityType", hasItem(id));
        }

        @Test
        void refuses_the_same_id_with_another_rule_as_ID_CONFLICT() {
            String id = unique("meeting");
            as(ADMIN).body(activityType(id, 5)).post("/api/v1/activity-types").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(ADMIN).body(activityType(id, 6)).post("/api/v1/activity-types"));
        }

        @Test
        void refuses_an_ill_formed_category_or_unit_and_a_zero_rate_as_VALIDATION_FAILED() {
            Map<String, Object> badCategory = activityType(unique("t"), 5);
            badCategory.put("category", "partying");
            Map<String, Object> badUnit = activityType(unique("t"), 5);
            badUnit.put("unit", "LITRE");
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(badCategory).post("/api/v1/activity-types"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(badUnit).post("/api/v1/activity-types"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(ADMIN).body(activityType(unique("t"), 0)).post("/api/v1/activity-types"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(ADMIN).body("{\"activityType\": ").post("/api/v1/activity-types"));
        }
    }

    @Nested
    class UnknownCategory {
        @Test
        void refuses_a_well_formed_category_neither_default_nor_defined_as_NOT_FOUND() {
            Map<String, Object> unknown = activityType(unique("t"), 5);
            unknown.put("category", "PARTYING");
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(unknown).post("/api/v1/activity-types"));
        }
    }

    @Nested
    class ListActivityTypes {
        @Test
        void answers_every_role_with_the_demo_rules() {
            for (String token : new String[] {ADMIN, APP, MERCHANT, BANK, AUDITOR}) {
                long height = ledger.height();
                as(token).get("/api/v1/activity-types").then().statusCode(200)
                        .body("activityType", hasItems("volunteer-hour", "safety-patrol", "anti-fraud-talk",
                                "garbage-sorting"));
                assertEquals(height, ledger.height(), "a read adds no block");
            }
        }
    }

    @Nested
    class EnrolResident {
        @Test
        void creates_with_201_and_the_same_person_again_gets_200_and_the_same_id() {
            String ref = unique("id-card");
            String residentId = as(ADMIN).body(body("externalRef", ref)).post("/api/v1/residents").then().statusCode(201)
                    .body("residentId", matchesPattern("[0-9a-f]{64}")).body("communityId", equalTo("demo"))
                    .body("status", equalTo("ACTIVE")).body("enrolledAt", notNullValue())
                    .body("txId", notNullValue()).body("blockNumber", notNullValue())
                    .body(not(containsString(ref)))
                    .extract().path("residentId");
            as(APP).body(body("externalRef", ref)).post("/api/v1/residents").then().statusCode(200)
                    .body("residentId", equalTo(residentId));
        }

        @Test
        void refuses_a_missing_blank_or_unknown_field_as_VALIDATION_FAILED() {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(body()).post("/api/v1/residents"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(body("externalRef", " ")).post("/api/v1/residents"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(APP).body(body("externalRef", "x".repeat(257))).post("/api/v1/residents"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(APP).body(body("externalRef", unique("p"), "name", "Li Lei")).post("/api/v1/residents"));
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(APP).body(body("externalRef", unique("p"), "publicKey", "not-a-key")).post("/api/v1/residents"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body("[]").post("/api/v1/residents"));
        }

        @Test
        void refuses_the_same_person_with_another_public_key_as_ID_CONFLICT() {
            String ref = unique("id-card");
            as(APP).body(body("externalRef", ref, "publicKey", ResidentKey.generate().publicKey()))
                    .post("/api/v1/residents").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP)
                    .body(body("externalRef", ref, "publicKey", ResidentKey.generate().publicKey()))
                    .post("/api/v1/residents"));
        }
    }

    @Nested
    class GetResident {
        @Test
        void answers_admin_app_and_auditor_with_the_resident() {
            String residentId = Api.enrol();
            for (String token : new String[] {ADMIN, APP, AUDITOR}) {
                as(token).get("/api/v1/residents/" + residentId).then().statusCode(200)
                        .body("residentId", equalTo(residentId)).body("status", equalTo("ACTIVE"))
                        .body("communityId", equalTo("demo"));
            }
        }

        @Test
        void refuses_an_unknown_resident_as_NOT_FOUND_and_a_malformed_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).get("/api/v1/residents/" + Api.unknownResidentId()));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).get("/api/v1/residents/13800138000"));
        }
    }

    @Nested
    class SetResidentStatus {
        @Test
        void suspends_so_the_resident_can_neither_earn_nor_redeem_then_reactivates() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            as(ADMIN).body(body("status", "SUSPENDED", "reason", "moved away"))
                    .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).body("txId", notNullValue());
            refused(ledger, 422, "INVALID_STATE", () -> Api.award(residentId, "safety-patrol", 1));
            refused(ledger, 422, "INVALID_STATE", () -> Api.redeem(residentId, 5));
            assertEquals(20, Api.balance(residentId));

            as(ADMIN).body(body("status", "ACTIVE", "reason", "back"))
                    .post("/api/v1/residents/" + residentId + "/status").then().statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            Api.redeem(residentId, 5).then().statusCode(201).body("balance", equalTo(15));
        }

        @Test
        void refuses_an_unknown_status_or_a_resident_id_in_the_body_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("status", "BANNED", "reason", "x"))
                    .post("/api/v1/residents/" + residentId + "/status"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(body("status", "SUSPENDED", "reason", "x", "residentId", residentId))
                    .post("/api/v1/residents/" + residentId + "/status"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("status", "SUSPENDED"))
                    .post("/api/v1/residents/" + residentId + "/status"));
        }

        @Test
        void refuses_an_unknown_resident_as_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(body("status", "SUSPENDED", "reason", "x"))
                    .post("/api/v1/residents/" + Api.unknownResidentId() + "/status"));
        }
    }

    @Nested
    class SetPolicy {
        @Test
        void sets_the_policy_which_then_governs_how_old_a_contribution_may_be() {
            String residentId = Api.enrol();
            Map<String, Object> old = Api.contribution(unique("c"), residentId, "volunteer-hour", 1,
                    Instant.now().minusSeconds(40L * 24 * 3600));
            try {
                as(ADMIN).body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 60)).put("/api/v1/policy")
                        .then().statusCode(200).body("communityId", equalTo("demo"))
                        .body("maxContributionAgeDays", equalTo(60)).body("pointsExpiryMonths", equalTo(24))
                        .body("txId", notNullValue()).body("blockNumber", notNullValue());
                as(APP).body(old).post("/api/v1/contributions").then().statusCode(201);
            } finally {
                as(ADMIN).body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30)).put("/api/v1/policy")
                        .then().statusCode(200).body("maxContributionAgeDays", equalTo(30));
            }
        }

        @Test
        void bounds_the_lifetime_of_a_consent_and_keeps_the_bound_when_a_request_leaves_it_out() {
            String residentId = Api.enrol();
            Map<String, Object> fortyDays = Api.consent(unique("consent"), residentId, "loan",
                    Instant.now().plusSeconds(40L * 24 * 3600));
            try {
                as(ADMIN).body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30, "maxConsentDays", 31))
                        .put("/api/v1/policy").then().statusCode(200).body("maxConsentDays", equalTo(31))
                        .body("$", not(hasKey("scopedIds")));
                as(ADMIN).body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30)).put("/api/v1/policy")
                        .then().statusCode(200).body("maxConsentDays", equalTo(31));
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(fortyDays).post("/api/v1/consents"))
                        .body("detail", containsString("maxConsentDays"));
            } finally {
                as(ADMIN).body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30, "maxConsentDays", 365))
                        .put("/api/v1/policy").then().statusCode(200).body("maxConsentDays", equalTo(365));
            }
            as(APP).body(fortyDays).post("/api/v1/consents").then().statusCode(201);
            for (Object days : List.of(0, 3651, "a year")) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("pointsExpiryMonths", 24,
                        "maxContributionAgeDays", 30, "maxConsentDays", days)).put("/api/v1/policy"));
            }
        }

        @Test
        void refuses_out_of_range_or_missing_values_as_VALIDATION_FAILED() {
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(body("pointsExpiryMonths", -1, "maxContributionAgeDays", 30)).put("/api/v1/policy"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(body("pointsExpiryMonths", 24, "maxContributionAgeDays", 0)).put("/api/v1/policy"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN).body(body("pointsExpiryMonths", 24))
                    .put("/api/v1/policy"));
        }
    }
}
