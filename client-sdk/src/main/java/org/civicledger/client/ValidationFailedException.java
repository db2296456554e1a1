package org.civicledger.client;

/**
 * {@code 400 VALIDATION_FAILED}: malformed JSON, a missing or invalid field, an unknown enum value, a non-positive quantity or an oversize field. Nothing was written to the ledger.
 */
public final class ValidationFailedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "VALIDATION_FAILED";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public ValidationFailedException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
