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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.service.Args;
import org.civicledger.gateway.service.CreditViews;
import org.civicledger.gateway.service.LedgerCalls;

/** Consent, loan products, credit checks, the resident's own credit view and query log. */
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

    @POST
    @Path("/consents")
    public Response grantConsent(JsonNode body) {
        Caller app = caller.require(Role.APP);
        return Bodies.written(ledger.submit(app, "Credit:grantConsent", Bodies.object(body).toString()));
    }

    @DELETE
    @Path("/consents/{consentId}")
    public Response revokeConsent(@PathParam("consentId") String consentId) {
        Caller app = caller.require(Role.APP);
        ledger.submit(app, "Credit:revokeConsent", Args.json("consentId", consentId));
        return Response.noContent().build();
    }

    @POST
    @Path("/loan-products")
    public Response publishLoanProduct(JsonNode body) {
        Caller bank = caller.require(Role.BANK);
        return Bodies.written(ledger.submit(bank, "Credit:publishLoanProduct", Bodies.object(body).toString()));
    }

    @GET
    @Path("/loan-products")
    public JsonNode listLoanProducts() {
        return ledger.evaluate(caller.get(), "Credit:listLoanProducts");
    }

    /** Always a ledger transaction: the check is written to the resident's query log. */
    @POST
    @Path("/credit-checks")
    public JsonNode checkCredit(JsonNode body) {
        Caller bank = caller.require(Role.BANK);
        return CreditViews.check(ledger.submit(bank, "Credit:checkCredit", Bodies.object(body).toString()).body());
    }

    @GET
    @Path("/residents/{residentId}/credit")
    public JsonNode residentCredit(@PathParam("residentId") String residentId) {
        Caller app = caller.require(Role.APP);
        long height = ledgerPort.height();
        return CreditViews.own(ledger.evaluate(app, "Credit:getResidentCredit", residentId), height);
    }

    @GET
    @Path("/residents/{residentId}/credit-checks")
    public JsonNode creditChecks(@PathParam("residentId") String residentId) {
        return ledger.evaluate(caller.require(Role.APP, Role.AUDITOR), "Credit:getCreditChecks", residentId);
    }
}
