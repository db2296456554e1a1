package org.civicledger.gateway.readmodel;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of the read model's kill -9 test: the embedded ledger, awards submitted from several threads,
 * and the read model projecting them (with a projection slow enough that a batch's SQL transaction is open most
 * of the time, so the kill lands inside one). Prints {@code PROJECTED <events>} as the read model advances. Runs
 * until killed, or stops by itself after the given number of seconds.
 *
 * <p>Usage: {@code ReadModelCrashLoad <data dir> <jdbc url> <residents> <threads> <seconds>}
 */
public final class ReadModelCrashLoad {
    private ReadModelCrashLoad() {
    }

    /** Sleeps a little on every event: a transaction of 100 events stays open for about 100 ms. */
    static final class SlowProjection implements Projection {
        @Override
        public String name() {
            return "test-slow";
        }

        @Override
        public List<String> schema() {
            return List.of();
        }

        @Override
        public List<String> tables() {
            return List.of();
        }

        @Override
        public void apply(ProjectedEvent event, Connection sql) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String url = args[1];
        int residents = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ProjectionLedger ledger = new ProjectionLedger(dir);
             ReadModelEngine engine = ReadModelEngine.start(ledger.ledger,
                     List.of(new EventCountProjection(), new SlowProjection()), url, TestDatabases.user(),
                     TestDatabases.password(), 2, 100)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        ledger.award("k-" + thread + "-" + i,
                                ProjectionLedger.residentId("crash-" + ((thread + i) % residents)));
                    }
                });
                worker.start();
                workers.add(worker);
            }
            long reported = -1;
            while (System.nanoTime() < deadline) {
                long projected = engine.eventsProjected();
                if (projected != reported) {
                    out.println("PROJECTED " + projected);
                    reported = projected;
                }
                Thread.sleep(20);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
    }
}
