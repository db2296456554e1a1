package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of GET /api/v1/residents/{residentId}/history: one page, oldest first (in the "
        + "order the movements were recorded); nextCursor continues after its last item.")
public final class HistoryPage extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The movements of this page, oldest first")
    private List<HistoryEntry> items;
    @JsonProperty @JsonPropertyDescription("Pass as cursor for the next page; absent on the last page")
    private String nextCursor;

    private HistoryPage() {
    }

    public List<HistoryEntry> items() { return items; }
    public String nextCursor() { return nextCursor; }
}
