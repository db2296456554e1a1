package org.civicledger.gateway.ledger.embedded;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.ledger.TxResult;

/**
 * The child process of the ledger's kill -9 test: submits awards from several threads and
 * prints {@code ACK <contributionId> <txId>} for each one acknowledged. Stops by itself after
 * the given number of seconds.
 *
 * <p>Usage: {@code LedgerCrashLoad <data dir> <residents> <threads> <seconds>}
 */
public final class LedgerCrashLoad {
    private LedgerCrashLoad() {
    }

    /**
     * @param args data dir, residents (enrolled as crash-0…), threads, seconds
     */
    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        int residents = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DemoLedger demo = new DemoLedger(dir);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    String id = "k-" + thread + "-" + i;
                    String resident = DemoLedger.residentId("crash-" + ((thread + i) % residents));
                    TxResult result = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest(id, resident, 1));
                    synchronized (out) {
                        out.println("ACK " + id + " " + result.txId());
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        demo.close();
    }
}
