package org.civicledger.gateway.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.service.Args;

/**
 * A gateway's data dir without the gateway: identities, a resident-id secret and an embedded ledger
 * with a community set up through real transactions (an app that awards 20-point patrols).
 */
final class LedgerFixture implements AutoCloseable {
    final Path dataDir;
    final IdentityStore identities;
    final LedgerIdentity app;
    final LedgerIdentity auditor;
    final EmbeddedLedger ledger;

    LedgerFixture(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.identities = IdentityStore.open(dataDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        LedgerIdentity admin = identities.identity("CommunityMSP", "demo-admin", false);
        this.app = identities.identity("CommunityMSP", "demo-app", false);
        LedgerIdentity auditAdmin = identities.identity("AuditMSP", "Admin", true);
        this.auditor = identities.identity("AuditMSP", "demo-auditor", false);
        Files.createDirectories(dataDir.resolve("secrets"));
        Files.writeString(dataDir.resolve("secrets/demo.resident-key"), "c2VjcmV0LW9mLXRoZS1kZW1vLWNvbW11bml0eS0zMmJ5dGVz",
                StandardCharsets.US_ASCII);
        this.ledger = EmbeddedLedger.open(dataDir, identities);
        ledger.submit(communityAdmin, "Registry:init");
        register(communityAdmin, admin, "ADMIN", "demo-admin", "demo");
        register(communityAdmin, app, "APP", "demo-app", "demo");
        register(auditAdmin, auditor, "AUDITOR", "demo-auditor", null);
        ledger.submit(admin, "Community:defineActivityType", json("activityType", "patrol", "category",
                "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT", "dailyCapPoints", 1_000_000, "creditWeight", 100));
    }

    private void register(LedgerIdentity by, LedgerIdentity who, String role, String subjectId, String communityId) {
        ledger.submit(by, "Registry:register", json("clientId", who.clientId(), "mspId", who.mspId(), "role", role,
                "subjectId", subjectId, "communityId", communityId));
    }

    /** Enrols a resident whose id is {@code residentId} (64 hex digits). */
    void enrol(String residentId) {
        ledger.submit(app, "Community:enrolResident", json("residentId", residentId));
    }

    /** One 20-point patrol. */
    TxResult award(String contributionId, String residentId) {
        return ledger.submit(app, "Points:award", json("contributionId", contributionId, "residentId", residentId,
                "activityType", "patrol", "quantity", 1, "occurredAt", Instant.now().toString()));
    }

    static long available(EmbeddedLedger ledger, LedgerIdentity reader, String residentId) {
        try {
            return Json.mapper().readTree(ledger.evaluate(reader, "Points:getBalance", residentId))
                    .get("available").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String residentId(int n) {
        return String.format("%064x", n + 1);
    }

    static String json(Object... keyValues) {
        return Args.json(keyValues);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
