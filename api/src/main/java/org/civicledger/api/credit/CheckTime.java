package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("The transaction a logged score was computed in, and its time.")
public final class CheckTime extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction's time (ISO-8601 UTC)") private Instant time;
    @JsonProperty(required = true) @JsonPropertyDescription("The check's transaction") private String txId;

    private CheckTime() {
    }

    public Instant time() { return time; }
    public String txId() { return txId; }
}
