package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.enrol;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.civicledger.gateway.api.SecondCommunity.NORTH_ADMIN;
import static org.civicledger.gateway.api.SecondCommunity.NORTH_APP;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.civicledger.api.community.Categories;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * Community categories (API.md, issue 16): definition, listing, use by activity types and weight in the score. Flat
 * (no {@code @Nested}): a test profile cannot be applied to nested classes.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
@TestProfile(SecondCommunity.class)
class CategoryEndpointsTest {

    @Inject
    LedgerPort ledger;

    /** A category id not used before (categories are immutable and the Fabric ledger outlives a test run). */
    static String newCategoryId() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    static Map<String, Object> category(String id, String name, int weight) {
        return body("categoryId", id, "name", name, "creditWeight", weight);
    }

    static Map<String, Object> activityType(String id, String category, long pointsPerUnit, int weight) {
        return body("activityType", id, "category", category, "pointsPerUnit", pointsPerUnit, "unit", "EVENT",
                "dailyCapPoints", 1000, "creditWeight", weight);
    }

    private static long measure(String residentId, String factor) {
        JsonPath score = as(APP).get("/api/v1/residents/" + residentId + "/credit").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> factors = score.getList("factors");
        return factors.stream().filter(f -> factor.equals(f.get("factor")))
                .map(f -> ((Number) f.get("measure")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void creates_with_201_replays_with_200_and_refuses_another_body_as_ID_CONFLICT() {
        String id = newCategoryId();
        String txId = as(ADMIN).body(category(id, "Elderly care", 150)).post("/api/v1/categories").then()
                .statusCode(201).body("categoryId", equalTo(id)).body("communityId", equalTo("demo"))
                .body("name", equalTo("Elderly care")).body("creditWeight", equalTo(150))
                .body("builtIn", equalTo(false)).body("txId", notNullValue()).body("blockNumber", notNullValue())
                .extract().path("txId");
        as(ADMIN).body(category(id, "Elderly care", 150)).post("/api/v1/categories").then().statusCode(200)
                .body("txId", equalTo(txId));
        refused(ledger, 409, "ID_CONFLICT",
                () -> as(ADMIN).body(category(id, "Elderly care", 151)).post("/api/v1/categories"));
        refused(ledger, 409, "ID_CONFLICT",
                () -> as(ADMIN).body(category(id, "Care", 150)).post("/api/v1/categories"));

        // the event: the transaction's time and what was defined
        JsonNode event = event(txId);
        assertEquals("CategoryDefined", event.get("type").asText());
        JsonNode payload = payload(event);
        assertEquals(id, payload.get("categoryId").asText());
        assertEquals(150, payload.get("creditWeight").asInt());
        assertEquals("demo", payload.get("communityId").asText());
        assertEquals(transactionTime(txId), payload.get("at").asText());
    }

    @Test
    void refuses_a_default_id_as_ID_CONFLICT() {
        for (String id : Categories.DEFAULTS) {
            refused(ledger, 409, "ID_CONFLICT",
                    () -> as(ADMIN).body(category(id, "Mine", 100)).post("/api/v1/categories"));
        }
    }

    @Test
    void refuses_a_bad_id_name_or_weight_as_VALIDATION_FAILED() {
        for (String id : new String[] {"elderly_care", "E", "1CARE", "CARE-HOME", "C" + "X".repeat(40)}) {
            refused(ledger, 400, "VALIDATION_FAILED",
                    () -> as(ADMIN).body(category(id, "x", 100)).post("/api/v1/categories"))
                    .body("detail", not(org.hamcrest.Matchers.containsString(id)));
        }
        refused(ledger, 400, "VALIDATION_FAILED",
                () -> as(ADMIN).body(category(newCategoryId(), "x", 1001)).post("/api/v1/categories"));
        refused(ledger, 400, "VALIDATION_FAILED",
                () -> as(ADMIN).body(category(newCategoryId(), "x".repeat(101), 100)).post("/api/v1/categories"));
    }

    @Test
    void refuses_every_role_but_ADMIN() {
        for (String token : new String[] {APP, MERCHANT, Api.BANK, AUDITOR}) {
            refused(ledger, 403, "FORBIDDEN",
                    () -> as(token).body(category(newCategoryId(), "x", 100)).post("/api/v1/categories"));
        }
    }

    @Test
    void shows_the_defaults_and_the_communitys_own_to_its_members_only() {
        String id = newCategoryId();
        as(ADMIN).body(category(id, "Deliberation", 80)).post("/api/v1/categories").then().statusCode(201);
        for (String token : new String[] {ADMIN, APP, MERCHANT}) {
            as(token).get("/api/v1/categories").then().statusCode(200)
                    .body("categoryId", hasItems(Categories.DEFAULTS.toArray(new String[0])))
                    .body("categoryId", hasItem(id))
                    .body("find { it.categoryId == 'SAFETY_PATROL' }.creditWeight", equalTo(100))
                    .body("find { it.categoryId == 'SAFETY_PATROL' }.builtIn", equalTo(true));
        }
        as(NORTH_APP).get("/api/v1/categories").then().statusCode(200)
                .body("categoryId", hasItem("VOLUNTEER_SERVICE")).body("categoryId", not(hasItem(id)));
        refused(ledger, 403, "FORBIDDEN", () -> as(NORTH_APP).get("/api/v1/categories?communityId=demo"));
        refused(ledger, 403, "FORBIDDEN", () -> as(NORTH_ADMIN).get("/api/v1/categories?communityId=demo"));
        as(AUDITOR).get("/api/v1/categories?communityId=demo").then().statusCode(200)
                .body("categoryId", hasItem(id));
        as(AUDITOR).get("/api/v1/categories?communityId=north").then().statusCode(200)
                .body("categoryId", not(hasItem(id)));
        refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/categories?communityId=a%20b"));
    }

    @Test
    void an_award_counts_with_type_weight_times_category_weight_and_the_category_adds_to_diversity() {
        String categoryId = newCategoryId();
        as(ADMIN).body(category(categoryId, "Elderly care", 150)).post("/api/v1/categories").then()
                .statusCode(201);
        String typeId = unique("elder-visit");
        String typeTx = as(ADMIN).body(activityType(typeId, categoryId, 10, 120)).post("/api/v1/activity-types")
                .then().statusCode(201).body("category", equalTo(categoryId)).extract().path("txId");
        JsonNode defined = payload(event(typeTx));
        assertEquals(categoryId, defined.get("category").asText());
        assertEquals(10, defined.get("pointsPerUnit").asLong());
        assertEquals(1000, defined.get("dailyCapPoints").asLong());
        assertEquals(120, defined.get("creditWeight").asInt());
        assertEquals(transactionTime(typeTx), defined.get("at").asText());

        String residentId = enrol();
        Api.award(residentId, typeId, 3).then().statusCode(201).body("points", equalTo(30));
        assertEquals(30L * (120 * 150 / 100), measure(residentId, "CONTRIBUTION_VOLUME"));
        assertEquals(1, measure(residentId, "DIVERSITY"));

        Api.award(residentId, "safety-patrol", 1).then().statusCode(201); // the demo's: 20 points, weight 100
        assertEquals(30L * 180 + 20L * 100, measure(residentId, "CONTRIBUTION_VOLUME"));
        assertEquals(2, measure(residentId, "DIVERSITY"));
    }

    @Test
    void refuses_a_type_in_a_category_not_defined_in_its_community_as_NOT_FOUND() {
        String northCategory = newCategoryId();
        as(NORTH_ADMIN).body(category(northCategory, "River cleaning", 100)).post("/api/v1/categories").then()
                .statusCode(201);
        refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(activityType(unique("t"), northCategory, 5, 100))
                .post("/api/v1/activity-types"));
        refused(ledger, 404, "NOT_FOUND", () -> as(ADMIN).body(activityType(unique("t"), newCategoryId(), 5, 100))
                .post("/api/v1/activity-types"));
        String demoCategory = newCategoryId();
        as(ADMIN).body(category(demoCategory, "Mine", 100)).post("/api/v1/categories").then().statusCode(201);
        refused(ledger, 404, "NOT_FOUND", () -> as(NORTH_ADMIN)
                .body(activityType(unique("t"), demoCategory, 5, 100)).post("/api/v1/activity-types"));
    }

    static JsonNode event(String txId) {
        String json = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json).get("events").get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode payload(JsonNode event) {
        try {
            return new ObjectMapper().readTree(event.get("payload").asText());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The transaction's time as the ledger recorded it, ISO-8601 as the chaincode writes it. */
    static String transactionTime(String txId) {
        String time = as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract()
                .path("time");
        return java.time.Instant.parse(time).toString();
    }
}
