package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The auditor stories' data, set up through the REST API as the demo callers (as the api tests' {@code Api}). */
final class AuditData {
    private AuditData() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Enrols a resident and awards them an hour of safety patrol: one transaction of CommunityMSP. */
    static void award() {
        String residentId = as("demo-app-token").body(Map.of("externalRef", unique("person")))
                .post("/api/v1/residents").then().statusCode(201).extract().path("residentId");
        as("demo-app-token").body(Map.of("contributionId", unique("c"), "residentId", residentId,
                        "activityType", "safety-patrol", "quantity", 1, "occurredAt", Instant.now().toString()))
                .post("/api/v1/contributions").then().statusCode(201);
    }

    /** @return the chain's height as the API reports it: the newest block's number + 1 */
    static long height() {
        Number newest = as("demo-auditor-token").get("/api/v1/audit/blocks?limit=1").then().statusCode(200).extract()
                .path("[0].number");
        return newest.longValue() + 1;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
