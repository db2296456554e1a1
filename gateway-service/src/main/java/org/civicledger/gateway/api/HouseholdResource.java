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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicledger.api.Problem;
import org.civicledger.api.community.Household;
import org.civicledger.api.community.HouseholdMemberRequest;
import org.civicledger.api.community.HouseholdRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
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

/** A community's households: registration, moves in and out, the head, reads. */
@Tag(name = ApiDefinition.COMMUNITY)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/households")
    @Operation(summary = "Register a household (ADMIN)",
            description = "A pseudonymous household id linking 1 to 10 residents of the caller's community, one of "
                    + "them its head. A resident belongs to at most one household. Same body again: 200 with the "
                    + "record; same householdId, other body: 409 ID_CONFLICT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HouseholdRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "HOUSEHOLD_CONFLICT: a member already belongs to another "
            + "household; ID_CONFLICT: the householdId was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(JsonNode body) {
        Caller admin = caller.require("Community:registerHousehold");
        return Bodies.written(ledger.submit(admin, "Community:registerHousehold", Bodies.object(body).toString()));
    }

    @GET
    @Path("/households")
    @Operation(summary = "List households (ADMIN, APP, AUDITOR)",
            description = "The caller's community's households (auditors: the community named, or every one's).")
    @APIResponse(responseCode = "200", description = "The households",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode list(@Parameter(description = "A community (auditors); default the caller's")
                         @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Community:listHouseholds"), "Community:listHouseholds",
                Bodies.orEmpty(communityId));
    }

    @GET
    @Path("/households/{householdId}")
    @Operation(summary = "Get a household (ADMIN, APP, AUDITOR)",
            description = "A household of the caller's community; an auditor names the community.")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode get(@PathParam("householdId") String householdId,
                        @Parameter(description = "The household's community (required for auditors)")
                        @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Community:getHousehold"), "Community:getHousehold", householdId,
                Bodies.orEmpty(communityId));
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/households/{householdId}/members")
    @Operation(summary = "Move a resident into a household (ADMIN)",
            description = "Out of the household the resident was in (recorded as a move). 422 INVALID_STATE when "
                    + "the household is full, or the resident heads a household that keeps other members (name "
                    + "another head first). Moving a resident where they already are changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HouseholdMemberRequest.class)))
    @APIResponse(responseCode = "200", description = "The household with the resident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public JsonNode moveIn(@PathParam("householdId") String householdId, JsonNode body) {
        Caller admin = caller.require("Community:moveResident");
        return ledger.submit(admin, "Community:moveResident", Bodies.withPathId(body, "householdId", householdId))
                .body();
    }

    @DELETE
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/households/{householdId}/members/{residentId}")
    @Operation(summary = "Move a resident out of a household (ADMIN)",
            description = "The resident then belongs to no household. 404 when the resident is not a member of "
                    + "it; 422 INVALID_STATE when they are its head and others stay (name another head first).")
    @APIResponse(responseCode = "200", description = "The household without the resident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public JsonNode moveOut(@PathParam("householdId") String householdId,
                            @PathParam("residentId") String residentId) {
        Caller admin = caller.require("Community:moveResident");
        return ledger.submit(admin, "Community:moveResident",
                Args.json("residentId", residentId, "fromHouseholdId", householdId)).body();
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/households/{householdId}/head")
    @Operation(summary = "Name a household's head (ADMIN)",
            description = "One of its members (else 422 INVALID_STATE). A household check then needs the new "
                    + "head's consent naming the household.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HouseholdMemberRequest.class)))
    @APIResponse(responseCode = "200", description = "The household with its head",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Household.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDefinition.INVALID_STATE)
    public JsonNode setHead(@PathParam("householdId") String householdId, JsonNode body) {
        Caller admin = caller.require("Community:setHouseholdHead");
        return ledger.submit(admin, "Community:setHouseholdHead", Bodies.withPathId(body, "householdId", householdId))
                .body();
    }
}
