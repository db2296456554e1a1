package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 APPROVAL_EXPIRED}: a pending contribution's approval period (the community's {@code pendingExpiryDays})
 * is over; it can be neither approved nor rejected. Nothing was written to the ledger.
 */
public final class ApprovalExpiredException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public ApprovalExpiredException(int status, String detail, String txId) {
        super(status, ErrorCode.APPROVAL_EXPIRED, detail, txId);
    }
}
