package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** Names a resident: moved into a household, or named its head. */
@JsonClassDescription("Body of POST /api/v1/households/{householdId}/members (ADMIN: move a resident of the "
        + "community in, out of any household they were in) and of POST /api/v1/households/{householdId}/head "
        + "(ADMIN: name a member the head).")
public final class HouseholdMemberRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;

    private HouseholdMemberRequest() {
    }

    /**
     * @param residentId the resident
     * @return the request
     * @throws IllegalStateException if residentId is missing
     */
    public static HouseholdMemberRequest of(String residentId) {
        Checks.requireText(residentId, "residentId");
        HouseholdMemberRequest r = new HouseholdMemberRequest();
        r.residentId = residentId;
        return r;
    }

    public String residentId() { return residentId; }
}
