package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** What one app or attester of a community awarded in a period, and what of it was reversed. */
@JsonClassDescription("The awards of one app (or attester) of a community in the period, and the reversals of "
        + "its awards recorded in the period.")
public final class AwardTally extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The app id (or attester id)") private String id;
    @JsonProperty(required = true) @JsonPropertyDescription("Awards paid in the period") private long awards;
    @JsonProperty(required = true) @JsonPropertyDescription("Points of those awards") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("Distinct residents awarded") private long residents;
    @JsonProperty(required = true) @JsonPropertyDescription("Its awards reversed in the period") private long reversals;
    @JsonProperty(required = true) @JsonPropertyDescription("Points those reversals took back")
    private long reversedPoints;

    private AwardTally() {
    }

    public String communityId() { return communityId; }
    public String id() { return id; }
    public long awards() { return awards; }
    public long points() { return points; }
    public long residents() { return residents; }
    public long reversals() { return reversals; }
    public long reversedPoints() { return reversedPoints; }
}
