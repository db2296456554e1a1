package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 INSUFFICIENT_POINTS}: a redemption larger than the available balance. Nothing was written to the ledger.
 */
public final class InsufficientPointsException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public InsufficientPointsException(int status, String detail, String txId) {
        super(status, ErrorCode.INSUFFICIENT_POINTS, detail, txId);
    }
}
