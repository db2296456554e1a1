package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/contributions}, and one item of a batch. Same id and same body again: the original
 * result; same id, different body: {@code ID_CONFLICT}.
 */
@Schema(name = "ContributionRequest",
        description = "Body of POST /api/v1/contributions, and one item of a batch. Same id and same body again: the "
                + "original result; same id, different body: ID_CONFLICT.")
public record ContributionRequest(
        @Schema(description = "Client-chosen id, scoped to the app's community; "
                + "makes the award idempotent", required = true)
        String contributionId,
        @Schema(description = "The resident who contributed", required = true) String residentId,
        @Schema(description = "An activity type of the caller's community", required = true) String activityType,
        @Schema(description = "How many units (positive)", required = true) long quantity,
        @Schema(description = "When it happened (ISO-8601 UTC); not more than 5 minutes ahead nor older than "
                + "the community's limit", required = true)
        String occurredAt,
        @Schema(description = "Hash of off-ledger evidence (photo, sign-in sheet...)") String evidenceHash) {
}
