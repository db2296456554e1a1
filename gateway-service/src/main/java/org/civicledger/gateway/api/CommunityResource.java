package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.service.LedgerCalls;

/** Community set-up: activity types and the community's policy. */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @Path("/activity-types")
    public Response defineActivityType(JsonNode body) {
        Caller admin = caller.require(Role.ADMIN);
        return Bodies.written(ledger.submit(admin, "Community:defineActivityType", Bodies.object(body).toString()));
    }

    @GET
    @Path("/activity-types")
    public JsonNode listActivityTypes(@QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.get(), "Community:listActivityTypes", communityId == null ? "" : communityId);
    }

    @PUT
    @Path("/policy")
    public JsonNode setPolicy(JsonNode body) {
        Caller admin = caller.require(Role.ADMIN);
        return ledger.submit(admin, "Community:setPolicy", Bodies.object(body).toString()).body();
    }
}
