package org.civicledger.client;

/**
 * {@code 403 CONSENT_REQUIRED}: a bank asked without a valid consent of the resident. Nothing was written to the ledger.
 */
public final class ConsentRequiredException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "CONSENT_REQUIRED";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public ConsentRequiredException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
