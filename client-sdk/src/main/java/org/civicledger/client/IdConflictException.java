package org.civicledger.client;

/**
 * {@code 409 ID_CONFLICT}: a client id was reused with a different body. Nothing was written to the ledger.
 */
public final class IdConflictException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "ID_CONFLICT";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public IdConflictException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
