package org.civicledger.gateway.ledger;

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

    /** Stops accepting work, finishes what is in flight and releases files. */
    @Override
    void close();
}
