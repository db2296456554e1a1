package org.civicledger.gateway.api.schema;

import java.util.List;
import org.civicledger.api.points.ContributionRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/contributions/batch}: 1-1000 contributions, each awarded or refused on its own. */
@Schema(name = "ContributionBatchRequest",
        description = "Body of POST /api/v1/contributions/batch: 1-1000 contributions, each awarded or refused on its "
                + "own.")
public record ContributionBatchRequest(
        @Schema(description = "The contributions (1-1000)", required = true) List<ContributionRequest> items) {
}
