package org.civicledger.chaincode.error;

/**
 * The one error vocabulary of Civic Ledger, shared by the chaincode, the gateway and the SDK.
 *
 * <p>Fabric gateway clients receive only a chaincode's message, so every refusal's message
 * starts with {@code CODE: } (see {@link LedgerException}) and {@link #fromMessage(String)}
 * recovers the code on the other side.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    CONSENT_REQUIRED(403),
    NOT_FOUND(404),
    ID_CONFLICT(409),
    INSUFFICIENT_POINTS(422),
    DAILY_CAP_EXCEEDED(422),
    INVALID_STATE(422),
    STALE_CONTRIBUTION(422),
    /** Too many concurrent writes to the same records: nothing was written; retry after the Retry-After delay. */
    CONTENDED(429),
    /**
     * The caller already holds the most event streams the gateway allows it at once: none was opened;
     * close one, or retry once one has closed. Answered by the gateway only, never by the chaincode.
     */
    TOO_MANY_STREAMS(429),
    /** A defect in the gateway: nothing is known to be written; not worth retrying unchanged. Logged with a correlation id. */
    INTERNAL(500),
    LEDGER_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** @return the HTTP status the REST API answers this code with */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Reads the code at the start of a chaincode error message ({@code "INSUFFICIENT_POINTS: …"}).
     *
     * @param message a chaincode error message, may be null
     * @return the code, or {@code null} when the message does not start with one
     */
    public static ErrorCode fromMessage(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String candidate = message.substring(0, colon);
        for (ErrorCode code : values()) {
            if (code.name().equals(candidate)) {
                return code;
            }
        }
        return null;
    }
}
