package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Attesters and approvals stay in their community: another community's attester is unknown to an award here, and
 * another community's COORDINATOR neither lists nor decides this community's pending contributions.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
@TestProfile(AttestationAcrossCommunitiesTest.NorthWithCoordinator.class)
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric",
        disabledReason = "the Fabric network issues identities to the demo callers only; the chaincode's "
                + "AttestationContractTest covers the same scoping on the chaincode both ledgers run")
class AttestationAcrossCommunitiesTest {
    static final String NORTH_COORDINATOR = "north-coordinator-token";

    /** {@link SecondCommunity} plus a COORDINATOR of {@code north}. */
    public static class NorthWithCoordinator implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new SecondCommunity().getConfigOverrides());
            config.put("civic.callers.north-coordinator.token-sha256", Callers.sha256(NORTH_COORDINATOR));
            config.put("civic.callers.north-coordinator.role", "COORDINATOR");
            config.put("civic.callers.north-coordinator.organisation", "CommunityMSP");
            config.put("civic.callers.north-coordinator.community", "north");
            return config;
        }
    }

    @Inject
    LedgerPort ledger;

    @Test
    void another_communitys_attester_is_unknown_here() {
        String northAttester = unique("north-grid");
        as(SecondCommunity.NORTH_ADMIN).body(body("attesterId", northAttester, "kind", "SERVICE_TEAM"))
                .post("/api/v1/attesters").then().statusCode(201).body("communityId", equalTo("north"));
        String residentId = Api.enrol();
        Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
        List<Object> before = AttestationEndpointsTest.history(residentId).getList("items");
        refused(ledger, 404, "NOT_FOUND", () -> as(APP).body(AttestationEndpointsTest.award(unique("c"), residentId,
                "volunteer-hour", 1, AttestationEndpointsTest.anHourAgo(), northAttester)).post("/api/v1/contributions"))
                .body("detail", equalTo("no such attester"));
        assertEquals(10, Api.balance(residentId));
        assertEquals(before, AttestationEndpointsTest.history(residentId).getList("items"));
        as(Api.ADMIN).get("/api/v1/attesters").then().statusCode(200).body("attesterId", not(hasItem(northAttester)));
        refused(ledger, 403, "FORBIDDEN", () -> as(Api.ADMIN).get("/api/v1/attesters?communityId=north"));
    }

    @Test
    void another_communitys_coordinator_neither_lists_nor_decides() {
        String type = AttestationEndpointsTest.approvalType();
        String residentId = Api.enrol();
        String id = unique("c");
        as(APP).body(AttestationEndpointsTest.award(id, residentId, type, 1, AttestationEndpointsTest.anHourAgo(),
                null)).post("/api/v1/contributions").then().statusCode(201);
        refused(ledger, 403, "FORBIDDEN", () -> as(NORTH_COORDINATOR).get("/api/v1/contributions/pending?communityId=demo"));
        as(NORTH_COORDINATOR).get("/api/v1/contributions/pending").then().statusCode(200)
                .body("contributionId", not(hasItem(id)));
        // ids are scoped to their community: there, this contribution does not exist
        refused(ledger, 404, "NOT_FOUND", () -> as(NORTH_COORDINATOR).body(body())
                .post("/api/v1/contributions/" + id + "/approval"));
        refused(ledger, 404, "NOT_FOUND", () -> as(NORTH_COORDINATOR).body(body("reason", "x"))
                .post("/api/v1/contributions/" + id + "/rejection"));
        as(Api.COORDINATOR).get("/api/v1/contributions/pending").then().statusCode(200)
                .body("contributionId", hasItem(id));
        assertEquals(0, Api.balance(residentId));
    }
}
