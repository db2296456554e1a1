package org.civicledger.gateway.api.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code GET /api/v1/audit/reconciliation}: the points invariants over all accounts. */
@Schema(name = "Reconciliation",
        description = "Answer of GET /api/v1/audit/reconciliation: the points invariants over all accounts.")
public record Reconciliation(
        @Schema(description = "Whether every check passed", required = true) boolean ok,
        @Schema(description = "All points ever awarded", required = true) long issued,
        @Schema(description = "Points available now", required = true) long available,
        @Schema(description = "Points redeemed", required = true) long redeemed,
        @Schema(description = "Points expired", required = true) long expired,
        @Schema(description = "Points reversed", required = true) long reversed,
        @Schema(description = "Every failed check", required = true) List<ReconciliationMismatch> mismatches) {
}
