package org.civicledger.gateway.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.gateway.ledger.ConflictRetry;

/**
 * The gateway's problem documents ({@link Problem}, the wire type): the type URI and title of each code, and the
 * response that carries one.
 */
public final class Problems {
    private Problems() {
    }

    public static Problem of(ErrorCode code, String detail, String txId) {
        return of(code, code.httpStatus(), detail, txId);
    }

    public static Problem of(ErrorCode code, int status, String detail, String txId) {
        String slug = code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Problem.of("https://civicledger.org/problems/" + slug, title(code), status, detail, code, txId);
    }

    public static Response response(ErrorCode code, String detail, String txId) {
        return response(of(code, detail, txId));
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.code() == ErrorCode.CONTENDED) {
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
