package org.civicledger.gateway.ledger.fabric;

import io.grpc.Status;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.hyperledger.fabric.client.GatewayException;

/**
 * Waits for a submitted transaction's commit status, sending the SAME signed transaction (same txId) to the
 * orderers again whenever its status has not come within {@link #RESUBMIT_AFTER}, until the total commit deadline.
 *
 * <p>Why: a transaction an orderer accepted and forwarded to a Raft leader that then dies is never ordered, and
 * its commit status never comes; without a re-submission every such write waits out the whole deadline. Why it is
 * safe: Fabric validates a txId once. If the first copy was ordered, a second copy in a later block is invalidated
 * as {@code DUPLICATE_TXID} and the txId's status stays the first copy's, so a write is applied at most once.
 *
 * <p>fabric-gateway 1.10.0: {@code Transaction.submitAsync} may be called again on the same transaction (it is
 * signed once and sends the same envelope), and each {@code SubmittedTransaction.getStatus} is a new
 * {@code CommitStatus} call, which a client-side deadline ends with a {@code CommitStatusException} whose gRPC
 * status is {@code DEADLINE_EXCEEDED}.
 */
final class CommitWait {
    private static final Logger LOG = Logger.getLogger(CommitWait.class.getName());

    /**
     * How long a commit status may take before the transaction is sent again. Well above the network's normal
     * commit latency under load (p99 up to ~4 s measured at 128 concurrent awards on the 2-core test host), so a
     * merely slow commit is seldom re-sent (and a needless copy only costs a DUPLICATE_TXID entry), yet short
     * enough that a write lost with a Raft leader (a new one is elected within ~4 s) is re-sent after ~8 s instead of
     * waiting out the total deadline. Re-submissions are bounded by that total deadline.
     */
    static final Duration RESUBMIT_AFTER = Duration.ofSeconds(8);

    /** Sends the signed transaction to the orderers, through the Gateway, within {@code deadline}. */
    @FunctionalInterface
    interface Submit {
        void submit(Duration deadline) throws GatewayException;
    }

    /** Asks the Gateway for the transaction's commit status, waiting at most {@code deadline}. */
    @FunctionalInterface
    interface CommitStatus<S> {
        S await(Duration deadline) throws GatewayException;
    }

    private final Duration resubmitAfter;
    private final Duration submitDeadline;
    private final Duration total;
    private final LongSupplier nanoTime;

    /**
     * @param submitDeadline the deadline of one re-submission (cut to what is left of {@code total})
     * @param total          the commit status deadline, counted from the first submission's acceptance
     */
    CommitWait(Duration resubmitAfter, Duration submitDeadline, Duration total, LongSupplier nanoTime) {
        this.resubmitAfter = resubmitAfter;
        this.submitDeadline = submitDeadline;
        this.total = total;
        this.nanoTime = nanoTime;
    }

    /**
     * @return the commit status of {@code txId}, already submitted once (and accepted)
     * @throws GatewayException the last status call's {@code DEADLINE_EXCEEDED} once the total deadline has passed
     *     without a status, or at once any other failure of a status call
     */
    <S> S await(String txId, Submit submit, CommitStatus<S> status) throws GatewayException {
        long end = nanoTime.getAsLong() + total.toNanos();
        for (int resubmissions = 0; ; resubmissions++) {
            Duration left = Duration.ofNanos(end - nanoTime.getAsLong());
            try {
                return status.await(min(resubmitAfter, left));
            } catch (GatewayException e) {
                if (e.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED) {
                    throw e;
                }
                left = Duration.ofNanos(end - nanoTime.getAsLong());
                if (left.isNegative() || left.isZero()) {
                    throw e;
                }
            }
            LOG.info("re-submitting transaction " + txId + ": no commit status after "
                    + resubmitAfter.toSeconds() + " s (re-submission " + (resubmissions + 1) + ")");
            try {
                submit.submit(min(submitDeadline, Duration.ofNanos(end - nanoTime.getAsLong())));
            } catch (GatewayException e) {
                // The earlier copy may still commit: keep waiting for the status until the total deadline.
                LOG.info("re-submission of transaction " + txId + " not accepted: " + e.getStatus().getCode());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        return shorter.isNegative() || shorter.isZero() ? Duration.ofMillis(1) : shorter;
    }
}
