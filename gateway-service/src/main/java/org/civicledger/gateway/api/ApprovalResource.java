package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civicledger.api.points.ApprovalRequest;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.PendingContribution;
import org.civicledger.api.points.Rejection;
import org.civicledger.api.points.RejectionRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.service.LedgerCalls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Approval of contributions whose activity type requires it: approve, reject, the pending list. */
@Tag(name = ApiDefinition.POINTS)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/contributions/{contributionId}/approval")
    @Operation(summary = "Approve a pending contribution (ADMIN, COORDINATOR)",
            description = "Pays a PENDING contribution of the caller's community as of now: the activity type's "
                    + "daily cap is checked on the day of approval, the points count in this month. Deciding it again "
                    + "is 422 INVALID_STATE; after its expiresAt, 422 APPROVAL_EXPIRED.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class)))
    @APIResponse(responseCode = "200", description = "Approved: status AWARDED, approvedBy, the balance after",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Award.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.APPROVAL_REFUSED)
    public JsonNode approve(@PathParam("contributionId") String contributionId, JsonNode body) {
        Caller decider = caller.require("Points:approve");
        return ledger.submit(decider, "Points:approve", Bodies.withPathId(body, "contributionId", contributionId))
                .body();
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/contributions/{contributionId}/rejection")
    @Operation(summary = "Reject a pending contribution (ADMIN, COORDINATOR)",
            description = "The contribution is REJECTED, nothing is paid; the reason stays on the ledger. Deciding "
                    + "it again is 422 INVALID_STATE; after its expiresAt, 422 APPROVAL_EXPIRED.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RejectionRequest.class)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.APPROVAL_REFUSED)
    public JsonNode reject(@PathParam("contributionId") String contributionId, JsonNode body) {
        Caller decider = caller.require("Points:reject");
        return ledger.submit(decider, "Points:reject", Bodies.withPathId(body, "contributionId", contributionId))
                .body();
    }

    @GET
    @Path("/contributions/pending")
    @Operation(summary = "List contributions awaiting approval (ADMIN, COORDINATOR, AUDITOR)",
            description = "The caller's community's PENDING contributions, oldest recorded first (auditors: the "
                    + "community named, or every one's); expired ones carry expired true until decided.")
    @APIResponse(responseCode = "200", description = "The pending contributions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PendingContribution.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode pending(@Parameter(description = "A community (auditors); default the caller's")
                            @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Points:listPending"), "Points:listPending",
                Bodies.orEmpty(communityId));
    }
}
