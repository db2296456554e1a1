package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.api.credit.LineClosureRequest;
import org.civicledger.api.credit.LineEntry;
import org.civicledger.api.credit.LineEntryRequest;
import org.civicledger.api.credit.LoanDecision;
import org.civicledger.api.credit.LoanDecisionRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.Language;
import org.civicledger.gateway.service.LedgerCalls;
import org.civicledger.gateway.service.LoanViews;
import org.civicledger.gateway.service.ReasonTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Banks' loan decisions on their credit checks, and the credit lines they open. */
@Tag(name = ApiDefinition.CREDIT)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/loan-decisions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoanDecisionResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Operation(summary = "Record a loan decision on a credit check (BANK)",
            description = "GRANTED (amountFen, rateBps, termMonths) or DECLINED (reasonCodes), on one of the bank's "
                    + "own checks, at most 30 days after it; one decision per check. The band and model version come "
                    + "from the check. A line above the band's maximum, or for a band the product does not offer, "
                    + "needs an override (OverrideReason code and a note), else 422 BAND_MISMATCH; an override on a "
                    + "line within the bands is 400. Another bank's check is 404 NOT_FOUND. Reasons are answered as "
                    + "{code, text} in the language Accept-Language asks for (en by default, zh-CN).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LoanDecisionRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanDecision.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanDecision.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.LOAN_REFUSED)
    public Response decide(JsonNode body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Caller bank = caller.require("Credit:decideLoan");
        LedgerCalls.Written written = ledger.submit(bank, "Credit:decideLoan", Bodies.object(body).toString());
        Language language = Language.negotiate(acceptLanguage);
        return ReasonTexts.localized(Response.status(written.created() ? 201 : 200), language)
                .entity(LoanViews.decision(written.body(), language)).build();
    }

    @GET
    @Path("/{decisionId}")
    @Operation(summary = "Get a loan decision (BANK its own; AUDITOR naming the bank)",
            description = "With the line's totals. A bank reads its own decisions only (bankId, when given, must "
                    + "be its own); an auditor names the bank.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanDecision.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("decisionId") String decisionId,
                        @Parameter(description = "The bank (required for an AUDITOR)") @QueryParam("bankId")
                        String bankId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        JsonNode line = ledger.evaluate(caller.require("Credit:getLine"), "Credit:getLine", decisionId,
                Bodies.orEmpty(bankId));
        Language language = Language.negotiate(acceptLanguage);
        return ReasonTexts.localized(Response.ok(), language).entity(LoanViews.decision(line, language)).build();
    }

    @GET
    @Operation(summary = "List loan decisions (BANK its own; AUDITOR any bank's)",
            description = "In decision id order, per bank.")
    @APIResponse(responseCode = "200", description = "The decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LoanDecision.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public Response list(@Parameter(description = "One bank's decisions (an AUDITOR's filter; a BANK may name only "
                                 + "itself)") @QueryParam("bankId") String bankId,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        JsonNode lines = ledger.evaluate(caller.require("Credit:listLines"), "Credit:listLines",
                Bodies.orEmpty(bankId));
        Language language = Language.negotiate(acceptLanguage);
        return ReasonTexts.localized(Response.ok(), language).entity(LoanViews.decisions(lines, language)).build();
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/{decisionId}/drawdowns")
    @Operation(summary = "Draw from a credit line (BANK, its own lines)",
            description = "{drawdownId, amountFen}: the drawn total stays within the line (else 422 LINE_EXCEEDED); "
                    + "only an ACTIVE line (else 422 INVALID_STATE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LineEntryRequest.class)))
    @APIResponse(responseCode = "201", description = "Drawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineEntry.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineEntry.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.LINE_REFUSED)
    public Response draw(@PathParam("decisionId") String decisionId, JsonNode body) {
        return entry("Credit:drawLine", decisionId, body);
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/{decisionId}/repayments")
    @Operation(summary = "Record a repayment on a credit line (BANK, its own lines)",
            description = "{repaymentId, amountFen}: at most what is outstanding (else 422 LINE_EXCEEDED); only an "
                    + "ACTIVE line (else 422 INVALID_STATE). Repayments do not feed the civic score.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LineEntryRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineEntry.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineEntry.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.LINE_REFUSED)
    public Response repay(@PathParam("decisionId") String decisionId, JsonNode body) {
        return entry("Credit:repayLine", decisionId, body);
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/{decisionId}/closure")
    @Operation(summary = "Close a credit line (BANK, its own lines)",
            description = "Body {}. Only an ACTIVE line with nothing outstanding (else 422 INVALID_STATE). Closing a "
                    + "closed line again answers the closure (200, its txId).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LineClosureRequest.class)))
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanDecision.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public Response close(@PathParam("decisionId") String decisionId, JsonNode body,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Caller bank = caller.require("Credit:closeLine");
        LedgerCalls.Written written = ledger.submit(bank, "Credit:closeLine",
                Bodies.withPathId(body, "decisionId", decisionId));
        Language language = Language.negotiate(acceptLanguage);
        return ReasonTexts.localized(Response.ok(), language).entity(LoanViews.decision(written.body(), language))
                .build();
    }

    /** A drawdown or repayment: the line's id from the path, the rest from the body. */
    private Response entry(String function, String decisionId, JsonNode body) {
        Caller bank = caller.require(function);
        return Bodies.written(ledger.submit(bank, function, Bodies.withPathId(body, "decisionId", decisionId)));
    }
}
