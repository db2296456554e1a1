package org.civicledger.client;

/**
 * {@code 403 FORBIDDEN}: the caller's role or community does not allow the operation. Nothing was written to the ledger.
 */
public final class ForbiddenException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "FORBIDDEN";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public ForbiddenException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
