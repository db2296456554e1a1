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
import org.civicledger.api.community.Attester;
import org.civicledger.api.community.AttesterRequest;
import org.civicledger.api.community.AttesterStatusRequest;
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

/** A community's named attesters: registration, suspension, the list. */
@Tag(name = ApiDefinition.COMMUNITY)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AttesterResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/attesters")
    @Operation(summary = "Register an attester (ADMIN)",
            description = "A grid worker, service team, social organisation or volunteer team of the caller's "
                    + "community, by a pseudonymous id (never a name or phone number), optionally with a daily limit "
                    + "of the points it may attest. Same body again: 200 with the original; same attesterId, other "
                    + "body: 409 ID_CONFLICT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttesterRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered, ACTIVE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Attester.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Attester.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response register(JsonNode body) {
        Caller admin = caller.require("Community:registerAttester");
        return Bodies.written(ledger.submit(admin, "Community:registerAttester", Bodies.object(body).toString()));
    }

    @GET
    @Path("/attesters")
    @Operation(summary = "List attesters (ADMIN, APP, COORDINATOR, AUDITOR)",
            description = "The caller's community's attesters (auditors: the community named, or every one's).")
    @APIResponse(responseCode = "200", description = "The attesters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Attester.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode list(@Parameter(description = "A community (auditors); default the caller's")
                         @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Community:listAttesters"), "Community:listAttesters",
                Bodies.orEmpty(communityId));
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/attesters/{attesterId}/status")
    @Operation(summary = "Suspend or reactivate an attester (ADMIN)",
            description = "An award naming a SUSPENDED attester is refused with 422 INVALID_STATE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttesterStatusRequest.class)))
    @APIResponse(responseCode = "200", description = "The attester with its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Attester.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode setStatus(@PathParam("attesterId") String attesterId, JsonNode body) {
        Caller admin = caller.require("Community:setAttesterStatus");
        return ledger.submit(admin, "Community:setAttesterStatus", Bodies.withPathId(body, "attesterId", attesterId))
                .body();
    }
}
