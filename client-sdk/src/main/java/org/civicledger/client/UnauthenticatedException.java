package org.civicledger.client;

/**
 * {@code 401 UNAUTHENTICATED}: no token, or a token the gateway does not know. Nothing was written to the ledger.
 */
public final class UnauthenticatedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "UNAUTHENTICATED";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public UnauthenticatedException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
