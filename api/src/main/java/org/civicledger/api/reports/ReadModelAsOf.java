package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** How far the read model a report was computed from had followed the ledger when it answered. */
@JsonClassDescription("How far the read model had followed the ledger when the report was computed.")
public final class ReadModelAsOf extends WireValue {
    @JsonProperty
    @JsonPropertyDescription("The last transaction projected, block:tx; absent before the first")
    private String position;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Committed blocks of the ledger not yet in the report (0: caught up)")
    private long lagBlocks;

    private ReadModelAsOf() {
    }

    /** @return the last transaction projected, {@code block:tx}, or null before the first */
    public String position() { return position; }

    /** @return committed blocks not yet projected; 0 when the report covers the whole ledger */
    public long lagBlocks() { return lagBlocks; }
}
