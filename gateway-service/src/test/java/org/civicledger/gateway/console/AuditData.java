package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The auditor story's data, through the REST API as the demo callers (on either ledger). */
final class AuditData extends ConsoleRest {

    private AuditData() {
    }

    /** Enrols a new resident and awards it one volunteer hour as the community's app; returns the award's txId. */
    static String freshAward() {
        String residentId = as(APP).body(Map.of("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
        return as(APP).body(Map.of("contributionId", unique("c"), "residentId", residentId,
                        "activityType", "volunteer-hour", "quantity", 1, "occurredAt", Instant.now().toString()))
                .post("/api/v1/contributions").then().statusCode(201).extract().path("txId");
    }

    /** The transaction as the auditor reads it through the API. */
    static JsonPath transaction(String txId) {
        return as(AUDITOR).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).extract().jsonPath();
    }

    /** The proof as the auditor reads it through the API. */
    static JsonPath proof(String txId) {
        return as(AUDITOR).get("/api/v1/audit/transactions/" + txId + "/proof").then().statusCode(200).extract()
                .jsonPath();
    }

    /** The ledger's height (number of blocks), as the gateway's readiness check reports it. */
    static long height() {
        Number height = given().get("/q/health/ready").then().extract().jsonPath()
                .get("checks.find { it.name == 'ledger' }.data.height");
        return height.longValue();
    }
}
