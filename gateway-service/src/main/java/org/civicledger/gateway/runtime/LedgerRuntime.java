package org.civicledger.gateway.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.ledger.fabric.FabricLedger;

/** Opens the identity store and the ledger of the configured mode under {@code civic.data-dir}, once. */
@Singleton
public class LedgerRuntime {
    private static final Logger LOG = Logger.getLogger(LedgerRuntime.class.getName());

    private final Identities identities;
    private final LedgerPort ledger;

    @Inject
    public LedgerRuntime(CivicConfig config) {
        String mode = config.ledger().mode();
        if ("fabric".equals(mode)) {
            FabricLedger fabric = FabricLedger.open(config.ledger().fabricProfile(), config.ledger().maxAttempts());
            this.identities = fabric.identities();
            this.ledger = fabric;
            return;
        }
        if (!"embedded".equals(mode)) {
            throw new IllegalStateException("civic.ledger.mode=" + mode + " is not a ledger mode: use embedded or fabric");
        }
        EmbeddedLedger.loadContractsInBackground();
        IdentityStore store = IdentityStore.open(config.dataDir());
        this.identities = store;
        this.ledger = EmbeddedLedger.open(config.dataDir(), store, config.ledger().maxAttempts());
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

    @PreDestroy
    void close() {
        ledger.close();
    }
}
