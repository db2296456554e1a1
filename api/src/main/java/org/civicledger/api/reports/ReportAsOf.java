package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("How far the read model behind a report had followed the ledger when it answered.")
public final class ReportAsOf extends WireValue {
    @JsonProperty @JsonPropertyDescription("The last transaction projected, \"block:tx\"; absent before the first")
    private String position;
    @JsonProperty(required = true) @JsonPropertyDescription("Committed blocks not yet projected (0: caught up)")
    private long lagBlocks;

    private ReportAsOf() {
    }

    public String position() { return position; }
    public long lagBlocks() { return lagBlocks; }
}
