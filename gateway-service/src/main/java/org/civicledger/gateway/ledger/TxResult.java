package org.civicledger.gateway.ledger;

/**
 * A committed transaction: its id, the block it is in, and the chaincode's JSON result.
 */
public record TxResult(String txId, long blockNumber, String payload) {
}
