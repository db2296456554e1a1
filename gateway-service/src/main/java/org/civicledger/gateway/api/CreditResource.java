package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentPage;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.CreditCheck;
import org.civicledger.api.credit.CreditCheckLogEntry;
import org.civicledger.api.credit.CreditCheckRequest;
import org.civicledger.api.credit.CreditScore;
import org.civicledger.api.credit.LoanProduct;
import org.civicledger.api.credit.LoanProductRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.service.Args;
import org.civicledger.gateway.service.CreditViews;
import org.civicledger.gateway.service.LedgerCalls;
import org.civicledger.gateway.service.ReasonTexts;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.problem.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consent, loan products, credit checks, the resident's own credit view and query log. */
@Tag(name = ApiDefinition.CREDIT)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @Inject
    LedgerPort ledgerPort;

    @Inject
    ReasonTexts reasonTexts;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/consents")
    @Operation(summary = "Grant a bank consent to check a resident's credit (APP; ADMIN as a witness)",
            description = "For one purpose until expiresAt; a resident with a registered key signs it (see "
                    + "the signature property). A resident without a key may sign a paper form before a witness: "
                    + "an ACTIVE attester of the community (the APP relays the consent with witness.kind ATTESTER) "
                    + "or the community's ADMIN (who records it itself with witness.kind ADMIN), with the form's "
                    + "SHA-256 in paperFormHash.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentRequest.class)))
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Consent.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Consent.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response grantConsent(JsonNode body) {
        Caller app = caller.require("Credit:grantConsent");
        return Bodies.written(ledger.submit(app, "Credit:grantConsent", Bodies.object(body).toString()));
    }

    @DELETE
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/consents/{consentId}")
    @Operation(summary = "Revoke a consent (APP)",
            description = "The consent stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response revokeConsent(@PathParam("consentId") String consentId) {
        Caller app = caller.require("Credit:revokeConsent");
        ledger.submit(app, "Credit:revokeConsent", Args.json("consentId", consentId));
        return Response.noContent().build();
    }

    @GET
    @Path("/consents")
    @Operation(summary = "List the bank's own consents of a resident or household, with their status (BANK)",
            description = "residentId (the consents naming no household: those a check of the resident accepts), "
                    + "or householdId with its communityId (the household's current head's consents naming it). "
                    + "Only the calling bank's consents; each with status ACTIVE, EXPIRED or REVOKED at the ledger "
                    + "time of the read (at). In consent id order, a page of at most limit index entries (1-"
                    + Limits.MAX_CONSENTS_PAGE + ", default " + Limits.MAX_CONSENTS_PAGE + "); pass nextCursor as "
                    + "cursor for the next. An unknown resident or household is 404, as for a check.")
    @APIResponse(responseCode = "200", description = "The consents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsentPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode listConsents(
            @Parameter(description = "A resident (or householdId with communityId)") @QueryParam("residentId")
            String residentId,
            @Parameter(description = "A household, with its communityId") @QueryParam("householdId")
            String householdId,
            @Parameter(description = "The household's community") @QueryParam("communityId") String communityId,
            @Parameter(description = "Page size, 1-" + Limits.MAX_CONSENTS_PAGE) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Caller bank = caller.require("Credit:listConsents");
        return ledger.evaluate(bank, "Credit:listConsents", Args.json("residentId", blankToNull(residentId),
                "householdId", blankToNull(householdId), "communityId", blankToNull(communityId),
                "limit", consentLimit(limit), "cursor", blankToNull(cursor)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Integer consentLimit(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= Limits.MAX_CONSENTS_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("limit must be a whole number from 1 to " + Limits.MAX_CONSENTS_PAGE);
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/loan-products")
    @Operation(summary = "Publish a loan product (BANK)",
            description = "Terms per score band A-D; an absent band is not eligible.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LoanProductRequest.class)))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanProduct.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LoanProduct.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response publishLoanProduct(JsonNode body) {
        Caller bank = caller.require("Credit:publishLoanProduct");
        return Bodies.written(ledger.submit(bank, "Credit:publishLoanProduct", Bodies.object(body).toString()));
    }

    @GET
    @Path("/loan-products")
    @Operation(summary = "List loan products (any caller)")
    @APIResponse(responseCode = "200", description = "The loan products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LoanProduct.class)))
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode listLoanProducts() {
        return ledger.evaluate(caller.require("Credit:listLoanProducts"), "Credit:listLoanProducts");
    }

    /** Always a ledger transaction: the check is written to the resident's query log. */
    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/credit-checks")
    @Operation(summary = "Check a resident's credit for a product (BANK)",
            description = "Needs the resident's valid consent for the purpose. The explained score, its band "
                    + "and the product's terms; every new check is a ledger transaction on the resident's "
                    + "query log. With a checkId, a retry of the same request returns the original check "
                    + "(200, its txId and block) and logs nothing more; the same checkId with another body "
                    + "is 409 ID_CONFLICT. Reason texts are in the language Accept-Language negotiates "
                    + "(Content-Language). A product's consentRequirement decides which consents count.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreditCheckRequest.class)))
    @APIResponse(responseCode = "200", description = "The score, its reasons and the terms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditCheck.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.CONSENT_REQUIRED)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response checkCredit(JsonNode body, @Context HttpHeaders headers) {
        Caller bank = caller.require("Credit:checkCredit");
        Language language = ReasonTexts.language(headers);
        JsonNode check = CreditViews.check(ledger.submit(bank, "Credit:checkCredit", Bodies.object(body).toString())
                .body());
        return ReasonTexts.answer(reasonTexts.explained(check, language), language);
    }

    @GET
    @Path("/residents/{residentId}/credit")
    @Operation(summary = "Get a resident's own credit view (APP)",
            description = "The same score fields as a credit check, without a product; reason texts in the "
                    + "language Accept-Language negotiates.")
    @APIResponse(responseCode = "200", description = "The score and its reasons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditScore.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response residentCredit(@PathParam("residentId") String residentId, @Context HttpHeaders headers) {
        Caller app = caller.require("Credit:getResidentCredit");
        Language language = ReasonTexts.language(headers);
        long height = ledgerPort.height();
        JsonNode own = CreditViews.own(ledger.evaluate(app, "Credit:getResidentCredit", residentId), height);
        return ReasonTexts.answer(reasonTexts.explained(own, language), language);
    }

    @GET
    @Path("/residents/{residentId}/credit-checks")
    @Operation(summary = "Get a resident's credit query log (APP, AUDITOR)",
            description = "Every bank that checked the resident, for what, and when; reason texts in the "
                    + "language Accept-Language negotiates.")
    @APIResponse(responseCode = "200", description = "The credit checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CreditCheckLogEntry.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response creditChecks(@PathParam("residentId") String residentId, @Context HttpHeaders headers) {
        Language language = ReasonTexts.language(headers);
        JsonNode log = ledger.evaluate(caller.require("Credit:getCreditChecks"), "Credit:getCreditChecks", residentId);
        log.forEach(entry -> reasonTexts.explained(entry.path("score"), language));
        return ReasonTexts.answer(log, language);
    }
}
