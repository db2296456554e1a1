package org.civicledger.gateway.ledger;

/**
 * What a submitted transaction came to: the chaincode's JSON result and, when it wrote something, the
 * committed transaction's id and block. A transaction whose simulation writes nothing (a replay of an
 * earlier write, or a no-op such as revoking a revoked consent) is answered from committed state and
 * never ordered: {@code written} is false, {@code txId} null and {@code blockNumber} -1.
 */
public record TxResult(String txId, long blockNumber, String payload, boolean written) {

    /** @return a transaction committed VALID in block {@code blockNumber} */
    public static TxResult committed(String txId, long blockNumber, String payload) {
        return new TxResult(txId, blockNumber, payload, true);
    }

    /** @return a result the chaincode gave without writing anything; no transaction was ordered */
    public static TxResult unwritten(String payload) {
        return new TxResult(null, -1, payload, false);
    }
}
