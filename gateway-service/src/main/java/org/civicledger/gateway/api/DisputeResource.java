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
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.service.LedgerCalls;

/** Disputes: filed by an app for a resident, resolved once by the community admin. */
@Path("/api/v1/disputes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    public Response file(JsonNode body) {
        Caller app = caller.require(Role.APP);
        return Bodies.written(ledger.submit(app, "Disputes:fileDispute", Bodies.object(body).toString()));
    }

    @POST
    @Path("/{disputeId}/resolution")
    public JsonNode resolve(@PathParam("disputeId") String disputeId, JsonNode body) {
        Caller admin = caller.require(Role.ADMIN);
        return ledger.submit(admin, "Disputes:resolveDispute", PointsResource.withPathId(body, "disputeId", disputeId))
                .body();
    }

    @GET
    public JsonNode list(@QueryParam("status") String status) {
        return ledger.evaluate(caller.require(Role.ADMIN, Role.APP, Role.AUDITOR), "Disputes:listDisputes",
                PointsResource.orEmpty(status));
    }
}
