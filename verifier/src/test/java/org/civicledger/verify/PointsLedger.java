package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.service.Args;

/**
 * A real embedded ledger whose points move every way the chaincode moves them, through the gateway's
 * own ledger (a test dependency only), on a clock the test sets: awards to three residents in January,
 * a redemption, its settlement (which deletes a key), a reversal, then in April (the community's points expire after 2 months) an award to
 * each resident, which first writes off what expired. {@link #balances} are the ledger's own answers
 * to {@code Points:getBalance} at the end.
 */
public final class PointsLedger {
    static final String[] MSPS = {"CommunityMSP", "AuditMSP", "OrdererMSP"};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public final Path dataDir;
    public final Path blocks;
    public final Path trust;
    public final List<String> residents = new ArrayList<>();
    /** Per resident (in order): the ledger's {@code Points:getBalance} answer after the last block. */
    public final List<JsonNode> balances = new ArrayList<>();

    public PointsLedger(Path root) throws IOException {
        dataDir = root.resolve("data");
        IdentityStore identities = IdentityStore.open(dataDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        LedgerIdentity admin = identities.identity("CommunityMSP", "demo-admin", false);
        LedgerIdentity app = identities.identity("CommunityMSP", "demo-app", false);
        LedgerIdentity merchant = identities.identity("CommunityMSP", "demo-merchant", false);
        LedgerIdentity auditAdmin = identities.identity("AuditMSP", "Admin", true);
        LedgerIdentity auditor = identities.identity("AuditMSP", "demo-auditor", false);
        // next year's January: after the identities' certificates were issued (now), so every signer was valid then
        int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
        SettableClock clock = new SettableClock(Instant.parse(year + "-01-15T10:00:00Z"));
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dataDir, identities, clock, 3)) {
            ledger.submit(communityAdmin, "Registry:init");
            register(ledger, communityAdmin, admin, "ADMIN", "demo-admin", "demo");
            register(ledger, communityAdmin, app, "APP", "demo-app", "demo");
            register(ledger, communityAdmin, merchant, "MERCHANT", "demo-merchant", "demo");
            register(ledger, auditAdmin, auditor, "AUDITOR", "demo-auditor", null);
            ledger.submit(admin, "Community:defineActivityType", Args.json("activityType", "patrol", "category",
                    "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT", "dailyCapPoints", 1_000_000, "creditWeight", 100));
            ledger.submit(admin, "Community:setPolicy", Args.json("pointsExpiryMonths", 2, "maxContributionAgeDays", 30));
            for (int r = 0; r < 3; r++) {
                String resident = String.format("%064x", r + 1);
                residents.add(resident);
                ledger.submit(app, "Community:enrolResident", Args.json("residentId", resident));
                for (int i = 0; i <= 2 - r; i++) { // 60, 40 and 20 points
                    award(ledger, app, clock, "c-" + r + "-" + i, resident);
                }
            }
            ledger.submit(merchant, "Points:redeem", Args.json("redemptionId", "r-1", "residentId", residents.get(0),
                    "points", 25, "item", "bus ticket"));
            // settling deletes the merchant's receivable: a delete in a write set
            ledger.submit(admin, "Points:settle", Args.json("settlementId", "s-1", "merchantId", "demo-merchant"));
            ledger.submit(admin, "Points:reverse", Args.json("contributionId", "c-1-0", "reason", "entered twice"));
            clock.now = Instant.parse(year + "-04-20T10:00:00Z"); // January's points have expired
            for (int r = 0; r < 3; r++) {
                award(ledger, app, clock, "c-" + r + "-april", residents.get(r));
            }
            for (String resident : residents) {
                balances.add(MAPPER.readTree(ledger.evaluate(app, "Points:getBalance", resident)));
            }
        }
        blocks = dataDir.resolve("ledger/blocks.dat");
        trust = root.resolve("trust");
        Files.createDirectories(trust);
        for (String msp : MSPS) {
            Files.copy(dataDir.resolve("identities/" + msp + "/ca.crt"), trust.resolve(msp + ".crt"));
        }
    }

    /** @return every block of the block file, as stored (JSON) */
    public List<JsonNode> blockRecords() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (RecordReader reader = new RecordReader(blocks)) {
            byte[] payload;
            while ((payload = reader.next()) != null) {
                out.add(MAPPER.readTree(payload));
            }
        } catch (VerificationFailure e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    LedgerIdentity orderer() {
        return IdentityStore.open(dataDir).identity("OrdererMSP", "orderer", false);
    }

    private static void award(EmbeddedLedger ledger, LedgerIdentity app, Clock clock, String contribution,
                              String resident) {
        ledger.submit(app, "Points:award", Args.json("contributionId", contribution, "residentId", resident,
                "activityType", "patrol", "quantity", 1, "occurredAt", clock.instant().toString()));
    }

    private static void register(EmbeddedLedger ledger, LedgerIdentity by, LedgerIdentity who, String role,
                                 String subjectId, String communityId) {
        ledger.submit(by, "Registry:register", Args.json("clientId", who.clientId(), "mspId", who.mspId(), "role",
                role, "subjectId", subjectId, "communityId", communityId));
    }

    /** A clock the test moves. */
    private static final class SettableClock extends Clock {
        volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
