package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 LINE_EXCEEDED}: a drawdown beyond what the credit line has left, or a repayment above the outstanding amount.
 * Nothing was written to the ledger.
 */
public final class LineExceededException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public LineExceededException(int status, String detail, String txId) {
        super(status, ErrorCode.LINE_EXCEEDED, detail, txId);
    }
}
