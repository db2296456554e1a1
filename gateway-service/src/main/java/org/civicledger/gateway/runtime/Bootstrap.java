package org.civicledger.gateway.runtime;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.logging.Logger;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.demo.DemoCommunity;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.service.Args;

/**
 * Before the gateway reports ready: commits the score model once, registers every caller's ledger
 * identity in the chaincode's role registry (each by its own organisation's admin; registration is
 * idempotent), and in demo mode seeds the demo community's activity types.
 */
@Singleton
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    LedgerPort ledger;

    @Inject
    IdentityStore identities;

    @Inject
    Callers callers;

    @Inject
    CivicConfig config;

    private volatile boolean ready;

    void onStart(@Observes StartupEvent event) {
        long before = ledger.height();
        String anyAdmin = callers.all().stream().map(Caller::organisation).findFirst().orElse("CommunityMSP");
        ledger.submit(orgAdmin(anyAdmin), "Registry:init");
        // community ADMINs first: the first registration of a community makes its organisation the owner
        callers.all().stream().sorted(Comparator.comparing((Caller c) -> c.role().ordinal()).thenComparing(Caller::name))
                .forEach(this::register);
        if (config.demo()) {
            DemoCommunity.seed(ledger, callers);
        }
        ready = true;
        // The contract router's one-time classpath scan leaves a few hundred MB of garbage behind; one
        // full collection now hands that memory back to the OS (idle RSS ≈ 250 MB instead of ≈ 750 MB).
        System.gc();
        LOG.info("ledger ready at height " + ledger.height() + " (" + (ledger.height() - before)
                + " set-up blocks this start); " + callers.all().size() + " callers");
    }

    /** @return whether start-up set-up has finished */
    public boolean ready() {
        return ready;
    }

    private void register(Caller caller) {
        LedgerIdentity who = caller.identity();
        ledger.submit(orgAdmin(caller.organisation()), "Registry:register", Args.json("clientId", who.clientId(),
                "mspId", who.mspId(), "role", caller.role().name(), "subjectId", caller.subjectId(),
                "communityId", caller.communityId()));
    }

    private LedgerIdentity orgAdmin(String organisation) {
        return identities.identity(organisation, "Admin", true);
    }
}
