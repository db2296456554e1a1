package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

/** Registers a household of the caller's community. */
@JsonClassDescription("Body of POST /api/v1/households (ADMIN): 1 to " + Limits.MAX_HOUSEHOLD_MEMBERS + " distinct "
        + "residents of the caller's community, none in another household (409 HOUSEHOLD_CONFLICT), the head among "
        + "them. Same id and body again: the record (200); same id, other body: 409 ID_CONFLICT.")
public final class HouseholdRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Pseudonymous id of the household, scoped to the community (never an address or a name)")
    private String householdId;
    @JsonProperty(required = true) @JsonPropertyDescription("The head: one of memberIds")
    private String headResidentId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The members: 1 to " + Limits.MAX_HOUSEHOLD_MEMBERS + " distinct residents of the "
            + "community (an unknown resident, or another community's, is 404 NOT_FOUND)")
    private List<String> memberIds;

    private HouseholdRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String householdId() { return householdId; }
    public String headResidentId() { return headResidentId; }
    public List<String> memberIds() { return memberIds; }

    /** Builds a {@link HouseholdRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final HouseholdRequest r = new HouseholdRequest();

        private Builder() {
        }

        /** The household's id (required). */
        public Builder householdId(String v) { r.householdId = v; return this; }

        /** The head (required), one of the members. */
        public Builder headResidentId(String v) { r.headResidentId = v; return this; }

        /** The members (required): 1 to {@link Limits#MAX_HOUSEHOLD_MEMBERS} residents. */
        public Builder memberIds(List<String> v) { r.memberIds = v == null ? null : new ArrayList<>(v); return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public HouseholdRequest build() {
            Checks.requireText(r.householdId, "householdId");
            Checks.requireText(r.headResidentId, "headResidentId");
            Checks.requireSet(r.memberIds, "memberIds");
            Checks.requireBetween(r.memberIds.size(), 1, Limits.MAX_HOUSEHOLD_MEMBERS, "memberIds");
            if (!r.memberIds.contains(r.headResidentId)) {
                throw new IllegalStateException("headResidentId must be one of memberIds");
            }
            return copy(r);
        }
    }
}
