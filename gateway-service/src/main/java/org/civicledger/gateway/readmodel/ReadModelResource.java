package org.civicledger.gateway.readmodel;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's rebuild of the read model (README "The read model"). The operator's token is checked by
 * {@code backup.OperatorTokenFilter}, as for every {@code /ops/} path.
 */
@Tag(name = "Operations")
@SecurityRequirement(name = "operator")
@Path("/ops/v1/read-model")
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelResource {
    @Inject
    SqlReadModel readModel;

    /** The read model's state, as answered. */
    @Schema(name = "ReadModelState")
    public record State(
            @Schema(description = "The last event projected, block:tx; null before the first", nullable = true)
            String position,
            @Schema(description = "Committed blocks of the ledger") long ledgerHeight,
            @Schema(description = "Committed blocks not yet projected (0 once caught up)") long lagBlocks,
            @Schema(description = "A rebuild is replaying the ledger") boolean rebuilding,
            @Schema(description = "The event projecting stopped at (block:tx) after a failure, null while it follows",
                    nullable = true) String stoppedAt) {

        static State of(ReadModelEngine.Status status) {
            return new State(status.position(), status.ledgerHeight(), status.lagBlocks(), status.rebuilding(),
                    status.stoppedAt());
        }
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the read model from the ledger (operator)",
            description = "Empties every report table and the checkpoint and replays the ledger from block 0 into "
                    + "them, in the background; the answer comes at once. While it runs, reports stay answerable: they "
                    + "show what is replayed so far, and their asOf (position, lagBlocks) says how far that is; "
                    + "/q/health/ready shows rebuilding: true until the replay has caught up. Asking again while a "
                    + "rebuild runs starts it over. No body is read.")
    @APIResponse(responseCode = "202", description = "The rebuild is started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = "FORBIDDEN: civic.operations.token-sha256 is not set",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response rebuild() {
        return Response.accepted(State.of(readModel.rebuild())).build();
    }
}
