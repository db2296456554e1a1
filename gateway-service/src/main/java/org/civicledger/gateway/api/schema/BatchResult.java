package org.civicledger.gateway.api.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/contributions/batch}. */
@Schema(name = "BatchResult",
        description = "Answer of POST /api/v1/contributions/batch.")
public record BatchResult(
        @Schema(description = "One result per item, in the request's order", required = true)
        List<BatchItemResult> results) {
}
