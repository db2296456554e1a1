package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * A contribution to award points for. The client-chosen {@code contributionId} makes the award idempotent: the
 * same request again returns the original award and pays nothing more; the same id with another body is
 * {@code ID_CONFLICT}. Keep the built request and resend it as it is: {@code occurredAt} is kept to the millisecond
 * (finer digits are dropped by the builder), so a request stored in a database and read back is the same request.
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
@JsonClassDescription("Body of POST /api/v1/contributions, and one item of a batch. Same id and same body again: "
        + "the original result; same id, different body: ID_CONFLICT.")
public final class ContributionRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the app's community; makes the award idempotent")
    private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who contributed") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("An activity type of the caller's community")
    private String activityType;
    @JsonProperty(required = true) @JsonPropertyDescription("How many units (positive)") private long quantity;
    @JsonProperty(required = true)
    @JsonPropertyDescription("When it happened (ISO-8601 UTC); not more than 5 minutes ahead nor older than the "
            + "community's limit")
    private Instant occurredAt;
    @JsonProperty @JsonPropertyDescription("Hash of off-ledger evidence (photo, sign-in sheet...), 32-128 hex digits")
    private String evidenceHash;
    @JsonProperty
    @JsonPropertyDescription("The named attester (grid worker, service team...) registered and ACTIVE in the "
            + "resident's community; required when the community's policy says attesterRequired")
    private String attesterId;

    private ContributionRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String contributionId() { return contributionId; }
    public String residentId() { return residentId; }
    public String activityType() { return activityType; }
    public long quantity() { return quantity; }
    public Instant occurredAt() { return occurredAt; }
    public String evidenceHash() { return evidenceHash; }
    public String attesterId() { return attesterId; }

    /** Builds a {@link ContributionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ContributionRequest r = new ContributionRequest();

        private Builder() {
        }

        /** The client-chosen id (required), see {@code Ids.newContributionId()}. */
        public Builder contributionId(String v) { r.contributionId = v; return this; }

        /** The resident who contributed (required). */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /** An activity type of the caller's community (required). */
        public Builder activityType(String v) { r.activityType = v; return this; }

        /** How many units (required, positive). */
        public Builder quantity(long v) { r.quantity = v; return this; }

        /** When it happened (required); kept to the millisecond. */
        public Builder occurredAt(Instant v) { r.occurredAt = v == null ? null : v.truncatedTo(ChronoUnit.MILLIS); return this; }

        /** Hash of off-ledger evidence (optional). */
        public Builder evidenceHash(String v) { r.evidenceHash = v; return this; }

        /** The named attester, registered and active in the resident's community (optional). */
        public Builder attesterId(String v) { r.attesterId = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or the quantity is not positive
         */
        public ContributionRequest build() {
            Checks.requireText(r.contributionId, "contributionId");
            Checks.requireText(r.residentId, "residentId");
            Checks.requireText(r.activityType, "activityType");
            Checks.requirePositive(r.quantity, "quantity");
            Checks.requireSet(r.occurredAt, "occurredAt");
            return copy(r);
        }
    }
}
