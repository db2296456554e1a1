package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** How a dispute was resolved. */
@JsonClassDescription("How a dispute was resolved.")
public final class DisputeResolution extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("UPHELD or REJECTED") private DisputeStatus outcome;
    @JsonProperty(required = true) @JsonPropertyDescription("What was checked") private String note;
    @JsonProperty(required = true) @JsonPropertyDescription("Who resolved it: the ADMIN's subject id")
    private String by;
    @JsonProperty(required = true) @JsonPropertyDescription("When") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the resolution") private String txId;
    @JsonProperty @JsonPropertyDescription("Points reversed by upholding a dispute of an award not yet reversed")
    private Long reversedPoints;

    private DisputeResolution() {
    }

    public DisputeStatus outcome() { return outcome; }
    public String note() { return note; }
    public String by() { return by; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public Long reversedPoints() { return reversedPoints; }
}
