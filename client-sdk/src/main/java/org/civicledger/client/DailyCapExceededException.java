package org.civicledger.client;

/**
 * {@code 422 DAILY_CAP_EXCEEDED}: an award would take the resident over the activity type's daily cap. Nothing was written to the ledger.
 */
public final class DailyCapExceededException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "DAILY_CAP_EXCEEDED";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public DailyCapExceededException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
