package org.civicledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * The demo community, set up through real transactions as the gateway's own tests do
 * (Registry:init, Registry:register, Community:defineActivityType, Community:enrolResident), with
 * an activity type whose daily cap no benchmark reaches, and {@code residents} enrolled residents.
 */
final class DemoCommunity implements AutoCloseable {
    static final String ACTIVITY_TYPE = "bench-patrol";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Path dataDir;
    final IdentityStore identities;
    final LedgerIdentity app;
    final LedgerIdentity auditor;
    final List<String> residents;
    final EmbeddedLedger ledger;
    /** Transactions this process saw committed, set-up included. */
    final AtomicLong committed = new AtomicLong();

    private DemoCommunity(Path dataDir, int residentCount, EmbeddedLedger ledger, IdentityStore identities) {
        this.dataDir = dataDir;
        this.identities = identities;
        this.ledger = ledger;
        this.app = identities.identity("CommunityMSP", "demo-app", false);
        this.auditor = identities.identity("AuditMSP", "demo-auditor", false);
        List<String> ids = new ArrayList<>(residentCount);
        for (int i = 0; i < residentCount; i++) {
            ids.add(residentId("resident-" + i));
        }
        this.residents = Collections.unmodifiableList(ids);
    }

    /** Opens an existing ledger set up by {@link #create}: identities from disk, nothing submitted. */
    static DemoCommunity open(Path dataDir, int residentCount) {
        IdentityStore identities = IdentityStore.open(dataDir);
        return new DemoCommunity(dataDir, residentCount, EmbeddedLedger.open(dataDir, identities), identities);
    }

    /** Creates the community in an empty ledger under {@code dataDir}, enrolling on {@code threads} threads. */
    static DemoCommunity create(Path dataDir, int residentCount, int threads) throws Exception {
        IdentityStore identities = IdentityStore.open(dataDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        LedgerIdentity admin = identities.identity("CommunityMSP", "demo-admin", false);
        LedgerIdentity auditAdmin = identities.identity("AuditMSP", "Admin", true);
        DemoCommunity community = new DemoCommunity(dataDir, residentCount, EmbeddedLedger.open(dataDir, identities),
                identities);
        if (community.ledger.height() != 0) {
            community.close();
            throw new IllegalStateException("the ledger under " + dataDir + " is not empty");
        }
        community.submit(communityAdmin, "Registry:init");
        community.register(communityAdmin, admin, "ADMIN", "demo-admin", "demo");
        community.register(communityAdmin, community.app, "APP", "demo-app", "demo");
        community.register(auditAdmin, community.auditor, "AUDITOR", "demo-auditor", null);
        community.submit(admin, "Community:defineActivityType", json("activityType", ACTIVITY_TYPE,
                "category", "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT",
                "dailyCapPoints", 100_000_000, "creditWeight", 100));
        community.enrolAll(threads);
        return community;
    }

    TxResult submit(LedgerIdentity caller, String function, String... args) {
        TxResult result = ledger.submit(caller, function, args);
        committed.incrementAndGet();
        return result;
    }

    /** An award of one unit (20 points) for a contribution that happened just now. */
    String awardRequest(String contributionId, String residentId) {
        return "{\"contributionId\":\"" + contributionId + "\",\"residentId\":\"" + residentId
                + "\",\"activityType\":\"" + ACTIVITY_TYPE + "\",\"quantity\":1,\"occurredAt\":\""
                + java.time.Instant.now() + "\"}";
    }

    /** A read every restart must be able to answer: an auditor's look at the first resident's balance. */
    String firstBalance() {
        return ledger.evaluate(auditor, "Points:getBalance", residents.get(0));
    }

    private void register(LedgerIdentity by, LedgerIdentity who, String role, String subjectId, String communityId) {
        submit(by, "Registry:register", json("clientId", who.clientId(), "mspId", who.mspId(), "role", role,
                "subjectId", subjectId, "communityId", communityId));
    }

    private void enrolAll(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String residentId : residents) {
                done.add(pool.submit(() -> submit(app, "Community:enrolResident", json("residentId", residentId))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static String residentId(String externalRef) {
        return Sha256.hex(externalRef);
    }

    static String json(Object... keyValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                node.set((String) keyValues[i], MAPPER.valueToTree(keyValues[i + 1]));
            }
        }
        return node.toString();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
