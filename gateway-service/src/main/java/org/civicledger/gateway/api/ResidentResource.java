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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import org.civicledger.api.community.EnrolmentRequest;
import org.civicledger.api.community.Resident;
import org.civicledger.api.community.ResidentStatusRequest;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.residents.ResidentIds;
import org.civicledger.gateway.service.Args;
import org.civicledger.gateway.service.LedgerCalls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enrolment and residents: the real-world reference becomes a keyed-hash id here and goes no further. */
@Tag(name = ApiDefinition.COMMUNITY)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ResidentResource {
    @Inject
    CurrentCaller caller;

    @Inject
    LedgerCalls ledger;

    @Inject
    ResidentIds residentIds;

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/residents")
    @Operation(summary = "Enrol a resident (ADMIN, APP)",
            description = "The real-world externalRef becomes residentId by a keyed hash and is never "
                    + "stored, logged or returned. It is normalised first (NFKC, spaces at both ends removed; "
                    + "control, format and unassigned characters and unpaired surrogates refused: see "
                    + "EnrolmentRequest), so the same reference written differently is the same resident. "
                    + "Enrolling the same person again answers 200 with the same residentId.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrolmentRequest.class)))
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Resident.class)))
    @APIResponse(responseCode = "200", description = "Already enrolled: the same residentId",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Resident.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response enrol(JsonNode body) {
        Caller c = caller.require("Community:enrolResident");
        ObjectNode request = Bodies.object(body);
        String externalRef = externalRef(request);
        JsonNode publicKey = request.get("publicKey");
        if (publicKey != null && !publicKey.isTextual() && !publicKey.isNull()) {
            throw ApiException.invalid("publicKey must be a base64 string");
        }
        String residentId = residentIds.residentId(c.communityId(), externalRef);
        return Bodies.written(ledger.submit(c, "Community:enrolResident", Args.json("residentId", residentId,
                "publicKey", publicKey == null || publicKey.isNull() ? null : publicKey.asText())));
    }

    @GET
    @Path("/residents/{residentId}")
    @Operation(summary = "Get a resident (ADMIN, APP, AUDITOR)")
    @APIResponse(responseCode = "200", description = "The resident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Resident.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode get(@PathParam("residentId") String residentId) {
        return ledger.evaluate(caller.require("Community:getResident"), "Community:getResident", residentId);
    }

    @POST
    @APIResponse(responseCode = "429", ref = ApiDefinition.CONTENDED)
    @Path("/residents/{residentId}/status")
    @Operation(summary = "Suspend or reactivate a resident (ADMIN)",
            description = "A suspended resident can neither earn nor redeem (INVALID_STATE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResidentStatusRequest.class)))
    @APIResponse(responseCode = "200", description = "The resident with the new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Resident.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public JsonNode setStatus(@PathParam("residentId") String residentId, JsonNode body) {
        Caller admin = caller.require("Community:setResidentStatus");
        return ledger.submit(admin, "Community:setResidentStatus", Bodies.withPathId(body, "residentId", residentId))
                .body();
    }

    /**
     * {@code externalRef}: a required string (normalised and checked by {@link ResidentIds}); no other
     * field but publicKey.
     */
    private static String externalRef(ObjectNode request) {
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("externalRef") && !name.equals("publicKey")) {
                throw ApiException.invalid("unknown field; the fields are externalRef and an optional publicKey");
            }
        }
        JsonNode ref = request.get("externalRef");
        if (ref == null || ref.isNull()) {
            throw ApiException.invalid("externalRef is required");
        }
        if (!ref.isTextual()) {
            throw ApiException.invalid("externalRef must be a string");
        }
        return ref.textValue();
    }
}
