package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The community administrator's story data, set up through the REST API with the demo callers' bearer tokens. */
final class CommunityAdminData {
    static final String ADMIN = "demo-admin-token";
    static final String APP = "demo-app-token";
    static final String COORDINATOR = "demo-coordinator-token";
    static final String MERCHANT = "demo-merchant-token";

    private CommunityAdminData() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Enrols a new resident; @return its id */
    static String enrol() {
        return as(APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    /** Records a contribution (201: AWARDED, or PENDING for neighbour-care); @return the answer */
    static Response award(String contributionId, String residentId, String activityType, long quantity) {
        Response answer = as(APP).body(body("contributionId", contributionId, "residentId", residentId,
                "activityType", activityType, "quantity", quantity, "occurredAt", Instant.now().toString()))
                .post("/api/v1/contributions");
        answer.then().statusCode(201);
        return answer;
    }

    /** The demo merchant redeems {@code points} worth {@code valueFen}. */
    static void redeem(String residentId, long points, long valueFen) {
        as(MERCHANT).body(body("redemptionId", unique("r"), "residentId", residentId, "points", points,
                "item", "soap", "valueFen", valueFen)).post("/api/v1/redemptions").then().statusCode(201);
    }

    /** Files a dispute of a transaction; @return its id */
    static String dispute(String residentId, String targetTxId) {
        String disputeId = unique("d");
        as(APP).body(body("disputeId", disputeId, "residentId", residentId, "targetTxId", targetTxId,
                "reason", "I did not take part")).post("/api/v1/disputes").then().statusCode(201);
        return disputeId;
    }

    static long balance(String residentId) {
        return ((Number) as(ADMIN).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                .extract().path("available")).longValue();
    }
}
