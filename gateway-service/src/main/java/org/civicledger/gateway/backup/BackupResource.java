package org.civicledger.gateway.backup;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's backup of the embedded ledger, taken while the gateway serves (README "Backup and restore"). */
@Tag(name = BackupResource.TAG, description = "The operator's endpoints (not a ledger role)")
@SecurityScheme(securitySchemeName = BackupResource.OPERATOR, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer <the operator's token>, whose SHA-256 is civic.operations.token-sha256. "
                + "No ledger caller's token opens these endpoints; without the setting they answer 403.")
@SecurityRequirement(name = BackupResource.OPERATOR)
@Path("/ops/v1/backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
    static final String TAG = "Operations";
    static final String OPERATOR = "operator";

    @Inject
    Backups backups;

    /** What the operator may send. */
    @Schema(name = "BackupRequest")
    public record Request(@Schema(description = "The backup's folder under civic.operations.backup-dir: "
            + Backups.NAME_RULE + "; default backup-<UTC time>") String name) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a backup of the embedded ledger (operator)",
            description = "A consistent copy while the gateway serves: the block file up to the height committed "
                    + "when the backup starts (every write acknowledged before it is in it), the identities and the "
                    + "resident-id secrets, and a manifest of every file's SHA-256. The backup holds private keys: "
                    + "keep it as secret as the data dir. Restore it with `java -jar quarkus-run.jar restore "
                    + "<backup-folder> <data-dir>`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class)))
    @APIResponse(responseCode = "201", description = "The backup is written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Backups.Summary.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = "FORBIDDEN: civic.operations.token-sha256 is not set",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "ID_CONFLICT: a backup of this name exists",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "422", description = "INVALID_STATE: another backup is being written, or the "
            + "gateway runs on a Fabric network (each organisation backs up its own peer)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "500", description = "INTERNAL: the backup could not be written; nothing was left",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(JsonNode body) {
        Backups.Summary summary = backups.write(name(body));
        return Response.status(201).entity(summary).build();
    }

    /** The requested name, or null for the default; the body is {@code {}} or {@code {"name": "…"}}. */
    private static String name(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("the body must be a JSON object: {} or {\"name\": \"...\"}");
        }
        for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
            if (!"name".equals(fields.next())) {
                throw ApiException.invalid("the body may hold only the field name");
            }
        }
        JsonNode name = body.get("name");
        if (name == null || name.isNull()) {
            return null;
        }
        if (!name.isTextual()) {
            throw ApiException.invalid("name must be a string: " + Backups.NAME_RULE);
        }
        return name.asText();
    }
}
