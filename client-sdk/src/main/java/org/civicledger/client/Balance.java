package org.civicledger.client;

import java.util.Objects;

/**
 * A resident's points: the answer to {@link Residents#balance}.
 */
public final class Balance {
    private final String residentId;
    private final long available;
    private final long earnedTotal;
    private final long spentTotal;
    private final long expiredTotal;
    private final long reversedTotal;

    Balance(String residentId, long available, long earnedTotal, long spentTotal, long expiredTotal, long reversedTotal) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.available = available;
        this.earnedTotal = earnedTotal;
        this.spentTotal = spentTotal;
        this.expiredTotal = expiredTotal;
        this.reversedTotal = reversedTotal;
    }

    /**
     * Returns the resident.
     *
     * @return the resident
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns points that may be redeemed now.
     *
     * @return points that may be redeemed now
     */
    public long available() {
        return available;
    }

    /**
     * Returns all points ever awarded.
     *
     * @return all points ever awarded
     */
    public long earnedTotal() {
        return earnedTotal;
    }

    /**
     * Returns all points redeemed.
     *
     * @return all points redeemed
     */
    public long spentTotal() {
        return spentTotal;
    }

    /**
     * Returns all points expired.
     *
     * @return all points expired
     */
    public long expiredTotal() {
        return expiredTotal;
    }

    /**
     * Returns all points taken back by reversals.
     *
     * @return all points taken back by reversals
     */
    public long reversedTotal() {
        return reversedTotal;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Balance)) {
            return false;
        }
        Balance o = (Balance) other;
        return Objects.equals(residentId, o.residentId) && available == o.available && earnedTotal == o.earnedTotal && spentTotal == o.spentTotal && expiredTotal == o.expiredTotal && reversedTotal == o.reversedTotal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(residentId, available, earnedTotal, spentTotal, expiredTotal, reversedTotal);
    }

    @Override
    public String toString() {
        return "Balance{residentId=" + residentId
                + ", available=" + available
                + ", earnedTotal=" + earnedTotal
                + ", spentTotal=" + spentTotal
                + ", expiredTotal=" + expiredTotal
                + ", reversedTotal=" + reversedTotal + "}";
    }
}
