package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.civicledger.api.credit.ScoreModel;
import org.civicledger.api.credit.ScoreModelApproval;
import org.civicledger.api.credit.ScoreModelEvaluation;
import org.civicledger.api.credit.ScoreModelRequest;
import org.civicledger.chaincode.domain.ScoreModelService;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.service.Args;
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
 * Governed score models: read by anyone, without a token ({@code auth.BearerAuthFilter} exempts exactly the two
 * reads), proposed by a community ADMIN, approved by another organisation. The gateway reads the published models
 * with one of its own identities ({@link PublicReader}): every role may read them.
 */
@Tag(name = ApiDefinition.CREDIT)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/score-models")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScoreModelResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @Inject
    PublicReader reader;

    @GET
    @Operation(summary = "List score model versions (public, no token)",
            description = "Every version, lowest first, with its status now: ACTIVE (in force), SCHEDULED (approved, "
                    + "not yet effective), PAST, PROPOSED; each with its factor rules, band minimums and reason texts. "
                    + "Anyone may read them, without a token (a token, if sent, is ignored), so that a score can be "
                    + "recomputed by hand from its factors.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScoreModel.class)))
    public JsonNode list() {
        return ledger.evaluate(reader.caller("Credit:listScoreModels"), "Credit:listScoreModels");
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "Get one score model version (public, no token)",
            description = "Anyone may read it, without a token (a token, if sent, is ignored).")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModel.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode get(@PathParam("version") String version) {
        return ledger.evaluate(reader.caller("Credit:getScoreModel"), "Credit:getScoreModel",
                Long.toString(version(version)));
    }

    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Operation(summary = "Propose a score model version (ADMIN)",
            description = "The next version (the highest proposed or approved + 1, else 422 INVALID_STATE): all five "
                    + "factors with maxPoints adding up to 1000 and targets of at least 1, band minimums "
                    + "1000 >= A > B > C >= 1, both texts of every reason code, an effectiveAt in the future (else "
                    + "400 VALIDATION_FAILED). The same proposal again answers 200 with it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreModelRequest.class)))
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModel.class)))
    @APIResponse(responseCode = "200", description = "The same proposal again: the original",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModel.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public Response propose(JsonNode body) {
        return Bodies.written(ledger.submit(caller.require("Credit:proposeScoreModel"), "Credit:proposeScoreModel",
                Bodies.object(body).toString()));
    }

    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/{version}/approval")
    @Operation(summary = "Approve a proposed score model version (AUDITOR)",
            description = "Body {}. By an AUDITOR of another organisation than the proposer's (else 403 "
                    + "SAME_ORGANISATION), before its effectiveAt (else 422 INVALID_STATE: propose again with a later "
                    + "time), above every approved version. From effectiveAt on, new scores use it; earlier checks "
                    + "keep the version they used. Approving an approved version again answers 200 with it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreModelApproval.class)))
    @APIResponse(responseCode = "201", description = "Approved: status SCHEDULED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModel.class)))
    @APIResponse(responseCode = "200", description = "Approved before: the version as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModel.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public Response approve(@PathParam("version") String version, JsonNode body) {
        ObjectNode request = Bodies.object(body).deepCopy();
        if (request.has("version")) {
            throw ApiException.invalid("version is given by the path, not the body");
        }
        request.put("version", version(version));
        return Bodies.written(ledger.submit(caller.require("Credit:approveScoreModel"), "Credit:approveScoreModel",
                request.toString()));
    }

    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
    @GET
    @Path("/{version}/evaluation")
    @Operation(summary = "Evaluate a score model version on a community (ADMIN of the community, AUDITOR)",
            description = "Each resident's band under the model in force and under the version, counted per band "
                    + "before and after, and moved[from][to]. Writes nothing. One page reads at most 200 resident "
                    + "records; with nextCursor, ask again with cursor and add the counts.")
    @APIResponse(responseCode = "200", description = "The evaluation of one page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreModelEvaluation.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode evaluate(@PathParam("version") String version,
                             @Parameter(description = "The community (required)") @QueryParam("communityId")
                             String communityId,
                             @Parameter(description = "The cursor of the next page, from nextCursor")
                             @QueryParam("cursor") String cursor) {
        return ledger.evaluate(caller.require("Credit:evaluateScoreModel"), "Credit:evaluateScoreModel",
                Args.json("version", version(version), "communityId", communityId, "cursor", cursor));
    }

    private static long version(String text) {
        if (text == null || !ScoreModelService.VERSION_TEXT.matcher(text).matches()) {
            throw ApiException.invalid(ScoreModelService.VERSION_RULE);
        }
        return Long.parseLong(text);
    }
}
