package org.civicledger.client;

import org.civicledger.api.Checks;

import java.util.Objects;

/**
 * A redemption of a resident's points at the calling merchant (the body of {@code POST /api/v1/redemptions}). The
 * client-chosen {@code redemptionId} makes it idempotent, with the same rules as contributions.
 *
 * <pre>{@code
 * RedemptionRequest request = RedemptionRequest.builder()
 *         .redemptionId(Ids.newRedemptionId())
 *         .residentId(residentId)
 *         .points(25)
 *         .item("rice 5kg")
 *         .build();
 * }</pre>
 */
public final class RedemptionRequest {
    private final String redemptionId;
    private final String residentId;
    private final long points;
    private final String item;

    private RedemptionRequest(Builder builder) {
        this.redemptionId = builder.redemptionId;
        this.residentId = builder.residentId;
        this.points = builder.points;
        this.item = builder.item;
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
     * Returns the client-chosen id that makes the redemption idempotent.
     *
     * @return the redemption id
     */
    public String redemptionId() {
        return redemptionId;
    }

    /**
     * Returns the resident who spends.
     *
     * @return the resident id
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the points to spend.
     *
     * @return a positive number of points
     */
    public long points() {
        return points;
    }

    /**
     * Returns what the points buy.
     *
     * @return the item
     */
    public String item() {
        return item;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RedemptionRequest)) {
            return false;
        }
        RedemptionRequest o = (RedemptionRequest) other;
        return points == o.points && redemptionId.equals(o.redemptionId) && residentId.equals(o.residentId)
                && item.equals(o.item);
    }

    @Override
    public int hashCode() {
        return Objects.hash(redemptionId, residentId, points, item);
    }

    @Override
    public String toString() {
        return "RedemptionRequest{redemptionId=" + redemptionId + ", residentId=" + residentId + ", points=" + points
                + ", item=" + item + "}";
    }

    /** Builds a {@link RedemptionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private String redemptionId;
        private String residentId;
        private long points;
        private String item;

        private Builder() {
        }

        /**
         * Sets the client-chosen id (required); see {@link Ids#newRedemptionId()}.
         *
         * @param redemptionId the id
         * @return this builder
         */
        public Builder redemptionId(String redemptionId) {
            this.redemptionId = redemptionId;
            return this;
        }

        /**
         * Sets the resident who spends (required).
         *
         * @param residentId the resident id
         * @return this builder
         */
        public Builder residentId(String residentId) {
            this.residentId = residentId;
            return this;
        }

        /**
         * Sets the points to spend (required, positive).
         *
         * @param points the points
         * @return this builder
         */
        public Builder points(long points) {
            this.points = points;
            return this;
        }

        /**
         * Sets what the points buy (required).
         *
         * @param item a short description
         * @return this builder
         */
        public Builder item(String item) {
            this.item = item;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or the points are not positive
         */
        public RedemptionRequest build() {
            Checks.requireText(redemptionId, "redemptionId");
            Checks.requireText(residentId, "residentId");
            Checks.requirePositive(points, "points");
            Checks.requireText(item, "item");
            return new RedemptionRequest(this);
        }
    }
}
