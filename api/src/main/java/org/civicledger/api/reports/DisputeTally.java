package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The disputes one admin resolved in a period, by outcome. */
@JsonClassDescription("The disputes one member resolved in the period, by outcome, and how many of them late.")
public final class DisputeTally extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty
    @JsonPropertyDescription("Who resolved them (the member's ledger identity; absent on resolutions recorded "
            + "before it was kept)")
    private String resolvedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("Disputes upheld") private long upheld;
    @JsonProperty(required = true) @JsonPropertyDescription("Disputes rejected") private long rejected;
    @JsonProperty(required = true) @JsonPropertyDescription("Of them, resolved after their dueBy") private long late;

    private DisputeTally() {
    }

    public String communityId() { return communityId; }
    public String resolvedBy() { return resolvedBy; }
    public long upheld() { return upheld; }
    public long rejected() { return rejected; }
    public long late() { return late; }
}
