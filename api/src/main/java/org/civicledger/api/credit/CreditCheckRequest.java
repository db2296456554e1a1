package org.civicledger.api.credit;

import org.civicledger.api.Limits;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * A bank's credit check of a resident for one of its loan products. Keep the request (with its {@code checkId}) to
 * retry after a timeout or a crash: the same id and body again answers the original check and logs nothing more.
 */
@JsonClassDescription("Body of POST /api/v1/credit-checks (BANK); needs the resident's valid consent for the "
        + "purpose.")
public final class CreditCheckRequest extends WireValue {
    @JsonProperty
    @JsonPropertyDescription("The bank's idempotency id for this check (optional; letters, digits, '.', '_', ':', "
            + "'-', at most " + Limits.MAX_ID_LENGTH + "): the same id and body again returns the original check (200) "
            + "without a second entry on the query log; the same id with another body is 409 "
            + "ID_CONFLICT. Ids are scoped to the bank. Without it every call is a new check.")
    private String checkId;
    @JsonProperty
    @JsonPropertyDescription("The resident (exactly one of residentId and householdId)")
    private String residentId;
    @JsonProperty
    @JsonPropertyDescription("A household (exactly one of residentId and householdId): needs the consent of its "
            + "current head naming it; the household score; the check goes on every member's query log")
    private String householdId;
    @JsonProperty
    @JsonPropertyDescription("The household's community: required with householdId, refused without it")
    private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("One of the bank's loan products") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("The purpose the consent names") private String purpose;

    private CreditCheckRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String checkId() { return checkId; }
    public String residentId() { return residentId; }
    public String householdId() { return householdId; }
    public String communityId() { return communityId; }
    public String productId() { return productId; }
    public String purpose() { return purpose; }

    /** Builds a {@link CreditCheckRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final CreditCheckRequest r = new CreditCheckRequest();

        private Builder() {
        }

        /** The bank's id for this check (optional; the SDK generates one when absent), see {@code Ids.newCheckId()}. */
        public Builder checkId(String v) { r.checkId = v; return this; }

        /** The resident (a resident's check: required; a household's: absent). */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /**
         * A household of a community, for a household check (instead of a resident).
         *
         * @param communityId the household's community
         * @param householdId the household
         * @return this builder
         */
        public Builder household(String communityId, String householdId) {
            r.communityId = communityId;
            r.householdId = householdId;
            return this;
        }

        /** One of the bank's loan products (required). */
        public Builder productId(String v) { r.productId = v; return this; }

        /** The purpose the consent names (required). */
        public Builder purpose(String v) { r.purpose = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public CreditCheckRequest build() {
            if ((r.residentId == null) == (r.householdId == null)) {
                throw new IllegalStateException("exactly one of residentId and householdId is required");
            }
            if (r.householdId != null) {
                Checks.requireText(r.householdId, "householdId");
                Checks.requireText(r.communityId, "communityId");
            } else {
                Checks.requireText(r.residentId, "residentId");
            }
            Checks.requireText(r.productId, "productId");
            Checks.requireText(r.purpose, "purpose");
            return copy(r);
        }
    }
}
