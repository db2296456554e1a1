package org.civicledger.client;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an oversight or anomaly report covers: a community and a period of UTC days. Immutable; built with
 * {@link #builder()}. Left out, the community is the caller's own (an ADMIN) or every community (an AUDITOR), and
 * the period is the 30 days up to and including today.
 *
 * <pre>{@code
 * OversightQuery march = OversightQuery.builder().communityId("north")
 *         .from(LocalDate.of(2026, 3, 1)).to(LocalDate.of(2026, 4, 1)).build();
 * AwardsReport awards = client.reports().oversight().awards(march);
 * }</pre>
 */
public final class OversightQuery {
    private final String communityId;
    private final LocalDate from;
    private final LocalDate to;

    private OversightQuery(Builder builder) {
        this.communityId = builder.communityId;
        this.from = builder.from;
        this.to = builder.to;
    }

    /** @return a builder of a query; nothing set covers the default community and period */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the community, or null for the caller's own (ADMIN) or every community (AUDITOR) */
    public String communityId() {
        return communityId;
    }

    /** @return the first day (included), or null for 30 days before {@link #to()} */
    public LocalDate from() {
        return from;
    }

    /** @return the day after the last (excluded), or null for tomorrow */
    public LocalDate to() {
        return to;
    }

    /** Builds an {@link OversightQuery}. */
    public static final class Builder {
        private String communityId;
        private LocalDate from;
        private LocalDate to;

        private Builder() {
        }

        /**
         * @param communityId the community; an ADMIN may name only its own
         * @return this builder
         */
        public Builder communityId(String communityId) {
            this.communityId = communityId;
            return this;
        }

        /**
         * @param from the first day of the period, UTC (included)
         * @return this builder
         */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /**
         * @param to the day after the period's last, UTC (excluded)
         * @return this builder
         */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /**
         * @return the query
         * @throws IllegalArgumentException if the community is blank, or {@code to} is not after {@code from}
         */
        public OversightQuery build() {
            if (communityId != null && communityId.isBlank()) {
                throw new IllegalArgumentException("communityId must not be blank; leave it out for the default");
            }
            if (from != null && to != null && !to.isAfter(from)) {
                throw new IllegalArgumentException("to must be after from: the period is [from, to)");
            }
            return new OversightQuery(this);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OversightQuery && Objects.equals(communityId, ((OversightQuery) other).communityId)
                && Objects.equals(from, ((OversightQuery) other).from) && Objects.equals(to, ((OversightQuery) other).to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(communityId, from, to);
    }

    @Override
    public String toString() {
        return "OversightQuery{communityId=" + communityId + ", from=" + from + ", to=" + to + "}";
    }
}
