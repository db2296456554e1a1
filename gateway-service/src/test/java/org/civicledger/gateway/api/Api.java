package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Calls the running gateway as one of the demo callers (API.md). */
final class Api {
    static final String ADMIN = "demo-admin-token";
    static final String APP = "demo-app-token";
    static final String MERCHANT = "demo-merchant-token";
    static final String BANK = "demo-bank-token";
    static final String AUDITOR = "demo-auditor-token";

    private Api() {
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

    /** Enrols a new resident through the API; returns the resident id. */
    static String enrol() {
        return as(APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    static Response award(String residentId, String activityType, long quantity) {
        return as(APP).body(body("contributionId", unique("c"), "residentId", residentId, "activityType", activityType,
                "quantity", quantity, "occurredAt", Instant.now().toString())).post("/api/v1/contributions");
    }

    static Response redeem(String residentId, long points) {
        return as(MERCHANT).body(body("redemptionId", unique("r"), "residentId", residentId, "points", points,
                "item", "soap")).post("/api/v1/redemptions");
    }

    static long balance(String residentId) {
        return ((Number) as(AUDITOR).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                .extract().path("available")).longValue();
    }
}
