package org.civicledger.gateway.reports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civicledger.api.reports.TransparencyBoard;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public transparency board of a community (居务公开): anonymised monthly aggregates from the read model. No
 * token: {@code auth.BearerAuthFilter} exempts exactly this operation.
 */
@Tag(name = ApiDefinition.REPORTS)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/reports/communities/{communityId}/transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {
    @Inject
    TransparencyReport transparency;

    @GET
    @Operation(summary = "A community's transparency board (public, no token)",
            description = "Per month (UTC) and for the whole period: points issued, redeemed, expired and reversed, "
                    + "by category and by exchange point, active residents, and the value of redemptions in fen and "
                    + "CNY. Every cell counts the distinct residents behind it; a cell of fewer than 5 residents is "
                    + "suppressed, and further cells are suppressed so that none can be computed from the published "
                    + "ones (docs/API.md, Reports). No resident, app or attester id appears. A token, if sent, is "
                    + "ignored. From the read model: asOf tells how far it had followed the ledger.")
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TransparencyBoard.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode transparency(
            @PathParam("communityId") String communityId,
            @Parameter(description = "First month, YYYY-MM; default 11 months before to")
            @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM, included; default the current month (UTC); at most 36 "
                    + "months from from")
            @QueryParam("to") String to) {
        return transparency.board(communityId, from, to);
    }
}
