package org.civicledger.api;

/**
 * The one error vocabulary of Civic Ledger, shared by the chaincode, the gateway and the SDK: the {@code code}
 * of every problem document, and the HTTP status it is answered with.
 *
 * <p>Fabric gateway clients receive only a chaincode's message, so every refusal's message
 * starts with {@code CODE: } and {@link #fromMessage(String)} recovers the code on the other side.
 */
public enum ErrorCode {
    /** Malformed JSON, a missing, unknown or invalid field or query parameter. */
    VALIDATION_FAILED(400),
    /** No bearer token, or one the gateway does not know. */
    UNAUTHENTICATED(401),
    /** The caller's role or community does not allow this. */
    FORBIDDEN(403),
    /** No valid consent of the resident for this bank and purpose. */
    CONSENT_REQUIRED(403),
    /** An unknown resident, activity type, attester, product, contribution, consent, dispute, transaction or block. */
    NOT_FOUND(404),
    /** The client id was used before with a different request. */
    ID_CONFLICT(409),
    /** More than the available balance. */
    INSUFFICIENT_POINTS(422),
    /** Over the activity type's daily cap. */
    DAILY_CAP_EXCEEDED(422),
    /** Not possible in the current state (already reversed, resolved, resident suspended...). */
    INVALID_STATE(422),
    /** occurredAt more than 5 minutes ahead or older than the community's limit. */
    STALE_CONTRIBUTION(422),
    /** A pending contribution's approval period (the community's pendingExpiryDays) is over: it can no longer be decided. */
    APPROVAL_EXPIRED(422),
    /** A resident named for a household already belongs to another one: move them first. */
    HOUSEHOLD_CONFLICT(409),
    /** A loan decision against a credit check older than the decision window ({@code Limits.CHECK_VALID_DAYS}). */
    CHECK_EXPIRED(422),
    /** A loan decision that contradicts the product's published bands (above the band's maximum, or a line for an
     * ineligible band) and is not marked as a documented override. */
    BAND_MISMATCH(422),
    /** A drawdown beyond what the credit line has left, or a repayment above the outstanding amount. */
    LINE_EXCEEDED(422),
    /** A score model approved by an identity of the organisation that proposed it: two organisations must agree. */
    SAME_ORGANISATION(403),
    /** Too many concurrent writes to the same records: nothing was written; retry after the Retry-After delay. */
    CONTENDED(429),
    /**
     * The caller already holds the most event streams the gateway allows it at once: none was opened;
     * close one, or retry once one has closed. Answered by the gateway only, never by the chaincode.
     */
    TOO_MANY_STREAMS(429),
    /** A defect in the gateway: nothing is known to be written; not worth retrying unchanged. Logged with a correlation id. */
    INTERNAL(500),
    /** The ledger cannot be reached; nothing was written. */
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
