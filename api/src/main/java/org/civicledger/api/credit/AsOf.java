package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("The committed ledger state a score was computed on.")
public final class AsOf extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Last block included") private long blockNumber;
    @JsonProperty(required = true) @JsonPropertyDescription("Time of the computation (ISO-8601 UTC)")
    private Instant time;

    private AsOf() {
    }

    public long blockNumber() { return blockNumber; }
    public Instant time() { return time; }
}
