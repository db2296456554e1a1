package org.civicledger.client;

import java.util.Objects;

/**
 * The committed result of {@link Redemptions#redeem}; a replay of the same request returns the original redemption,
 * with {@link #replayed()} true.
 */
public final class Redemption {
    private final String redemptionId;
    private final String residentId;
    private final String merchantId;
    private final long points;
    private final long balance;
    private final String txId;
    private final long blockNumber;
    private final boolean replayed;

    Redemption(String redemptionId, String residentId, String merchantId, long points, long balance, String txId,
            long blockNumber, boolean replayed) {
        this.redemptionId = Objects.requireNonNull(redemptionId, "redemptionId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.points = points;
        this.balance = balance;
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.replayed = replayed;
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
     * Returns the resident.
     *
     * @return the resident
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the merchant who redeemed.
     *
     * @return the merchant who redeemed
     */
    public String merchantId() {
        return merchantId;
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
     * Returns the resident's available balance after the redemption.
     *
     * @return the resident's available balance after the redemption
     */
    public long balance() {
        return balance;
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
     * Returns the block of that transaction.
     *
     * @return the block of that transaction
     */
    public long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     * 200 rather than 201).
     *
     * @return whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     *         200 rather than 201)
     */
    public boolean replayed() {
        return replayed;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Redemption)) {
            return false;
        }
        Redemption o = (Redemption) other;
        return Objects.equals(redemptionId, o.redemptionId) && Objects.equals(residentId, o.residentId)
                && Objects.equals(merchantId, o.merchantId) && points == o.points && balance == o.balance
                && Objects.equals(txId, o.txId) && blockNumber == o.blockNumber && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(redemptionId, residentId, merchantId, points, balance, txId, blockNumber, replayed);
    }

    @Override
    public String toString() {
        return "Redemption{redemptionId=" + redemptionId
                + ", residentId=" + residentId
                + ", merchantId=" + merchantId
                + ", points=" + points
                + ", balance=" + balance
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
