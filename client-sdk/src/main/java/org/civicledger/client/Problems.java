package org.civicledger.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a gateway error answer (RFC 7807 problem+json) into the typed exception for its code: the one place. */
final class Problems {
    private Problems() {
    }

    static CivicLedgerException toException(int status, String body) {
        JsonNode problem = JsonCodec.parseOrNull(body);
        String code = problem == null ? null : JsonCodec.text(problem, "code");
        String detail = problem == null ? null : JsonCodec.text(problem, "detail");
        String txId = problem == null ? null : JsonCodec.text(problem, "txId");
        if (code == null) {
            // Not a problem document (a proxy's error page, say): keep the status and what the body said.
            return new CivicLedgerException(status, "HTTP_" + status, detail != null ? detail : abbreviate(body), txId,
                    null);
        }
        switch (code) {
            case ValidationFailedException.CODE: return new ValidationFailedException(status, detail, txId);
            case UnauthenticatedException.CODE: return new UnauthenticatedException(status, detail, txId);
            case ForbiddenException.CODE: return new ForbiddenException(status, detail, txId);
            case ConsentRequiredException.CODE: return new ConsentRequiredException(status, detail, txId);
            case NotFoundException.CODE: return new NotFoundException(status, detail, txId);
            case IdConflictException.CODE: return new IdConflictException(status, detail, txId);
            case InsufficientPointsException.CODE: return new InsufficientPointsException(status, detail, txId);
            case DailyCapExceededException.CODE: return new DailyCapExceededException(status, detail, txId);
            case InvalidStateException.CODE: return new InvalidStateException(status, detail, txId);
            case StaleContributionException.CODE: return new StaleContributionException(status, detail, txId);
            case ContendedException.CODE: return new ContendedException(status, detail, txId);
            case TooManyStreamsException.CODE: return new TooManyStreamsException(status, detail, txId);
            case InternalErrorException.CODE: return new InternalErrorException(status, detail, txId);
            case LedgerUnavailableException.CODE: return new LedgerUnavailableException(status, detail, txId);
            default: return new CivicLedgerException(status, code, detail, txId, null);
        }
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
