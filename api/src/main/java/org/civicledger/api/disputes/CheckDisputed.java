package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** On a credit query-log entry: the upheld dispute of that check. */
@JsonClassDescription("On a credit query-log entry: the dispute of the check that was upheld, and when.")
public final class CheckDisputed extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The upheld dispute") private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was upheld") private Instant at;

    private CheckDisputed() {
    }

    public String disputeId() { return disputeId; }
    public Instant at() { return at; }
}
