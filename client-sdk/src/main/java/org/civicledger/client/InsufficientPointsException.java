package org.civicledger.client;

/**
 * {@code 422 INSUFFICIENT_POINTS}: a redemption larger than the available balance. Nothing was written to the ledger.
 */
public final class InsufficientPointsException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "INSUFFICIENT_POINTS";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public InsufficientPointsException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
