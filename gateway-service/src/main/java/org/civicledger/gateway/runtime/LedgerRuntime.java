package org.civicledger.gateway.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.ledger.fabric.FabricLedger;

/**
 * Opens the identity store and the ledger of the configured mode under {@code civic.data-dir}, once.
 * The embedded ledger timestamps transactions with the {@link Clock} bean ({@link SystemClock} unless a
 * test supplies one that it can move).
 */
@Singleton
public class LedgerRuntime {
    private static final Logger LOG = Logger.getLogger(LedgerRuntime.class.getName());

    private final Identities identities;
    private final LedgerPort ledger;
    private final EmbeddedLedger embedded;

    @Inject
    public LedgerRuntime(CivicConfig config, Clock clock) {
        String mode = config.ledger().mode();
        if ("fabric".equals(mode)) {
            FabricLedger fabric = FabricLedger.open(config.ledger().fabricProfile(), config.ledger().maxAttempts());
            this.identities = fabric.identities();
            this.ledger = fabric;
            this.embedded = null;
            return;
        }
        if (!"embedded".equals(mode)) {
            throw new IllegalStateException("civic.ledger.mode=" + mode + " is not a ledger mode: use embedded or fabric");
        }
        EmbeddedLedger.loadContractsInBackground();
        IdentityStore store = IdentityStore.open(config.dataDir());
        this.identities = store;
        this.embedded = EmbeddedLedger.open(config.dataDir(), store, clock, config.ledger().maxAttempts());
        this.ledger = embedded;
        LOG.info("embedded ledger open under " + config.dataDir().toAbsolutePath() + " at height " + ledger.height());
    }

    @Produces
    @Singleton
    LedgerPort ledger() {
        return ledger;
    }

    @Produces
    @Singleton
    Identities identities() {
        return identities;
    }

    /** @return the embedded ledger, or empty when the gateway runs on a Fabric network (which backs up its own) */
    public Optional<EmbeddedLedger> embedded() {
        return Optional.ofNullable(embedded);
    }

    @PreDestroy
    void close() {
        ledger.close();
    }
}
