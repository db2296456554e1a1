package org.civicledger.client;

/**
 * {@code 404 NOT_FOUND}: an unknown resident, activity type, product, transaction or block. Nothing was written to the ledger.
 */
public final class NotFoundException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "NOT_FOUND";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public NotFoundException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
