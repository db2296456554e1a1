package org.civicledger.client;

import org.civicledger.api.Checks;

import java.util.Objects;

/**
 * A resident's dispute of one of their transactions (the body of {@code POST /api/v1/disputes}). The client-chosen
 * {@code disputeId} makes the filing idempotent.
 *
 * <pre>{@code
 * DisputeRequest request = DisputeRequest.builder()
 *         .disputeId(Ids.newDisputeId())
 *         .residentId(residentId)
 *         .targetTxId(award.txId())
 *         .reason("I was not on patrol that day")
 *         .build();
 * }</pre>
 */
public final class DisputeRequest {
    private final String disputeId;
    private final String residentId;
    private final String targetTxId;
    private final String reason;

    private DisputeRequest(Builder builder) {
        this.disputeId = builder.disputeId;
        this.residentId = builder.residentId;
        this.targetTxId = builder.targetTxId;
        this.reason = builder.reason;
    }

    /**
     * Starts a new request.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the client-chosen id that makes the filing idempotent.
     *
     * @return the dispute id
     */
    public String disputeId() {
        return disputeId;
    }

    /**
     * Returns the resident who disputes.
     *
     * @return the resident id
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the disputed transaction: one of the resident's awards, redemptions…
     *
     * @return the transaction id
     */
    public String targetTxId() {
        return targetTxId;
    }

    /**
     * Returns why the resident disputes it.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DisputeRequest)) {
            return false;
        }
        DisputeRequest o = (DisputeRequest) other;
        return disputeId.equals(o.disputeId) && residentId.equals(o.residentId) && targetTxId.equals(o.targetTxId)
                && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(disputeId, residentId, targetTxId, reason);
    }

    @Override
    public String toString() {
        return "DisputeRequest{disputeId=" + disputeId + ", residentId=" + residentId + ", targetTxId=" + targetTxId
                + ", reason=" + reason + "}";
    }

    /** Builds a {@link DisputeRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private String disputeId;
        private String residentId;
        private String targetTxId;
        private String reason;

        private Builder() {
        }

        /**
         * Sets the client-chosen id (required); see {@link Ids#newDisputeId()}.
         *
         * @param disputeId the id
         * @return this builder
         */
        public Builder disputeId(String disputeId) {
            this.disputeId = disputeId;
            return this;
        }

        /**
         * Sets the resident who disputes (required).
         *
         * @param residentId the resident id
         * @return this builder
         */
        public Builder residentId(String residentId) {
            this.residentId = residentId;
            return this;
        }

        /**
         * Sets the disputed transaction (required).
         *
         * @param targetTxId the transaction id, for example {@link org.civicledger.api.points.Award#txId()}
         * @return this builder
         */
        public Builder targetTxId(String targetTxId) {
            this.targetTxId = targetTxId;
            return this;
        }

        /**
         * Sets why the resident disputes it (required, up to 500 characters).
         *
         * @param reason the reason
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or blank
         */
        public DisputeRequest build() {
            Checks.requireText(disputeId, "disputeId");
            Checks.requireText(residentId, "residentId");
            Checks.requireText(targetTxId, "targetTxId");
            Checks.requireText(reason, "reason");
            return new DisputeRequest(this);
        }
    }
}
