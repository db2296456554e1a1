package org.civicledger.client;

import java.util.Objects;

/**
 * The outcome of one item of {@link Contributions#awardBatch}: {@code AWARDED}, {@code ALREADY_AWARDED} (a replay) or {@code FAILED} with the API error {@code code} and {@code detail}.
 */
public final class BatchItemResult {
    private final String contributionId;
    private final String status;
    private final Long points;
    private final Long balance;
    private final String txId;
    private final Long blockNumber;
    private final String code;
    private final String detail;

    BatchItemResult(String contributionId, String status, Long points, Long balance, String txId, Long blockNumber, String code, String detail) {
        this.contributionId = contributionId;
        this.status = Objects.requireNonNull(status, "status");
        this.points = points;
        this.balance = balance;
        this.txId = txId;
        this.blockNumber = blockNumber;
        this.code = code;
        this.detail = detail;
    }

    /**
     * Returns the item's contribution id.
     *
     * @return the item's contribution id
     */
    public String contributionId() {
        return contributionId;
    }

    /**
     * Returns {@code AWARDED}, {@code ALREADY_AWARDED} or {@code FAILED}.
     *
     * @return {@code AWARDED}, {@code ALREADY_AWARDED} or {@code FAILED}
     */
    public String status() {
        return status;
    }

    /**
     * Returns the points awarded, or {@code null} when the item failed.
     *
     * @return the points awarded, or {@code null} when the item failed
     */
    public Long points() {
        return points;
    }

    /**
     * Returns the balance after the award, or {@code null} when the item failed.
     *
     * @return the balance after the award, or {@code null} when the item failed
     */
    public Long balance() {
        return balance;
    }

    /**
     * Returns the transaction of the award, or {@code null} when the item failed.
     *
     * @return the transaction of the award, or {@code null} when the item failed
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of that transaction, or {@code null} when the item failed.
     *
     * @return the block of that transaction, or {@code null} when the item failed
     */
    public Long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns the API error code when the item failed, otherwise {@code null}.
     *
     * @return the API error code when the item failed, otherwise {@code null}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the explanation when the item failed, otherwise {@code null}.
     *
     * @return the explanation when the item failed, otherwise {@code null}
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BatchItemResult)) {
            return false;
        }
        BatchItemResult o = (BatchItemResult) other;
        return Objects.equals(contributionId, o.contributionId) && Objects.equals(status, o.status) && Objects.equals(points, o.points) && Objects.equals(balance, o.balance) && Objects.equals(txId, o.txId) && Objects.equals(blockNumber, o.blockNumber) && Objects.equals(code, o.code) && Objects.equals(detail, o.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, status, points, balance, txId, blockNumber, code, detail);
    }

    @Override
    public String toString() {
        return "BatchItemResult{contributionId=" + contributionId
                + ", status=" + status
                + ", points=" + points
                + ", balance=" + balance
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", code=" + code
                + ", detail=" + detail + "}";
    }
}
