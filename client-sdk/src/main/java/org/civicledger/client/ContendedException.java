package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 429 CONTENDED}: too many concurrent writes to the same records (one resident, say) and the gateway's own
 * retries ran out. Nothing was written; the client retries it with the same id after the answer's Retry-After delay.
 */
public final class ContendedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public ContendedException(int status, String detail, String txId) {
        super(status, ErrorCode.CONTENDED, detail, txId);
    }
}
