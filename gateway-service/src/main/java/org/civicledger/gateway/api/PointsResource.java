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
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.service.ContributionBatch;
import org.civicledger.gateway.service.LedgerCalls;

/** Points: awards (single and batch), reversals, balances, history, redemptions, statements, settlements. */
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
    @Path("/contributions")
    public Response award(JsonNode body) {
        Caller app = caller.require(Role.APP);
        return Bodies.written(ledger.submit(app, "Points:award", Bodies.object(body).toString()));
    }

    @POST
    @Path("/contributions/batch")
    public JsonNode awardBatch(JsonNode body) {
        return batch.award(caller.require(Role.APP), Bodies.object(body));
    }

    @POST
    @Path("/contributions/{contributionId}/reversal")
    public JsonNode reverse(@PathParam("contributionId") String contributionId, JsonNode body) {
        Caller admin = caller.require(Role.ADMIN);
        return ledger.submit(admin, "Points:reverse", withPathId(body, "contributionId", contributionId)).body();
    }

    @GET
    @Path("/residents/{residentId}/balance")
    public JsonNode balance(@PathParam("residentId") String residentId) {
        return ledger.evaluate(caller.require(Role.ADMIN, Role.APP, Role.MERCHANT, Role.AUDITOR), "Points:getBalance",
                residentId);
    }

    @GET
    @Path("/residents/{residentId}/history")
    public JsonNode history(@PathParam("residentId") String residentId, @QueryParam("limit") String limit,
                            @QueryParam("cursor") String cursor) {
        return ledger.evaluate(caller.require(Role.ADMIN, Role.APP, Role.AUDITOR), "Points:getHistory", residentId,
                orEmpty(limit), orEmpty(cursor));
    }

    @POST
    @Path("/redemptions")
    public Response redeem(JsonNode body) {
        Caller merchant = caller.require(Role.MERCHANT);
        return Bodies.written(ledger.submit(merchant, "Points:redeem", Bodies.object(body).toString()));
    }

    @GET
    @Path("/merchants/{merchantId}/statement")
    public JsonNode statement(@PathParam("merchantId") String merchantId, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        return ledger.evaluate(caller.require(Role.ADMIN, Role.MERCHANT, Role.AUDITOR), "Points:getMerchantStatement",
                merchantId, orEmpty(from), orEmpty(to));
    }

    @POST
    @Path("/settlements")
    public Response settle(JsonNode body) {
        Caller admin = caller.require(Role.ADMIN);
        return Bodies.written(ledger.submit(admin, "Points:settle", Bodies.object(body).toString()));
    }

    /** The body with the id the path names; the same field in the body is refused rather than guessed between. */
    static String withPathId(JsonNode body, String field, String id) {
        ObjectNode request = Bodies.object(body).deepCopy();
        if (request.has(field)) {
            throw ApiException.invalid(field + " is given by the path, not the body");
        }
        request.put(field, id);
        return request.toString();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
