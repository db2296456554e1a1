package org.civicledger.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.civicledger.api.Role;
import org.civicledger.gateway.api.ResponseContract;
import org.civicledger.gateway.api.TempDataDir;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.service.Args;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit endpoints for two communities (issue 12, defect 3): each ADMIN reads its own community's
 * transactions, blocks and totals only; the AUDITOR reads everything. A second community, {@code north},
 * is registered here with callers of its own (the embedded ledger issues their identities; the Fabric
 * network has certificates for the demo callers only, so this class runs on the embedded ledger).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class AuditScopeTest {
    private static final String NORTH_ADMIN = "north-admin-token";
    private static final String NORTH_APP = "north-app-token";

    @Inject
    LedgerPort ledger;

    @Inject
    Identities identities;

    @Inject
    Callers callers;

    @BeforeEach
    void northCommunity() {
        if (callers.authenticate(NORTH_ADMIN).isPresent()) {
            return;
        }
        LedgerIdentity orgAdmin = identities.identity("CommunityMSP", "Admin", true);
        Caller admin = caller("north-admin", Role.ADMIN, null);
        Caller app = caller("north-app", Role.APP, "north-app");
        for (Caller c : new Caller[] {admin, app}) {
            ledger.submit(orgAdmin, "Registry:register", Args.json("clientId", c.identity().clientId(), "mspId",
                    c.identity().mspId(), "role", c.role().name(), "subjectId", c.subjectId(), "communityId", "north"));
        }
        callers.add(Callers.sha256(NORTH_ADMIN), admin);
        callers.add(Callers.sha256(NORTH_APP), app);
        as(NORTH_ADMIN).body(Map.of("activityType", "volunteer-hour", "category", "VOLUNTEER_SERVICE",
                "pointsPerUnit", 10, "unit", "HOUR", "dailyCapPoints", 80, "creditWeight", 100))
                .post("/api/v1/activity-types").then().statusCode(201);
    }

    @Test
    void each_admin_reads_its_own_community_only_and_the_auditor_everything() {
        String resident = as(NORTH_APP).body(Map.of("externalRef", "north-" + System.nanoTime()))
                .post("/api/v1/residents").then().statusCode(201).extract().path("residentId");
        var award = as(NORTH_APP).body(Map.of("contributionId", "north-c-" + System.nanoTime(), "residentId", resident,
                "activityType", "volunteer-hour", "quantity", 3, "occurredAt", Instant.now().toString()))
                .post("/api/v1/contributions").then().statusCode(201).extract();
        String txId = award.path("txId");
        int block = award.path("blockNumber");

        as("demo-admin-token").get("/api/v1/audit/transactions/" + txId).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        as(NORTH_ADMIN).get("/api/v1/audit/transactions/" + txId).then().statusCode(200).body("txId", equalTo(txId));
        as("demo-auditor-token").get("/api/v1/audit/transactions/" + txId).then().statusCode(200);

        as("demo-admin-token").get("/api/v1/audit/blocks/" + block).then().statusCode(200)
                .body("transactions", not(hasItem(txId)));
        as("demo-admin-token").get("/api/v1/audit/blocks").then().statusCode(200)
                .body("transactions.flatten()", not(hasItem(txId)));
        as(NORTH_ADMIN).get("/api/v1/audit/blocks/" + block).then().statusCode(200).body("transactions", hasItem(txId));
        as("demo-auditor-token").get("/api/v1/audit/blocks/" + block).then().statusCode(200)
                .body("transactions", hasItem(txId));

        long all = issued("demo-auditor-token");
        assertEquals(30, issued(NORTH_ADMIN), "north's admin reconciles north's books only");
        assertEquals(all - 30, issued("demo-admin-token"), "demo's admin does not see north's points");
    }

    private Caller caller(String name, Role role, String subject) {
        return new Caller(name, role, "CommunityMSP", subject, "north", identities.identity("CommunityMSP", name, false));
    }

    private static long issued(String token) {
        return ((Number) as(token).get("/api/v1/audit/reconciliation").then().statusCode(200)
                .body("ok", equalTo(true)).extract().path("issued")).longValue();
    }

    private static RequestSpecification as(String token) {
        return given().filter(ResponseContract.FILTER).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
