package org.civicledger.client;

/**
 * {@code 429 CONTENDED}: too many concurrent writes to the same records (one resident, say) and the gateway's own retries ran out. Nothing was written; the client retries it with the same id after the answer's Retry-After delay.
 */
public final class ContendedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "CONTENDED";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public ContendedException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
