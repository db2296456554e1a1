package org.civicledger.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.civicledger.api.community.ActivityType;
import org.civicledger.api.community.ActivityTypeRequest;
import org.civicledger.api.community.Category;
import org.civicledger.api.community.CategoryRequest;
import org.civicledger.api.community.Policy;
import org.civicledger.api.community.PolicyRequest;
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

/** Community set-up: categories, activity types and the community's policy. */
@Tag(name = ApiDefinition.COMMUNITY)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/activity-types")
    @Operation(summary = "Define an activity type (ADMIN)",
            description = "A kind of contribution the caller's community rewards, its points per unit, daily "
                    + "cap and credit weight. Its category is a default or one the community defined (404 "
                    + "NOT_FOUND otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityTypeRequest.class)))
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityType.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityType.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response defineActivityType(JsonNode body) {
        Caller admin = caller.require("Community:defineActivityType");
        return Bodies.written(ledger.submit(admin, "Community:defineActivityType", Bodies.object(body).toString()));
    }

    @GET
    @Path("/activity-types")
    @Operation(summary = "List activity types (any caller)",
            description = "The caller's community's activity types (banks and auditors: every community's, "
                    + "or the one named).")
    @APIResponse(responseCode = "200", description = "The activity types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityType.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode listActivityTypes(@Parameter(description = "A community (banks and auditors); default the caller's")
                                      @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Community:listActivityTypes"), "Community:listActivityTypes",
                communityId == null ? "" : communityId);
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/categories")
    @Operation(summary = "Define a category (ADMIN)",
            description = "A category of contribution the caller's community adds to the five defaults "
                    + "(VOLUNTEER_SERVICE, SAFETY_PATROL, ANTI_FRAUD_PUBLICITY, GARBAGE_SORTING, COMMUNITY_AFFAIRS; "
                    + "weight 100), with its credit weight in percent: an award of an activity type of this category "
                    + "counts towards the score with type weight × category weight / 100 (rounded down). A category "
                    + "never changes: the same body again answers 200 with the original; another body for the id, "
                    + "or a default's id, 409 ID_CONFLICT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CategoryRequest.class)))
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Category.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the original result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Category.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDefinition.ID_CONFLICT)
    public Response defineCategory(JsonNode body) {
        Caller admin = caller.require("Community:defineCategory");
        return Bodies.written(ledger.submit(admin, "Community:defineCategory", Bodies.object(body).toString()));
    }

    @GET
    @Path("/categories")
    @Operation(summary = "List categories (any caller)",
            description = "The five defaults, then the categories the caller's community defined (banks and "
                    + "auditors: every community's, or the one named; another community's member: 403).")
    @APIResponse(responseCode = "200", description = "The categories, defaults first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Category.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode listCategories(@Parameter(description = "A community (banks and auditors); default the caller's")
                                   @QueryParam("communityId") String communityId) {
        return ledger.evaluate(caller.require("Community:listCategories"), "Community:listCategories",
                communityId == null ? "" : communityId);
    }

    @PUT
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/policy")
    @Operation(summary = "Set the community's policy (ADMIN)",
            description = "Points expiry (months, 0 = never; default 24), the oldest contribution that "
                    + "may be awarded (days; default 30) and the longest consent lifetime (days, 1-3650; "
                    + "default 365; left unchanged when absent).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyRequest.class)))
    @APIResponse(responseCode = "200", description = "The policy now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Policy.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public JsonNode setPolicy(JsonNode body) {
        Caller admin = caller.require("Community:setPolicy");
        ObjectNode policy = ledger.submit(admin, "Community:setPolicy", Bodies.object(body).toString()).body();
        policy.remove("scopedIds"); // how the chaincode finds records of earlier versions, not policy
        return policy;
    }
}
