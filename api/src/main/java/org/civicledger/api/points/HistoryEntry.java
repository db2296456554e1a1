package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("One movement on a resident's points; a page lists them oldest first.")
public final class HistoryEntry extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("AWARD, REDEMPTION, REVERSAL, EXPIRY, PENDING (awaiting approval: its points "
            + "are not in the balance) or REJECTION (0 points)")
    private HistoryType type;
    @JsonProperty(required = true) @JsonPropertyDescription("Points moved: positive for an award, negative (or 0) otherwise; for PENDING, "
            + "the points the approval would pay (not moved)")
    private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("When (ISO-8601 UTC)") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("The contribution, redemption or month it concerns")
    private String ref;
    @JsonProperty @JsonPropertyDescription("The named attester of the contribution, when there is one")
    private String attesterId;

    private HistoryEntry() {
    }

    public String txId() { return txId; }
    public HistoryType type() { return type; }
    public long points() { return points; }
    public Instant at() { return at; }
    public String ref() { return ref; }
    public String attesterId() { return attesterId; }
}
