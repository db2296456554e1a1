package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.civicledger.gateway.api.SecondCommunity.NORTH_ADMIN;
import static org.civicledger.gateway.api.SecondCommunity.NORTH_APP;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Client ids are scoped to their issuer (defect 8): an app of one community using an id another
 * community already used neither learns of it nor is refused; each gets its own record.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
@TestProfile(SecondCommunity.class)
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric",
        disabledReason = "the Fabric network issues identities to the demo callers only; the chaincode's "
                + "ScopedIdsTest covers the same scoping on the chaincode both ledgers run")
class ScopedIdsEndpointsTest {

    @Test
    void the_same_contribution_id_from_two_communities_is_two_contributions() {
        as(NORTH_ADMIN).body(body("activityType", "volunteer-hour", "category", "VOLUNTEER_SERVICE",
                "pointsPerUnit", 10, "unit", "HOUR", "dailyCapPoints", 80, "creditWeight", 100))
                .post("/api/v1/activity-types").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201),
                        equalTo(200)));
        String demoResident = Api.enrol();
        String northResident = as(NORTH_APP).body(body("externalRef", unique("person")))
                .post("/api/v1/residents").then().statusCode(201).body("communityId", equalTo("north"))
                .extract().path("residentId");
        String id = unique("c");
        String at = Instant.now().minus(1, ChronoUnit.HOURS).toString();

        String demoTx = as(APP).body(body("contributionId", id, "residentId", demoResident,
                "activityType", "volunteer-hour", "quantity", 2, "occurredAt", at))
                .post("/api/v1/contributions").then().statusCode(201).body("points", equalTo(20))
                .extract().path("txId");
        String northTx = as(NORTH_APP).body(body("contributionId", id, "residentId", northResident,
                "activityType", "volunteer-hour", "quantity", 3, "occurredAt", at))
                .post("/api/v1/contributions").then().statusCode(201).body("contributionId", equalTo(id))
                .body("points", equalTo(30)).extract().path("txId");

        assertNotEquals(demoTx, northTx);
        assertEquals(20, Api.balance(demoResident));
        assertEquals(30, Api.balance(northResident));
        // each community's admin reverses its own contribution of that id
        as(NORTH_ADMIN).body(body("reason", "attested twice")).post("/api/v1/contributions/" + id + "/reversal")
                .then().statusCode(200).body("reversedPoints", equalTo(30));
        assertEquals(20, Api.balance(demoResident));
        assertEquals(0, Api.balance(northResident));
    }
}
