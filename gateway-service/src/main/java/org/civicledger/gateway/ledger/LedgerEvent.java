package org.civicledger.gateway.ledger;

/**
 * A chaincode event of a committed, valid transaction. {@code position} ({@code block:tx})
 * orders events and is what a subscriber passes back to resume after the last one it saw.
 */
public record LedgerEvent(String position, long blockNumber, int txIndex, String txId, String type, String payload) {

    /** @return the position of an event: {@code block:tx} */
    public static String position(long blockNumber, int txIndex) {
        return blockNumber + ":" + txIndex;
    }
}
