package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What every console story sets up through the REST API, as the demo callers with their bearer tokens (as the api
 * tests' {@code Api} does): each story's own {@code *Data} class extends it with that story's records.
 */
class ConsoleRest {
    static final String ADMIN = "demo-admin-token";
    static final String APP = "demo-app-token";
    static final String COORDINATOR = "demo-coordinator-token";
    static final String MERCHANT = "demo-merchant-token";
    static final String BANK = "demo-bank-token";
    static final String AUDITOR = "demo-auditor-token";

    ConsoleRest() {
    }

    /** @return a JSON request as the caller of {@code token} */
    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** @return a body of names and values, in order */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    /** @return an id no other test uses */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Enrols a new resident as the community's app; @return its id */
    static String enrol() {
        return as(APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    /** @return the resident's available points, as the auditor reads them */
    static long balance(String residentId) {
        return ((Number) as(AUDITOR).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                .extract().path("available")).longValue();
    }
}
