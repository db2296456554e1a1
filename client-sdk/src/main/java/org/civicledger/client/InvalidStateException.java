package org.civicledger.client;

/**
 * {@code 422 INVALID_STATE}: the target is in the wrong state, for example a suspended resident or an already reversed contribution. Nothing was written to the ledger.
 */
public final class InvalidStateException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "INVALID_STATE";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public InvalidStateException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
