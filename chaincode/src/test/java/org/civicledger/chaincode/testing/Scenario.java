package org.civicledger.chaincode.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.chaincode.json.Json;

/**
 * A ledger set up as the demo: three organisations, the community {@code demo} (and a second
 * community, {@code north}), one identity per role, five activity types, score model v1.
 */
public final class Scenario {
    public static final Instant START = Instant.parse("2026-06-15T10:00:00Z");

    public final TestLedger ledger = new TestLedger(START);
    public final Identity.Org communityOrg = new Identity.Org("CommunityMSP", "community");
    public final Identity.Org bankOrg = new Identity.Org("BankMSP", "bank");
    public final Identity.Org auditOrg = new Identity.Org("AuditMSP", "audit");

    public final Identity communityOrgAdmin = communityOrg.issue("Admin", "admin");
    public final Identity bankOrgAdmin = bankOrg.issue("Admin", "admin");
    public final Identity auditOrgAdmin = auditOrg.issue("Admin", "admin");
    public final Identity admin = communityOrg.issue("demo-admin", "client");
    public final Identity app = communityOrg.issue("demo-app", "client");
    public final Identity merchant = communityOrg.issue("demo-merchant", "client");
    public final Identity bank = bankOrg.issue("demo-bank", "client");
    public final Identity auditor = auditOrg.issue("demo-auditor", "client");
    public final Identity northAdmin = communityOrg.issue("north-admin", "client");
    public final Identity northApp = communityOrg.issue("north-app", "client");
    public final Identity northMerchant = communityOrg.issue("north-merchant", "client");
    public final Identity otherBank = bankOrg.issue("other-bank", "client");
    public final Identity stranger = communityOrg.issue("stranger", "client");
    public final Identity coordinator = communityOrg.issue("demo-coordinator", "client");
    public final Identity northCoordinator = communityOrg.issue("north-coordinator", "client");

    public Scenario() {
        ledger.ok(communityOrgAdmin, "Registry:init");
        register(communityOrgAdmin, admin, "ADMIN", "demo-admin", "demo");
        register(communityOrgAdmin, app, "APP", "demo-app", "demo");
        register(communityOrgAdmin, merchant, "MERCHANT", "demo-merchant", "demo");
        register(communityOrgAdmin, northAdmin, "ADMIN", "north-admin", "north");
        register(communityOrgAdmin, northApp, "APP", "north-app", "north");
        register(communityOrgAdmin, northMerchant, "MERCHANT", "north-merchant", "north");
        register(communityOrgAdmin, coordinator, "COORDINATOR", "demo-coordinator", "demo");
        register(communityOrgAdmin, northCoordinator, "COORDINATOR", "north-coordinator", "north");
        register(bankOrgAdmin, bank, "BANK", "demo-bank", null);
        register(bankOrgAdmin, otherBank, "BANK", "other-bank", null);
        register(auditOrgAdmin, auditor, "AUDITOR", "demo-auditor", null);
        activityType(admin, "volunteer-hour", "VOLUNTEER_SERVICE", 10, "HOUR", 80, 100);
        activityType(admin, "patrol", "SAFETY_PATROL", 20, "EVENT", 40, 120);
        activityType(admin, "anti-fraud", "ANTI_FRAUD_PUBLICITY", 15, "EVENT", 45, 100);
        activityType(admin, "sorting", "GARBAGE_SORTING", 2, "KILOGRAM", 20, 50);
        activityType(admin, "affairs", "COMMUNITY_AFFAIRS", 5, "EVENT", 50, 80);
        activityType(northAdmin, "volunteer-hour", "VOLUNTEER_SERVICE", 10, "HOUR", 80, 100);
    }

    /** An identity of this scenario by its field name, for parameterised tests. */
    public Identity named(String name) {
        try {
            return (Identity) Scenario.class.getField(name).get(this);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("no identity named " + name, e);
        }
    }

    public JsonNode register(Identity by, Identity who, String role, String subjectId, String communityId) {
        return ledger.ok(by, "Registry:register", json("clientId", who.clientId(), "mspId", who.mspId(),
                "role", role, "subjectId", subjectId, "communityId", communityId));
    }

    public JsonNode activityType(Identity by, String id, String category, long perUnit, String unit, long cap,
                                 int weight) {
        return ledger.ok(by, "Community:defineActivityType", json("activityType", id, "category", category,
                "pointsPerUnit", perUnit, "unit", unit, "dailyCapPoints", cap, "creditWeight", weight));
    }

    /** Enrols a resident through {@code by}, with the id the gateway would compute from {@code ref}. */
    public String enrol(Identity by, String ref) {
        String id = residentId(ref);
        ledger.ok(by, "Community:enrolResident", json("residentId", id));
        return id;
    }

    public String enrol(String ref) {
        return enrol(app, ref);
    }

    public JsonNode award(String contributionId, String residentId, String activityType, long quantity) {
        return award(app, contributionId, residentId, activityType, quantity, ledger.now());
    }

    public JsonNode award(Identity by, String contributionId, String residentId, String activityType, long quantity,
                          Instant occurredAt) {
        return ledger.ok(by, "Points:award", awardRequest(contributionId, residentId, activityType, quantity,
                occurredAt));
    }

    public static String awardRequest(String contributionId, String residentId, String activityType, long quantity,
                                      Instant occurredAt) {
        return json("contributionId", contributionId, "residentId", residentId, "activityType", activityType,
                "quantity", quantity, "occurredAt", occurredAt.toString());
    }

    public JsonNode redeem(String redemptionId, String residentId, long points) {
        return ledger.ok(merchant, "Points:redeem", json("redemptionId", redemptionId, "residentId", residentId,
                "points", points, "item", "rice 5kg"));
    }

    public long available(String residentId) {
        return ledger.ok(auditor, "Points:getBalance", residentId).get("available").asLong();
    }

    public static String residentId(String externalRef) {
        return Sha256.hex(externalRef);
    }

    /** A JSON object of key/value pairs, nulls left out. */
    public static String json(Object... keyValues) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value != null) {
                node.set((String) keyValues[i], Json.mapper().valueToTree(value));
            }
        }
        return node.toString();
    }
}
