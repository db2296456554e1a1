package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 503 LEDGER_UNAVAILABLE}: the ledger could not be reached (after the client's retries). Nothing was written to
 * the ledger.
 */
public final class LedgerUnavailableException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public LedgerUnavailableException(int status, String detail, String txId) {
        super(status, ErrorCode.LEDGER_UNAVAILABLE, detail, txId);
    }
}
