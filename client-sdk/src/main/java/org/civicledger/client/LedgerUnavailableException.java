package org.civicledger.client;

/**
 * {@code 503 LEDGER_UNAVAILABLE}: the ledger could not be reached and nothing was written (after the client's retries). Nothing was written to the ledger.
 */
public final class LedgerUnavailableException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "LEDGER_UNAVAILABLE";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public LedgerUnavailableException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
