package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * One redemption on a {@link MerchantStatement}.
 */
public final class StatementLine {
    private final String redemptionId;
    private final String residentId;
    private final long points;
    private final String item;
    private final Instant at;
    private final String txId;
    private final boolean settled;

    StatementLine(String redemptionId, String residentId, long points, String item, Instant at, String txId,
            boolean settled) {
        this.redemptionId = Objects.requireNonNull(redemptionId, "redemptionId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.points = points;
        this.item = Objects.requireNonNull(item, "item");
        this.at = Objects.requireNonNull(at, "at");
        this.txId = Objects.requireNonNull(txId, "txId");
        this.settled = settled;
    }

    /**
     * Returns the redemption.
     *
     * @return the redemption
     */
    public String redemptionId() {
        return redemptionId;
    }

    /**
     * Returns the resident who spent the points.
     *
     * @return the resident who spent the points
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the points spent.
     *
     * @return the points spent
     */
    public long points() {
        return points;
    }

    /**
     * Returns what the points bought.
     *
     * @return what the points bought
     */
    public String item() {
        return item;
    }

    /**
     * Returns when the redemption was made.
     *
     * @return when the redemption was made
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the transaction of the redemption.
     *
     * @return the transaction of the redemption
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns whether a settlement has paid the merchant for it.
     *
     * @return whether a settlement has paid the merchant for it
     */
    public boolean settled() {
        return settled;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StatementLine)) {
            return false;
        }
        StatementLine o = (StatementLine) other;
        return Objects.equals(redemptionId, o.redemptionId) && Objects.equals(residentId, o.residentId)
                && points == o.points && Objects.equals(item, o.item) && Objects.equals(at, o.at)
                && Objects.equals(txId, o.txId) && settled == o.settled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(redemptionId, residentId, points, item, at, txId, settled);
    }

    @Override
    public String toString() {
        return "StatementLine{redemptionId=" + redemptionId
                + ", residentId=" + residentId
                + ", points=" + points
                + ", item=" + item
                + ", at=" + at
                + ", txId=" + txId
                + ", settled=" + settled + "}";
    }
}
