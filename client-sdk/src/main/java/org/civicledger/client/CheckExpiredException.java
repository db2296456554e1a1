package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 CHECK_EXPIRED}: the credit check is older than the decision window (30 days): make a new check.
 * Nothing was written to the ledger.
 */
public final class CheckExpiredException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public CheckExpiredException(int status, String detail, String txId) {
        super(status, ErrorCode.CHECK_EXPIRED, detail, txId);
    }
}
