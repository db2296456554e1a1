package org.civicledger.gateway.ledger;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.civicledger.gateway.identity.LedgerIdentity;

/**
 * The one way the gateway reaches the ledger, whichever adapter is behind it (the embedded
 * ledger, or a Fabric network). Functions are the chaincode's {@code Contract:transaction}
 * names; arguments are its JSON strings.
 *
 * <p>{@code
 * TxResult r = ledger.submit(app, "Points:award", requestJson);
 * String balance = ledger.evaluate(app, "Points:getBalance", residentId);
 * }
 */
public interface LedgerPort extends AutoCloseable {

    /**
     * Endorses, orders and commits a transaction as {@code caller}, returning once its block is
     * durable. Transactions invalidated by a concurrent write (MVCC) are simulated again, a
     * bounded number of times, before this gives up.
     *
     * @throws LedgerRefusal when the chaincode refuses (its error code and message), or the
     *                       ledger cannot commit ({@code LEDGER_UNAVAILABLE})
     */
    TxResult submit(LedgerIdentity caller, String function, String... args);

    /**
     * Runs a read-only transaction as {@code caller} against committed state; nothing is ordered.
     *
     * @return the chaincode's JSON result
     * @throws LedgerRefusal when the chaincode refuses
     */
    String evaluate(LedgerIdentity caller, String function, String... args);

    /** @return what this process has committed and retried so far (for metrics) */
    LedgerCounters counters();

    /** @return the number of committed blocks */
    long height();

    /** @return block {@code number}, if committed */
    Optional<BlockInfo> block(long number);

    /** @return up to {@code limit} most recent blocks, newest first */
    List<BlockInfo> latestBlocks(int limit);

    /**
     * Reads back through the chain one page at a time, without asking the height again.
     *
     * @param before the block after the newest to read (the height, to start from the newest)
     * @param limit  how many at most
     * @return blocks {@code before - 1} down to {@code before - limit} (never below 0), newest first
     */
    default List<BlockInfo> blocksBefore(long before, int limit) {
        List<BlockInfo> out = new java.util.ArrayList<>();
        for (long n = before - 1; n >= 0 && out.size() < limit; n--) {
            block(n).ifPresent(out::add);
        }
        return out;
    }

    /** @return the transaction with that id (valid or not), if it is in a block */
    Optional<TxInfo> transaction(String txId);

    /**
     * The proof of a transaction (valid or not) that anyone can check offline with the organisations' CA
     * certificates alone: the block that holds it, as stored, and the headers of the blocks after it up to the
     * checkpoint, with the orderer's signature on the checkpoint (format: gateway README, "Transaction proofs").
     * Reads the transaction's block once; the headers come from the blocks after it.
     *
     * @param checkpoint the block the header chain ends at; empty: {@link ProofRange#checkpoint}'s default
     * @return the proof, or empty if no block holds a transaction with that id
     * @throws IllegalArgumentException if the checkpoint is out of {@link ProofRange}'s range
     */
    Optional<TxProof> proof(String txId, OptionalLong checkpoint);

    /** Recomputes the hash chain, checks every signature and the world state; can take a while. */
    default IntegrityReport verifyIntegrity() {
        return verifyIntegrity(IntegrityProgress.NONE);
    }

    /**
     * {@link #verifyIntegrity()}, telling {@code progress} the height it verifies and then each block checked (the
     * auditor's console shows it). The report is the same.
     */
    IntegrityReport verifyIntegrity(IntegrityProgress progress);

    /**
     * Delivers the chaincode events of valid transactions after {@code afterPosition} (null or
     * empty: from the first block), then each new one as its block commits, in order, each once.
     * The sink runs on a thread of this subscription's own and may block: the subscription then waits
     * for it (back-pressure), reading no further, so a slow sink holds no history in memory and slows
     * no one else. Closing the subscription interrupts that thread.
     *
     * @return closing it ends the subscription
     * @throws IllegalArgumentException when {@code afterPosition} is not {@code block:tx}
     */
    AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink);

    /** Stops accepting work, finishes what is in flight and releases files. */
    @Override
    void close();
}
