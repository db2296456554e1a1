package org.civicledger.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.ledger.ConflictRetry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 7807 problem document with the API's stable {@code code} and, where one was involved, the {@code txId}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI of the problem type", required = true) String type,
        @Schema(description = "Short summary of the problem type", required = true) String title,
        @Schema(description = "The HTTP status", required = true) int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "Stable code: switch on this, not on the texts", required = true,
                enumeration = {"VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "CONSENT_REQUIRED", "NOT_FOUND",
                        "ID_CONFLICT", "INSUFFICIENT_POINTS", "DAILY_CAP_EXCEEDED", "INVALID_STATE",
                        "STALE_CONTRIBUTION", "CONTENDED", "TOO_MANY_STREAMS", "INTERNAL", "LEDGER_UNAVAILABLE"}) String code,
        @Schema(description = "The transaction, where one was involved") String txId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, String txId) {
        return of(code, code.httpStatus(), detail, txId);
    }

    public static Problem of(ErrorCode code, int status, String detail, String txId) {
        String slug = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Problem("https://civicledger.org/problems/" + slug, title(code), status, detail, code.name(), txId);
    }

    public Response response() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (ErrorCode.CONTENDED.name().equals(code)) {
            response.header("Retry-After", ConflictRetry.RETRY_AFTER_SECONDS); // contention passes: say when to retry
        }
        return response.build();
    }

    private static String title(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request is not valid";
            case UNAUTHENTICATED -> "No valid bearer token";
            case FORBIDDEN -> "Not allowed for this caller";
            case CONSENT_REQUIRED -> "The resident's consent is required";
            case NOT_FOUND -> "Not found";
            case ID_CONFLICT -> "This id was used with a different request";
            case INSUFFICIENT_POINTS -> "Not enough points";
            case DAILY_CAP_EXCEEDED -> "Daily cap exceeded";
            case INVALID_STATE -> "Not possible in the current state";
            case STALE_CONTRIBUTION -> "Contribution time out of range";
            case CONTENDED -> "Too many concurrent writes to the same records";
            case TOO_MANY_STREAMS -> "Too many event streams open for this caller";
            case INTERNAL -> "Internal error";
            case LEDGER_UNAVAILABLE -> "The ledger is unavailable";
        };
    }
}
