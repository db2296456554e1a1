package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The community's data a console story needs, made through the REST API with the demo callers' bearer tokens. */
final class CommunityData {
    static final String APP = "demo-app-token";
    static final String AUDITOR = "demo-auditor-token";

    private CommunityData() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Enrols a new resident; @return its id. */
    static String enrol() {
        return as(APP).body(Map.of("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    /** @return the resident's available points */
    static long balance(String residentId) {
        return ((Number) as(AUDITOR).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                .extract().path("available")).longValue();
    }

    /** @return a well-formed resident id no one has (64 random hex digits) */
    static String unknownResident() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
