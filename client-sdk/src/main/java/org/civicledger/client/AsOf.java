package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The committed ledger state a credit score was computed on.
 */
public final class AsOf {
    private final long blockNumber;
    private final Instant time;

    AsOf(long blockNumber, Instant time) {
        this.blockNumber = blockNumber;
        this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * Returns the last block included.
     *
     * @return the last block included
     */
    public long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns the time of the computation.
     *
     * @return the time of the computation
     */
    public Instant time() {
        return time;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AsOf)) {
            return false;
        }
        AsOf o = (AsOf) other;
        return blockNumber == o.blockNumber && Objects.equals(time, o.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(blockNumber, time);
    }

    @Override
    public String toString() {
        return "AsOf{blockNumber=" + blockNumber
                + ", time=" + time + "}";
    }
}
