package org.civicledger.gateway.runtime;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.civicledger.api.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.demo.DemoCommunity;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.service.Args;

/**
 * Before the gateway reports ready: commits the score model once, registers every caller's ledger
 * identity in the chaincode's role registry (each by its own organisation's admin; registration is
 * idempotent), and in demo mode seeds the demo community's activity types when it has the demo community's
 * ADMIN. A gateway of one organisation has only that organisation's callers and admin, so it registers only
 * its own callers. While the ledger is
 * unavailable (a network still starting) it asks again, for up to {@code civic.ledger.startup-wait}.
 */
@Singleton
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    LedgerPort ledger;

    @Inject
    Identities identities;

    @Inject
    Callers callers;

    @Inject
    CivicConfig config;

    private volatile boolean ready;

    void onStart(@Observes StartupEvent event) {
        setUp();
        ready = true;
        // The contract router's one-time classpath scan leaves a few hundred MB of garbage behind; one
        // full collection hands that memory back to the OS (idle RSS ≈ 250 MB instead of ≈ 750 MB).
        // Off the start-up path: the gateway is ready without waiting for it.
        Thread collect = new Thread(System::gc, "civic-post-start-gc");
        collect.setDaemon(true);
        collect.start();
    }

    /**
     * Brings the ledger's set-up to what the configuration says. What is already there is answered from
     * committed state without a transaction (the ledger orders only writes), so a restart that changed
     * nothing adds no block; a new caller or activity type adds only its own.
     */
    public void setUp() {
        StartupRetry setUp = new StartupRetry(ledger, config.ledger().startupWait(), StartupRetry.PAUSE);
        long before = setUp.call("height", ledger::height);
        // Registry:init (idempotent) accepts any organisation's admin: a gateway of one organisation uses its own.
        String initAdmin = identities.organisation().orElseGet(() -> callers.all().stream().map(Caller::organisation)
                .findFirst().orElse("CommunityMSP"));
        // Each step's transactions are submitted together, so each step commits as one block or two.
        // Community ADMINs go before the others: the first registration of a community makes its
        // organisation the owner, and that must not depend on which of two racing blocks came first.
        List<Caller> admins = callers.all().stream().filter(c -> c.role() == Role.ADMIN).toList();
        List<Caller> others = callers.all().stream().filter(c -> c.role() != Role.ADMIN).toList();
        List<Runnable> first = new ArrayList<>();
        first.add(() -> setUp.submit(orgAdmin(initAdmin), "Registry:init"));
        admins.forEach(c -> first.add(() -> register(setUp, c)));
        together(first);
        together(others.stream().<Runnable>map(c -> () -> register(setUp, c)).toList());
        if (config.demo()) {
            // Only the gateway holding the demo community's ADMIN (the Community organisation's) defines them.
            DemoCommunity.admin(callers).ifPresentOrElse(admin -> together(DemoCommunity.definitions(admin, setUp::submit)),
                    () -> LOG.info("the demo community's activity types are defined by the gateway of its ADMIN's"
                            + " organisation, not this one"));
        }
        LOG.info("ledger ready at height " + ledger.height() + " (" + (ledger.height() - before)
                + " set-up blocks this start); " + callers.all().size() + " callers");
    }

    /** Runs {@code steps} on a thread each (not the common pool: it has one thread on two cores) and waits. */
    private static void together(List<Runnable> steps) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, steps.size()));
        try {
            CompletableFuture.allOf(steps.stream().map(step -> CompletableFuture.runAsync(step, pool))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
    }

    /** @return whether start-up set-up has finished */
    public boolean ready() {
        return ready;
    }

    private void register(StartupRetry setUp, Caller caller) {
        LedgerIdentity who = caller.identity();
        setUp.submit(orgAdmin(caller.organisation()), "Registry:register", Args.json("clientId", who.clientId(),
                "mspId", who.mspId(), "role", caller.role().name(), "subjectId", caller.subjectId(),
                "communityId", caller.communityId()));
    }

    private LedgerIdentity orgAdmin(String organisation) {
        return identities.identity(organisation, "Admin", true);
    }
}
