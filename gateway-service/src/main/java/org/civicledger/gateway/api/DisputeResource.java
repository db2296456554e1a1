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
import jakarta.ws.rs.core.Response;
import org.civicledger.api.disputes.Dispute;
import org.civicledger.api.disputes.DisputeRequest;
import org.civicledger.api.disputes.DisputeResolutionRequest;
import org.civicledger.api.disputes.OverdueMarking;
import org.civicledger.api.disputes.OverdueRequest;
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

/**
 * Disputes: filed by an app for a resident (of a points transaction, a suspension, a credit check or the score),
 * resolved once by the community admin (or an auditor once past due); past-due disputes read OVERDUE.
 */
@Tag(name = ApiDefinition.DISPUTES)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/disputes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Operation(summary = "File a dispute for a resident (APP)",
            description = "Against one of the resident's transactions by targetTxId: a points transaction, the "
                    + "setResidentStatus transaction that suspended the resident (SUSPENSION), or a bank's credit "
                    + "check on the resident or their household (CREDIT_CHECK); the kind is inferred, and "
                    + "targetType, when given, must agree (400 otherwise). Or against the resident's current "
                    + "score: targetType SCORE and no targetTxId (the score at filing is kept as scoreAtFiling). "
                    + "It is due for resolution 20 days after filing (dueBy). Same-id rules as contributions; "
                    + "dispute ids are scoped to the community. A target has at most one open dispute: another "
                    + "while one is open is 422 INVALID_STATE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisputeRequest.class)))
    @APIResponse(responseCode = "201", description = "Filed (status OPEN)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dispute.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dispute.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public Response file(JsonNode body) {
        Caller app = caller.require("Disputes:fileDispute");
        return Bodies.written(ledger.submit(app, "Disputes:fileDispute", Bodies.object(body).toString()));
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/{disputeId}/resolution")
    @Operation(summary = "Resolve a dispute (ADMIN; AUDITOR once past due)",
            description = "The community's ADMIN resolves an OPEN or OVERDUE dispute; an AUDITOR only one past "
                    + "its dueBy (403 FORBIDDEN before), naming its communityId. UPHELD on an award reverses it; "
                    + "on a suspension sets the resident ACTIVE again (resolution.reactivated); on a credit check "
                    + "marks the check disputed on every query log it is on; on a score recomputes it with the "
                    + "model in force, and needs correction (a ScoreCorrection code; 400 without, and 400 with it "
                    + "anywhere else): resolution.scoreBefore (at filing), scoreAfter and correction. A dispute "
                    + "is resolved once: the same outcome, note and correction again returns the original result "
                    + "(200); another resolution is 422 INVALID_STATE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisputeResolutionRequest.class)))
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dispute.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public JsonNode resolve(@PathParam("disputeId") String disputeId, JsonNode body) {
        Caller admin = caller.require("Disputes:resolveDispute");
        return ledger.submit(admin, "Disputes:resolveDispute", Bodies.withPathId(body, "disputeId", disputeId))
                .body();
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/overdue")
    @Operation(summary = "Record OVERDUE on past-due disputes (ADMIN, AUDITOR)",
            description = "Records OVERDUE on OPEN disputes past their dueBy (they already read OVERDUE "
                    + "everywhere): an ADMIN for its community (communityId, when given, must be it: 403 "
                    + "otherwise), an AUDITOR for the community named or, without one, for every community. At "
                    + "most " + org.civicledger.api.Limits.MAX_OVERDUE_MARKED + " per call, oldest due first, "
                    + "all of one community; more = true when any are left: call again. Each call that marks "
                    + "any sets one streamed DisputeOverdue event naming them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverdueRequest.class)))
    @APIResponse(responseCode = "200", description = "What this call marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverdueMarking.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode markOverdue(JsonNode body) {
        Caller who = caller.require("Disputes:markOverdue");
        return ledger.submit(who, "Disputes:markOverdue", Bodies.object(body).toString()).body();
    }

    @GET
    @Operation(summary = "List disputes (ADMIN, AUDITOR; APP for its residents)",
            description = "Each as it stands now: an OPEN dispute past its dueBy reads OVERDUE (whether or not "
                    + "POST /api/v1/disputes/overdue recorded it), and status=OVERDUE lists those.")
    @APIResponse(responseCode = "200", description = "The disputes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Dispute.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode list(@Parameter(description = "OPEN, OVERDUE, UPHELD or REJECTED; default all")
                         @QueryParam("status") String status) {
        return ledger.evaluate(caller.require("Disputes:listDisputes"), "Disputes:listDisputes",
                Bodies.orEmpty(status));
    }
}
