package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** Body of POST /api/v1/disputes/overdue (ADMIN of its community, AUDITOR of any or all). */
@JsonClassDescription("Body of POST /api/v1/disputes/overdue: ADMIN for its own community (communityId, when "
        + "given, must be it), AUDITOR for one community or, without communityId, all.")
public final class OverdueRequest extends WireValue {
    @JsonProperty @JsonPropertyDescription("The community whose past-due disputes to mark; default the ADMIN's, "
            + "or all for an AUDITOR")
    private String communityId;

    private OverdueRequest() {
    }

    /** @return a request for the caller's community (ADMIN) or every community (AUDITOR) */
    public static OverdueRequest all() { return new OverdueRequest(); }

    /** @return a request for one community */
    public static OverdueRequest of(String communityId) {
        OverdueRequest r = new OverdueRequest();
        r.communityId = communityId;
        return r;
    }

    public String communityId() { return communityId; }
}
