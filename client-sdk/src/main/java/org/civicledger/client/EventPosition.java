package org.civicledger.client;

/** An event id {@code block:tx}, ordered as the ledger orders events. */
final class EventPosition {
    private final long block;
    private final long tx;

    private EventPosition(long block, long tx) {
        this.block = block;
        this.tx = tx;
    }

    /** The position an id names, or {@code null} if it names none. */
    static EventPosition parse(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new EventPosition(Long.parseLong(id.substring(0, colon)), Long.parseLong(id.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean isAfter(EventPosition other) {
        return block > other.block || block == other.block && tx > other.tx;
    }
}
