package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of GET /api/v1/consents: one page of the calling bank's consents of a resident (those "
        + "naming no household) or of a household (its current head's naming it), in consent id order, each with its "
        + "status at the time at; nextCursor continues.")
public final class ConsentPage extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The consents of this page")
    private List<ConsentState> items;
    @JsonProperty @JsonPropertyDescription("Pass as cursor for the next page; absent on the last page")
    private String nextCursor;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The ledger time the statuses were computed at (the read's transaction time)")
    private Instant at;

    private ConsentPage() {
    }

    public List<ConsentState> items() { return items; }
    public String nextCursor() { return nextCursor; }
    public Instant at() { return at; }
}
