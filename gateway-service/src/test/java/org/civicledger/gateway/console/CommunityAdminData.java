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
final class CommunityAdminData extends ConsoleRest {

    private CommunityAdminData() {
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

}
