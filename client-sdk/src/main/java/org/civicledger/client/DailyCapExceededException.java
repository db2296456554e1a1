package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 DAILY_CAP_EXCEEDED}: an award would take the resident over the activity type's daily cap. Nothing was
 * written to the ledger.
 */
public final class DailyCapExceededException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public DailyCapExceededException(int status, String detail, String txId) {
        super(status, ErrorCode.DAILY_CAP_EXCEEDED, detail, txId);
    }
}
