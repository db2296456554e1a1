package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.problem;
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
 * community already used neither learns of it nor is refused; each gets its own record. And an ADMIN's
 * audit reads are scoped to its community.
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

    /** An ADMIN reads the audit trail of its own community only: a transaction and its proof alike. */
    @Test
    void an_admin_reads_the_proof_of_its_own_communitys_transactions_only() {
        String demoTx = as(APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("txId");
        String northTx = as(NORTH_APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("txId");

        as(NORTH_ADMIN).get(proof(northTx)).then().statusCode(200).body("txId", equalTo(northTx));
        as(ADMIN).get(proof(demoTx)).then().statusCode(200).body("txId", equalTo(demoTx));
        for (String[] reader : new String[][] {{NORTH_ADMIN, demoTx}, {ADMIN, northTx}}) {
            problem(as(reader[0]).get(proof(reader[1])), 403, "FORBIDDEN")
                    .body("detail", equalTo("an ADMIN reads only its own community's transactions"));
            problem(as(reader[0]).get("/api/v1/audit/transactions/" + reader[1]), 403, "FORBIDDEN");
        }
        as(AUDITOR).get(proof(northTx)).then().statusCode(200);
    }

    private static String proof(String txId) {
        return "/api/v1/audit/transactions/" + txId + "/proof";
    }
}
