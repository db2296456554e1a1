package org.civicledger.gateway.readmodel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.service.Args;

/** An embedded ledger in a folder with a community, an app and an activity type set up: residents get awards. */
final class ProjectionLedger implements AutoCloseable {
    final Path dataDir;
    final EmbeddedLedger ledger;
    final LedgerIdentity app;

    ProjectionLedger(Path dataDir) {
        this.dataDir = dataDir;
        IdentityStore identities = IdentityStore.open(dataDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        LedgerIdentity admin = identities.identity("CommunityMSP", "rm-admin", false);
        this.app = identities.identity("CommunityMSP", "rm-app", false);
        this.ledger = EmbeddedLedger.open(dataDir, identities);
        if (ledger.height() == 0) {
            ledger.submit(communityAdmin, "Registry:init");
            ledger.submit(communityAdmin, "Registry:register", Args.json("clientId", admin.clientId(), "mspId",
                    admin.mspId(), "role", "ADMIN", "subjectId", "rm-admin", "communityId", "demo"));
            ledger.submit(communityAdmin, "Registry:register", Args.json("clientId", app.clientId(), "mspId",
                    app.mspId(), "role", "APP", "subjectId", "rm-app", "communityId", "demo"));
            ledger.submit(admin, "Community:defineActivityType", Args.json("activityType", "patrol", "category",
                    "SAFETY_PATROL", "pointsPerUnit", 20, "unit", "EVENT", "dailyCapPoints", 1_000_000,
                    "creditWeight", 100));
        }
    }

    static String residentId(String name) {
        return Sha256.hex("rm-" + name);
    }

    String enrol(String name) {
        String residentId = residentId(name);
        ledger.submit(app, "Community:enrolResident", Args.json("residentId", residentId));
        return residentId;
    }

    void award(String contributionId, String residentId) {
        ledger.submit(app, "Points:award", Args.json("contributionId", contributionId, "residentId", residentId,
                "activityType", "patrol", "quantity", 1, "occurredAt", Instant.now().toString()));
    }

    /** @return every event of the ledger counted per type, read with a subscription of its own */
    Map<String, Long> eventCounts() throws InterruptedException {
        List<LedgerEvent> events = allEvents();
        Map<String, Long> counts = new TreeMap<>();
        for (LedgerEvent event : events) {
            counts.merge(event.type(), 1L, Long::sum);
        }
        return counts;
    }

    /** @return every event of the ledger, in order (waits until the subscription has delivered the last block's) */
    List<LedgerEvent> allEvents() throws InterruptedException {
        List<LedgerEvent> events = new CopyOnWriteArrayList<>();
        long height = ledger.height();
        try (AutoCloseable subscription = ledger.subscribe(null, events::add)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            int seen = -1;
            while (Instant.now().isBefore(deadline)) {
                Thread.sleep(300);
                boolean last = !events.isEmpty() && events.get(events.size() - 1).blockNumber() >= height - 1;
                if (last && events.size() == seen) {
                    break;
                }
                seen = events.size();
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(events);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
