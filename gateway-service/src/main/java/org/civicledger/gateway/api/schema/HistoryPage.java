package org.civicledger.gateway.api.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code GET /api/v1/residents/{residentId}/history}: one page, oldest first. */
@Schema(name = "HistoryPage",
        description = "Answer of GET /api/v1/residents/{residentId}/history: one page, oldest first "
                + "(in the order the movements were recorded); nextCursor continues after its last item.")
public record HistoryPage(
        @Schema(description = "The movements of this page, oldest first", required = true) List<HistoryEntry> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {
}
