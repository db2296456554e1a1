package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failed reconciliation check. */
@Schema(name = "ReconciliationMismatch",
        description = "One failed reconciliation check.")
public record ReconciliationMismatch(
        @Schema(description = "The record checked", required = true) String subject,
        @Schema(description = "The rule it broke", required = true) String check,
        @Schema(description = "What the rule expected", required = true) long expected,
        @Schema(description = "What was found", required = true) long actual) {
}
