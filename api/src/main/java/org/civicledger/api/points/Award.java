package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WriteResult;

@JsonClassDescription("Answer of POST /api/v1/contributions: 201 for a new award, 200 with the original result "
        + "for a replay; also the answer of POST /api/v1/contributions/{contributionId}/approval.")
public final class Award extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The contribution") private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points awarded") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's available balance after the award")
    private long balance;
    @JsonProperty
    @JsonPropertyDescription("AWARDED (points paid), or PENDING (the activity type requires approval: no points "
            + "paid yet, balance unchanged); absent on awards recorded before approvals existed: AWARDED")
    private ContributionStatus status;
    @JsonProperty
    @JsonPropertyDescription("A PENDING award: when its approval period ends (ISO-8601 UTC); approving or rejecting "
            + "it afterwards is APPROVAL_EXPIRED")
    private Instant expiresAt;
    @JsonProperty @JsonPropertyDescription("The named attester of the contribution, when there is one")
    private String attesterId;
    @JsonProperty @JsonPropertyDescription("The answer to an approval: the COORDINATOR or ADMIN who approved it")
    private String approvedBy;

    private Award() {
    }

    public String contributionId() { return contributionId; }
    public String residentId() { return residentId; }
    public long points() { return points; }
    public long balance() { return balance; }

    /** @return AWARDED or PENDING; AWARDED when the ledger sent none (older awards) */
    public ContributionStatus status() { return status == null ? ContributionStatus.AWARDED : status; }
    public Instant expiresAt() { return expiresAt; }
    public String attesterId() { return attesterId; }
    public String approvedBy() { return approvedBy; }
}
