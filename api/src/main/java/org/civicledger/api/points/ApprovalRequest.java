package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/contributions/{contributionId}/approval: an empty object (the path "
        + "names the contribution).")
public final class ApprovalRequest extends WireValue {
    private static final ApprovalRequest EMPTY = new ApprovalRequest();

    private ApprovalRequest() {
    }

    /** @return the (empty) approval request */
    public static ApprovalRequest empty() { return EMPTY; }
}
