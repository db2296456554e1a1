package org.civicledger.gateway.runtime;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.LedgerRefusal;

/**
 * Runs the start-up set-up's ledger calls, asking again while the ledger answers
 * {@code LEDGER_UNAVAILABLE} — a Fabric network that has just started, whose peers are still learning
 * of each other (discovery then finds no set of peers that satisfies the endorsement policy), or a
 * peer being restarted — until a deadline common to all of them. Any other refusal ends the start at
 * once. Safe because every set-up transaction is idempotent. Thread-safe.
 *
 * <p>Not the gateway's transaction retry ({@link org.civicledger.gateway.ledger.ConflictRetry}, for MVCC
 * conflicts within one request, milliseconds apart, bounded by attempts): this waits for a network to come up,
 * seconds to minutes, bounded by a deadline, with a fixed pause, as there is no contention to spread out.
 */
final class StartupRetry {
    /** The pause before each new attempt: a peer that is still starting needs seconds, not milliseconds. */
    static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(StartupRetry.class.getName());

    private final LedgerPort ledger;
    private final Duration wait;
    private final Duration pause;
    private final long deadline;

    /**
     * @param wait  how long, from now, the set-up may keep waiting for the ledger in total
     * @param pause the pause before each new attempt
     */
    StartupRetry(LedgerPort ledger, Duration wait, Duration pause) {
        this.ledger = ledger;
        this.wait = wait;
        this.pause = pause;
        this.deadline = System.nanoTime() + wait.toNanos();
    }

    /** Submits one set-up transaction (see {@link #call}). */
    void submit(LedgerIdentity who, String function, String... args) {
        call(function, () -> ledger.submit(who, function, args));
    }

    /**
     * @param what names the call in the log and the final error
     * @return what {@code action} returned, at the first attempt the ledger answered
     * @throws LedgerRefusal the chaincode's refusal, or {@code LEDGER_UNAVAILABLE} (naming the wait and
     *     the last cause) once the deadline has passed
     */
    <T> T call(String what, Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (LedgerRefusal refusal) {
                if (refusal.code() != ErrorCode.LEDGER_UNAVAILABLE) {
                    throw refusal;
                }
                if (System.nanoTime() + pause.toNanos() - deadline > 0) {
                    throw new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "start-up set-up (" + what
                            + ") still failing after " + attempt + " attempts in " + wait.toSeconds()
                            + " s (civic.ledger.startup-wait): " + refusal.getMessage(), refusal.txId());
                }
                LOG.warning("start-up set-up " + what + " attempt " + attempt + ": " + refusal.getMessage()
                        + "; trying again in " + pause.toMillis() + " ms");
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("start-up interrupted", e);
        }
    }
}
