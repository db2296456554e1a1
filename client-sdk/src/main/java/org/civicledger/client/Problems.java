package org.civicledger.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Problem;
import org.civicledger.api.Wire;

/**
 * Turns a gateway error answer (a {@link Problem}) into the typed exception for its code: the one place that maps
 * codes to exception classes.
 */
final class Problems {
    /** A code this SDK does not know (from a newer gateway) reads as null, kept as text by the root exception. */
    private static final ObjectReader PROBLEM = Wire.mapper().readerFor(Problem.class)
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                    DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private Problems() {
    }

    static CivicLedgerException toException(int status, String body) {
        JsonNode json = parse(body);
        String code = json == null ? null : json.path("code").textValue();
        Problem problem = code == null ? null : read(json);
        if (problem == null) {
            // Not a problem document (a proxy's error page, say): keep the status and what the body said.
            String detail = json == null ? null : json.path("detail").textValue();
            String txId = json == null ? null : json.path("txId").textValue();
            return new CivicLedgerException(status, "HTTP_" + status, detail != null ? detail : abbreviate(body),
                    txId, null);
        }
        return problem.code() == null ? new CivicLedgerException(status, code, problem.detail(), problem.txId(), null)
                : typed(problem.code(), status, problem.detail(), problem.txId());
    }

    static CivicLedgerException typed(ErrorCode code, int status, String detail, String txId) {
        switch (code) {
            case VALIDATION_FAILED: return new ValidationFailedException(status, detail, txId);
            case UNAUTHENTICATED: return new UnauthenticatedException(status, detail, txId);
            case FORBIDDEN: return new ForbiddenException(status, detail, txId);
            case CONSENT_REQUIRED: return new ConsentRequiredException(status, detail, txId);
            case NOT_FOUND: return new NotFoundException(status, detail, txId);
            case ID_CONFLICT: return new IdConflictException(status, detail, txId);
            case INSUFFICIENT_POINTS: return new InsufficientPointsException(status, detail, txId);
            case DAILY_CAP_EXCEEDED: return new DailyCapExceededException(status, detail, txId);
            case INVALID_STATE: return new InvalidStateException(status, detail, txId);
            case STALE_CONTRIBUTION: return new StaleContributionException(status, detail, txId);
            case APPROVAL_EXPIRED: return new ApprovalExpiredException(status, detail, txId);
            case HOUSEHOLD_CONFLICT: return new HouseholdConflictException(status, detail, txId);
            case CHECK_EXPIRED: return new CheckExpiredException(status, detail, txId);
            case BAND_MISMATCH: return new BandMismatchException(status, detail, txId);
            case LINE_EXCEEDED: return new LineExceededException(status, detail, txId);
            case SAME_ORGANISATION: return new SameOrganisationException(status, detail, txId);
            case CONTENDED: return new ContendedException(status, detail, txId);
            case TOO_MANY_STREAMS: return new TooManyStreamsException(status, detail, txId);
            case INTERNAL: return new InternalErrorException(status, detail, txId);
            case LEDGER_UNAVAILABLE: return new LedgerUnavailableException(status, detail, txId);
            default: return new CivicLedgerException(status, code.name(), detail, txId, null); // ErrorCodesTest fails
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : Wire.mapper().readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Problem read(JsonNode json) {
        try {
            return PROBLEM.readValue(json);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
