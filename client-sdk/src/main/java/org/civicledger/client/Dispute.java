package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispute of one of a resident's transactions: the answer to {@link Disputes#file} and {@link Disputes#resolve},
 * and an item of {@link Disputes#list}.
 */
public final class Dispute {
    private final String disputeId;
    private final String residentId;
    private final String communityId;
    private final String targetTxId;
    private final String reason;
    private final String status;
    private final Instant filedAt;
    private final Instant dueBy;
    private final DisputeResolution resolution;
    private final String txId;
    private final Long blockNumber;
    private final boolean replayed;

    Dispute(String disputeId, String residentId, String communityId, String targetTxId, String reason, String status,
            Instant filedAt, Instant dueBy, DisputeResolution resolution, String txId, Long blockNumber,
            boolean replayed) {
        this.disputeId = Objects.requireNonNull(disputeId, "disputeId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.communityId = Objects.requireNonNull(communityId, "communityId");
        this.targetTxId = Objects.requireNonNull(targetTxId, "targetTxId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.status = Objects.requireNonNull(status, "status");
        this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
        this.dueBy = Objects.requireNonNull(dueBy, "dueBy");
        this.resolution = resolution;
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.replayed = replayed;
    }

    /**
     * Returns the dispute.
     *
     * @return the dispute
     */
    public String disputeId() {
        return disputeId;
    }

    /**
     * Returns the resident who disputes.
     *
     * @return the resident who disputes
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the resident's community.
     *
     * @return the resident's community
     */
    public String communityId() {
        return communityId;
    }

    /**
     * Returns the disputed transaction.
     *
     * @return the disputed transaction
     */
    public String targetTxId() {
        return targetTxId;
    }

    /**
     * Returns why the resident disputes it.
     *
     * @return why the resident disputes it
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns {@code OPEN}, {@code UPHELD} or {@code REJECTED}.
     *
     * @return {@code OPEN}, {@code UPHELD} or {@code REJECTED}
     */
    public String status() {
        return status;
    }

    /**
     * Returns when the dispute was filed.
     *
     * @return when the dispute was filed
     */
    public Instant filedAt() {
        return filedAt;
    }

    /**
     * Returns when it must be resolved by: 20 days after filing.
     *
     * @return when it must be resolved by: 20 days after filing
     */
    public Instant dueBy() {
        return dueBy;
    }

    /**
     * Returns the resolution, or {@code null} while the dispute is open.
     *
     * @return the resolution, or {@code null} while the dispute is open
     */
    public DisputeResolution resolution() {
        return resolution;
    }

    /**
     * Returns the transaction of the filing.
     *
     * @return the transaction of the filing
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of the write on the answer to a write, otherwise {@code null}.
     *
     * @return the block of the write on the answer to a write, otherwise {@code null}
     */
    public Long blockNumber() {
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
        if (!(other instanceof Dispute)) {
            return false;
        }
        Dispute o = (Dispute) other;
        return Objects.equals(disputeId, o.disputeId) && Objects.equals(residentId, o.residentId)
                && Objects.equals(communityId, o.communityId) && Objects.equals(targetTxId, o.targetTxId)
                && Objects.equals(reason, o.reason) && Objects.equals(status, o.status)
                && Objects.equals(filedAt, o.filedAt) && Objects.equals(dueBy, o.dueBy)
                && Objects.equals(resolution, o.resolution) && Objects.equals(txId, o.txId)
                && Objects.equals(blockNumber, o.blockNumber) && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(disputeId, residentId, communityId, targetTxId, reason, status, filedAt, dueBy, resolution,
                txId, blockNumber, replayed);
    }

    @Override
    public String toString() {
        return "Dispute{disputeId=" + disputeId
                + ", residentId=" + residentId
                + ", communityId=" + communityId
                + ", targetTxId=" + targetTxId
                + ", reason=" + reason
                + ", status=" + status
                + ", filedAt=" + filedAt
                + ", dueBy=" + dueBy
                + ", resolution=" + resolution
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
