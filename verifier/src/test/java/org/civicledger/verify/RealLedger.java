package org.civicledger.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.service.Args;

/**
 * A real embedded ledger's data dir, made by the gateway's own ledger (a test dependency only): the
 * demo community set up through real transactions, three residents enrolled, nine patrols awarded
 * (12 transactions by {@code CommunityMSP/demo-app}), and a {@code trust} folder of its CA certificates.
 */
final class RealLedger {
    static final String[] MSPS = {"CommunityMSP", "AuditMSP", "OrdererMSP"};

    final Path dataDir;
    final Path blocks;
    final Path trust;

    RealLedger(Path root) throws IOException {
        dataDir = root.resolve("data");
        IdentityStore identities = IdentityStore.open(dataDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        LedgerIdentity admin = identities.identity("CommunityMSP", "demo-admin", false);
        LedgerIdentity app = identities.identity("CommunityMSP", "demo-app", false);
        LedgerIdentity auditAdmin = identities.identity("AuditMSP", "Admin", true);
        LedgerIdentity auditor = identities.identity("AuditMSP", "demo-auditor", false);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dataDir, identities)) {
            ledger.submit(communityAdmin, "Registry:init");
            ledger.submit(communityAdmin, "Registry:register", Args.json("clientId", admin.clientId(), "mspId",
                    admin.mspId(), "role", "ADMIN", "subjectId", "demo-admin", "communityId", "demo"));
            ledger.submit(communityAdmin, "Registry:register", Args.json("clientId", app.clientId(), "mspId",
                    app.mspId(), "role", "APP", "subjectId", "demo-app", "communityId", "demo"));
            ledger.submit(auditAdmin, "Registry:register", Args.json("clientId", auditor.clientId(), "mspId",
                    auditor.mspId(), "role", "AUDITOR", "subjectId", "demo-auditor", "communityId", null));
            ledger.submit(admin, "Community:defineActivityType", Args.json("activityType", "patrol", "category",
                    "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT", "dailyCapPoints", 1_000_000, "creditWeight", 100));
            for (int r = 0; r < 3; r++) {
                String resident = String.format("%064x", r + 1);
                ledger.submit(app, "Community:enrolResident", Args.json("residentId", resident));
                for (int i = 0; i < 3; i++) {
                    ledger.submit(app, "Points:award", Args.json("contributionId", "c-" + r + "-" + i, "residentId",
                            resident, "activityType", "patrol", "quantity", 1, "occurredAt", Instant.now().toString()));
                }
            }
        }
        blocks = dataDir.resolve("ledger/blocks.dat");
        trust = root.resolve("trust");
        Files.createDirectories(trust);
        for (String msp : MSPS) {
            Files.copy(dataDir.resolve("identities/" + msp + "/ca.crt"), trust.resolve(msp + ".crt"));
        }
    }
}
