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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.api.Limits;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.Balance;
import org.civicledger.api.points.BatchResult;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.HistoryPage;
import org.civicledger.api.points.MerchantStatement;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.RedemptionRequest;
import org.civicledger.api.points.Reversal;
import org.civicledger.api.points.ReversalRequest;
import org.civicledger.api.points.Settlement;
import org.civicledger.api.points.SettlementRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.DetailCatalogue;
import org.civicledger.gateway.problem.Language;
import org.civicledger.gateway.service.ContributionBatch;
import org.civicledger.gateway.service.LedgerCalls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Points: awards (single and batch), reversals, balances, history, redemptions, statements, settlements. */
@Tag(name = ApiDefinition.POINTS)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PointsResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @Inject
    ContributionBatch batch;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/contributions")
    @Operation(summary = "Award points for a contribution (APP)",
            description = "Same contributionId and same body again: 200 with the original result; same id, "
                    + "different body: 409 ID_CONFLICT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionRequest.class)))
    @APIResponse(responseCode = "201", description = "Awarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Award.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Award.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.AWARD_REFUSED)
    public Response award(JsonNode body) {
        Caller app = caller.require("Points:award");
        return Bodies.written(ledger.submit(app, "Points:award", Bodies.object(body).toString()));
    }

    @POST
    @Path("/contributions/batch")
    @Operation(summary = "Award a batch of contributions (APP)",
            description = "1 to " + Limits.MAX_BATCH_ITEMS + " contributions; each is its own transaction and succeeds or fails on its "
                    + "own, results in the request's order.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.civicledger.api.points.ContributionBatch.class)))
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode awardBatch(JsonNode body, @Context HttpHeaders headers) {
        ObjectNode answer = batch.award(caller.require("Points:award"), Bodies.object(body));
        // a failed item's detail in the request's language, as a problem's is (its code never changes)
        if (Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)) != Language.EN) {
            for (JsonNode result : answer.path("results")) {
                if (result instanceof ObjectNode item && item.path("detail").isTextual()) {
                    item.put("detail", DetailCatalogue.chinese().translate(item.path("detail").textValue()));
                }
            }
        }
        return answer;
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/contributions/{contributionId}/reversal")
    @Operation(summary = "Reverse an award (ADMIN)",
            description = "Takes the contribution's points back (as far as they are not spent or expired).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReversalRequest.class)))
    @APIResponse(responseCode = "200", description = "Reversed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Reversal.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public JsonNode reverse(@PathParam("contributionId") String contributionId, JsonNode body) {
        Caller admin = caller.require("Points:reverse");
        return ledger.submit(admin, "Points:reverse", Bodies.withPathId(body, "contributionId", contributionId)).body();
    }

    @GET
    @Path("/residents/{residentId}/balance")
    @Operation(summary = "Get a resident's balance (ADMIN, APP, MERCHANT, AUDITOR)")
    @APIResponse(responseCode = "200", description = "The balance and its totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Balance.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode balance(@PathParam("residentId") String residentId) {
        return ledger.evaluate(caller.require("Points:getBalance"), "Points:getBalance",
                residentId);
    }

    @GET
    @Path("/residents/{residentId}/history")
    @Operation(summary = "Get a resident's points history (ADMIN, APP, AUDITOR)",
            description = "Awards, redemptions, reversals and expiries, oldest first (in the order they were "
                    + "recorded), a page at a time: pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode history(@PathParam("residentId") String residentId,
                            @Parameter(description = "Page size") @QueryParam("limit") String limit,
                            @Parameter(description = "The previous page's nextCursor")
                            @QueryParam("cursor") String cursor) {
        return ledger.evaluate(caller.require("Points:getHistory"), "Points:getHistory", residentId,
                Bodies.orEmpty(limit), Bodies.orEmpty(cursor));
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/redemptions")
    @Operation(summary = "Redeem points at a merchant (MERCHANT)",
            description = "Same-id rules as contributions. Never more than the available balance, however "
                    + "many redemptions race.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RedemptionRequest.class)))
    @APIResponse(responseCode = "201", description = "Redeemed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Redemption.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Redemption.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INSUFFICIENT_POINTS)
    public Response redeem(JsonNode body) {
        Caller merchant = caller.require("Points:redeem");
        return Bodies.written(ledger.submit(merchant, "Points:redeem", Bodies.object(body).toString()));
    }

    @GET
    @Path("/merchants/{merchantId}/statement")
    @Operation(summary = "Get a merchant's statement (that MERCHANT, ADMIN, AUDITOR)")
    @APIResponse(responseCode = "200", description = "The merchant's redemptions in the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MerchantStatement.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode statement(@PathParam("merchantId") String merchantId,
                              @Parameter(description = "From (ISO-8601 UTC, inclusive); absent or before "
                                      + "1677-09-21T00:12:43.145224192Z: from the first redemption")
                              @QueryParam("from") String from,
                              @Parameter(description = "To (ISO-8601 UTC, exclusive); absent or after "
                                      + "2262-04-11T23:47:16.854775807Z (such as 9999-12-31T23:59:59Z): no end")
                              @QueryParam("to") String to) {
        return ledger.evaluate(caller.require("Points:getMerchantStatement"), "Points:getMerchantStatement",
                merchantId, Bodies.orEmpty(from), Bodies.orEmpty(to));
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/settlements")
    @Operation(summary = "Settle a merchant (ADMIN)",
            description = "Settles everything the merchant has not yet been settled for; same-id rules as "
                    + "contributions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SettlementRequest.class)))
    @APIResponse(responseCode = "201", description = "Settled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Settlement.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Settlement.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response settle(JsonNode body) {
        Caller admin = caller.require("Points:settle");
        return Bodies.written(ledger.submit(admin, "Points:settle", Bodies.object(body).toString()));
    }
}
