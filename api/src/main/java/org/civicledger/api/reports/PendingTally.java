package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The contributions of a community recorded as pending (awaiting approval) in a period. */
@JsonClassDescription("The contributions of a community recorded PENDING in the period, and how many of them are "
        + "still undecided.")
public final class PendingTally extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Contributions recorded PENDING") private long recorded;
    @JsonProperty(required = true) @JsonPropertyDescription("Points they ask for") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("Of them, not yet approved or rejected")
    private long undecided;

    private PendingTally() {
    }

    public String communityId() { return communityId; }
    public long recorded() { return recorded; }
    public long points() { return points; }
    public long undecided() { return undecided; }
}
