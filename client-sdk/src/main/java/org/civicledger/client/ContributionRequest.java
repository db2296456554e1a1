package org.civicledger.client;

import org.civicledger.api.Checks;

import java.time.Instant;
import java.util.Objects;

/**
 * A contribution to award points for (the body of {@code POST /api/v1/contributions}). The client-chosen
 * {@code contributionId} makes the award idempotent: sending the same request again returns the original award and
 * pays nothing more; the same id with a different body fails with {@link IdConflictException}.
 *
 * <pre>{@code
 * ContributionRequest request = ContributionRequest.builder()
 *         .contributionId(Ids.newContributionId())
 *         .residentId(residentId)
 *         .activityType("volunteer-hour")
 *         .quantity(3)
 *         .occurredAt(Instant.now())
 *         .build();
 * }</pre>
 */
public final class ContributionRequest {
    private final String contributionId;
    private final String residentId;
    private final String activityType;
    private final long quantity;
    private final Instant occurredAt;
    private final String evidenceHash;

    private ContributionRequest(Builder builder) {
        this.contributionId = builder.contributionId;
        this.residentId = builder.residentId;
        this.activityType = builder.activityType;
        this.quantity = builder.quantity;
        this.occurredAt = builder.occurredAt;
        this.evidenceHash = builder.evidenceHash;
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
     * Returns the client-chosen id that makes the award idempotent.
     *
     * @return the contribution id
     */
    public String contributionId() {
        return contributionId;
    }

    /**
     * Returns the resident who contributed.
     *
     * @return the resident id
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the activity type of the caller's community, for example {@code volunteer-hour}.
     *
     * @return the activity type id
     */
    public String activityType() {
        return activityType;
    }

    /**
     * Returns how many units (hours, events, kilograms) were contributed.
     *
     * @return a positive quantity
     */
    public long quantity() {
        return quantity;
    }

    /**
     * Returns when the contribution happened.
     *
     * @return the instant
     */
    public Instant occurredAt() {
        return occurredAt;
    }

    /**
     * Returns the hash of off-ledger evidence.
     *
     * @return 32-128 hex characters, or {@code null}
     */
    public String evidenceHash() {
        return evidenceHash;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ContributionRequest)) {
            return false;
        }
        ContributionRequest o = (ContributionRequest) other;
        return quantity == o.quantity && contributionId.equals(o.contributionId) && residentId.equals(o.residentId)
                && activityType.equals(o.activityType) && occurredAt.equals(o.occurredAt)
                && Objects.equals(evidenceHash, o.evidenceHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, residentId, activityType, quantity, occurredAt, evidenceHash);
    }

    @Override
    public String toString() {
        return "ContributionRequest{contributionId=" + contributionId + ", residentId=" + residentId
                + ", activityType=" + activityType + ", quantity=" + quantity + ", occurredAt=" + occurredAt
                + ", evidenceHash=" + evidenceHash + "}";
    }

    /** Builds a {@link ContributionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private String contributionId;
        private String residentId;
        private String activityType;
        private long quantity;
        private Instant occurredAt;
        private String evidenceHash;

        private Builder() {
        }

        /**
         * Sets the client-chosen id (required); see {@link Ids#newContributionId()}.
         *
         * @param contributionId the id
         * @return this builder
         */
        public Builder contributionId(String contributionId) {
            this.contributionId = contributionId;
            return this;
        }

        /**
         * Sets the resident who contributed (required).
         *
         * @param residentId the resident id
         * @return this builder
         */
        public Builder residentId(String residentId) {
            this.residentId = residentId;
            return this;
        }

        /**
         * Sets the activity type (required).
         *
         * @param activityType an activity type id of the caller's community
         * @return this builder
         */
        public Builder activityType(String activityType) {
            this.activityType = activityType;
            return this;
        }

        /**
         * Sets how many units were contributed (required, positive).
         *
         * @param quantity the quantity
         * @return this builder
         */
        public Builder quantity(long quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets when the contribution happened (required).
         *
         * @param occurredAt the instant
         * @return this builder
         */
        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        /**
         * Sets the hash of off-ledger evidence (optional).
         *
         * @param evidenceHash 32-128 hex characters, or {@code null}
         * @return this builder
         */
        public Builder evidenceHash(String evidenceHash) {
            this.evidenceHash = evidenceHash;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or the quantity is not positive
         */
        public ContributionRequest build() {
            Checks.requireText(contributionId, "contributionId");
            Checks.requireText(residentId, "residentId");
            Checks.requireText(activityType, "activityType");
            Checks.requirePositive(quantity, "quantity");
            Checks.requireSet(occurredAt, "occurredAt");
            return new ContributionRequest(this);
        }
    }
}
