package org.civicledger.api.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event is in the ledger, {@code block:tx} (for example {@code 42:3}): the SSE id of each event of
 * {@code GET /api/v1/events}, and the {@code Last-Event-ID} a client sends to resume after it. Positions order
 * events as the ledger does.
 */
public final class EventPosition implements Comparable<EventPosition> {
    /** The largest transaction index a position may name: nine digits. */
    public static final int MAX_TX = 999_999_999;
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18}):(\\d{1,9})");

    private final long block;
    private final int tx;

    private EventPosition(long block, int tx) {
        this.block = block;
        this.tx = tx;
    }

    /**
     * @param block the block number
     * @param tx    the transaction's index in the block
     * @return the position of that transaction's event
     * @throws IllegalArgumentException if either is negative, or the index is above {@link #MAX_TX}
     */
    public static EventPosition of(long block, int tx) {
        if (block < 0 || tx < 0 || tx > MAX_TX) {
            throw new IllegalArgumentException("an event position is a block number and a transaction index from 0 to "
                    + MAX_TX);
        }
        return new EventPosition(block, tx);
    }

    /**
     * @param block the block number
     * @return the position after every event of that block
     */
    public static EventPosition endOf(long block) {
        return of(block, MAX_TX);
    }

    /**
     * @param text {@code block:tx}, as an event's id
     * @return the position
     * @throws IllegalArgumentException if the text is not {@code block:tx} (up to 18 and 9 digits)
     */
    public static EventPosition parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("an event position is block:tx, for example 42:3");
        }
        return new EventPosition(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public long block() { return block; }
    public int tx() { return tx; }

    /**
     * @param other another position
     * @return whether this one comes later in the ledger
     */
    public boolean isAfter(EventPosition other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(EventPosition other) {
        return block != other.block ? Long.compare(block, other.block) : Integer.compare(tx, other.tx);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventPosition && compareTo((EventPosition) other) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(block) * 31 + tx;
    }

    /** @return {@code block:tx} */
    @Override
    public String toString() {
        return block + ":" + tx;
    }
}
