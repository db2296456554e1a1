package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WriteResult;

@JsonClassDescription("Answer of POST /api/v1/contributions: 201 for a new award, 200 with the original result "
        + "for a replay.")
public final class Award extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The contribution") private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points awarded") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's available balance after the award")
    private long balance;

    private Award() {
    }

    public String contributionId() { return contributionId; }
    public String residentId() { return residentId; }
    public long points() { return points; }
    public long balance() { return balance; }
}
