package org.civicledger.client;

import java.util.Objects;

/**
 * The committed result of {@link Contributions#award}; a replay of the same request returns the original award,
 * with {@link #replayed()} true.
 */
public final class Award {
    private final String contributionId;
    private final String residentId;
    private final long points;
    private final long balance;
    private final String txId;
    private final long blockNumber;
    private final boolean replayed;

    Award(String contributionId, String residentId, long points, long balance, String txId, long blockNumber,
            boolean replayed) {
        this.contributionId = Objects.requireNonNull(contributionId, "contributionId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.points = points;
        this.balance = balance;
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.replayed = replayed;
    }

    /**
     * Returns the contribution.
     *
     * @return the contribution
     */
    public String contributionId() {
        return contributionId;
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
     * Returns the points awarded.
     *
     * @return the points awarded
     */
    public long points() {
        return points;
    }

    /**
     * Returns the resident's available balance after the award.
     *
     * @return the resident's available balance after the award
     */
    public long balance() {
        return balance;
    }

    /**
     * Returns the transaction of the award.
     *
     * @return the transaction of the award
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
        if (!(other instanceof Award)) {
            return false;
        }
        Award o = (Award) other;
        return Objects.equals(contributionId, o.contributionId) && Objects.equals(residentId, o.residentId)
                && points == o.points && balance == o.balance && Objects.equals(txId, o.txId)
                && blockNumber == o.blockNumber && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, residentId, points, balance, txId, blockNumber, replayed);
    }

    @Override
    public String toString() {
        return "Award{contributionId=" + contributionId
                + ", residentId=" + residentId
                + ", points=" + points
                + ", balance=" + balance
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
