package org.civicledger.gateway.audit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerPort;
import org.jboss.logging.Logger;

/**
 * Integrity verifications running in the background ({@code POST /api/v1/audit/integrity/runs}), one at a time per
 * gateway on a thread of their own, with their progress as the ledger reports it. The last {@value #KEPT} runs are
 * kept in memory (a restart forgets them); starting one while another runs answers the running one.
 */
@ApplicationScoped
public class IntegrityRuns {
    /** How many runs are kept, the running one included. */
    public static final int KEPT = 10;
    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Logger LOG = Logger.getLogger(IntegrityRuns.class);

    /** A run as the API answers it ({@code org.civicledger.api.audit.IntegrityRun}, property by property). */
    public record Run(String runId, State state, long checkedBlocks, long height, String startedAt, String finishedAt,
                      IntegrityReport report, String problem) {
        /** @return whether it is still checking blocks */
        public boolean running() {
            return state == State.RUNNING;
        }
    }

    /** Where a run is (the wire type's names). */
    public enum State { RUNNING, DONE, FAILED }

    /** A run and whether this call started it. */
    public record Started(Run run, boolean isNew) {
    }

    private final LedgerPort ledger;
    private final Clock clock;
    private final Map<String, AtomicReference<Run>> runs = new LinkedHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "civic-integrity-run");
        t.setDaemon(true);
        return t;
    });
    private AtomicReference<Run> current;

    @Inject
    public IntegrityRuns(LedgerPort ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return the running run, or a new one started now ({@code isNew}) */
    public synchronized Started start() {
        if (current != null && current.get().running()) {
            return new Started(current.get(), false);
        }
        String runId = UUID.randomUUID().toString();
        AtomicReference<Run> run = new AtomicReference<>(new Run(runId, State.RUNNING, 0, ledger.height(),
                clock.instant().toString(), null, null, null));
        runs.put(runId, run);
        current = run;
        forgetOldest();
        worker.execute(() -> verify(run));
        return new Started(run.get(), true);
    }

    /** @return whether {@code runId} has the form of an id {@link #start()} gives */
    public static boolean wellFormed(String runId) {
        return runId != null && RUN_ID.matcher(runId).matches();
    }

    /** @return the run, if this gateway still keeps it */
    public synchronized Optional<Run> find(String runId) {
        return Optional.ofNullable(runs.get(runId)).map(AtomicReference::get);
    }

    private void verify(AtomicReference<Run> run) {
        try {
            IntegrityReport report = ledger.verifyIntegrity((checked, height) -> run.updateAndGet(
                    r -> new Run(r.runId(), r.state(), checked, height, r.startedAt(), null, null, null)));
            run.updateAndGet(r -> new Run(r.runId(), State.DONE, report.checkedBlocks(), report.height(),
                    r.startedAt(), clock.instant().toString(), report, null));
        } catch (RuntimeException | Error e) { // never left RUNNING: the next start would answer it for ever
            LOG.warnf("integrity run %s failed: %s", run.get().runId(), e.toString());
            run.updateAndGet(r -> new Run(r.runId(), State.FAILED, r.checkedBlocks(), r.height(), r.startedAt(),
                    clock.instant().toString(), null, "the ledger could not be read to the end; start another run"));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Keeps the newest {@value #KEPT} runs; the running one is the newest. */
    private void forgetOldest() {
        Iterator<String> oldest = runs.keySet().iterator();
        while (runs.size() > KEPT && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
