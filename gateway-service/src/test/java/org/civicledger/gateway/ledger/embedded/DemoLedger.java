package org.civicledger.gateway.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.service.Args;

/**
 * An embedded ledger under a temporary directory with the demo community set up through real
 * transactions: identities of three organisations, roles, activity types.
 */
final class DemoLedger implements AutoCloseable {
    final Path dataDir;
    final IdentityStore identities;
    final LedgerIdentity communityAdmin;
    final LedgerIdentity admin;
    final LedgerIdentity app;
    final LedgerIdentity merchant;
    final LedgerIdentity auditor;
    EmbeddedLedger ledger;

    DemoLedger(Path dataDir) {
        this.dataDir = dataDir;
        this.identities = IdentityStore.open(dataDir);
        this.communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        this.admin = identities.identity("CommunityMSP", "demo-admin", false);
        this.app = identities.identity("CommunityMSP", "demo-app", false);
        this.merchant = identities.identity("CommunityMSP", "demo-merchant", false);
        LedgerIdentity auditAdmin = identities.identity("AuditMSP", "Admin", true);
        this.auditor = identities.identity("AuditMSP", "demo-auditor", false);
        this.ledger = EmbeddedLedger.open(dataDir, identities);
        if (ledger.height() == 0) {
            ledger.submit(communityAdmin, "Registry:init");
            register(communityAdmin, admin, "ADMIN", "demo-admin", "demo");
            register(communityAdmin, app, "APP", "demo-app", "demo");
            register(communityAdmin, merchant, "MERCHANT", "demo-merchant", "demo");
            register(auditAdmin, auditor, "AUDITOR", "demo-auditor", null);
            ledger.submit(admin, "Community:defineActivityType", json("activityType", "patrol", "category",
                    "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT", "dailyCapPoints", 1_000_000,
                    "creditWeight", 100));
        }
    }

    void reopen() {
        ledger.close();
        ledger = EmbeddedLedger.open(dataDir, identities);
    }

    /** Reopens the ledger with a budget of {@code maxAttempts} attempts per conflicting write. */
    void reopen(int maxAttempts) {
        ledger.close();
        ledger = EmbeddedLedger.open(dataDir, identities, maxAttempts);
    }

    private void register(LedgerIdentity by, LedgerIdentity who, String role, String subjectId, String communityId) {
        ledger.submit(by, "Registry:register", json("clientId", who.clientId(), "mspId", who.mspId(), "role", role,
                "subjectId", subjectId, "communityId", communityId));
    }

    String enrol(String externalRef) {
        String residentId = residentId(externalRef);
        ledger.submit(app, "Community:enrolResident", json("residentId", residentId));
        return residentId;
    }

    String awardRequest(String contributionId, String residentId, long quantity) {
        return json("contributionId", contributionId, "residentId", residentId, "activityType", "patrol",
                "quantity", quantity, "occurredAt", Instant.now().toString());
    }

    String redeemRequest(String redemptionId, String residentId, long points) {
        return json("redemptionId", redemptionId, "residentId", residentId, "points", points, "item", "soap");
    }

    long available(String residentId) {
        return parse(ledger.evaluate(auditor, "Points:getBalance", residentId)).get("available").asLong();
    }

    JsonNode reconcile() {
        return parse(ledger.evaluate(auditor, "Audit:reconcile"));
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String residentId(String externalRef) {
        return Sha256.hex(externalRef);
    }

    static String json(Object... keyValues) {
        return Args.json(keyValues);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
