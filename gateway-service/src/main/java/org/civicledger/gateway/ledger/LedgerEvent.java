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

    /**
     * @return {@code block:tx} as {block, tx}; null or empty as {-1, -1} (before the first block)
     * @throws IllegalArgumentException when {@code position} is not {@code block:tx} with two non-negative numbers
     */
    public static long[] parsePosition(String position) {
        if (position == null || position.isEmpty()) {
            return new long[] {-1, -1};
        }
        int colon = position.indexOf(':');
        try {
            long block = Long.parseLong(position.substring(0, colon));
            long tx = Long.parseLong(position.substring(colon + 1));
            if (block < 0 || tx < 0) {
                throw new NumberFormatException();
            }
            return new long[] {block, tx};
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("an event position is block:tx, e.g. 42:3, not " + position);
        }
    }
}
