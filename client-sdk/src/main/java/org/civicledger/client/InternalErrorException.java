package org.civicledger.client;

/**
 * {@code 500 INTERNAL}: a defect in the gateway, logged there under the correlation id in the detail. Not retried: the same request would fail the same way.
 */
public final class InternalErrorException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "INTERNAL";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public InternalErrorException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
