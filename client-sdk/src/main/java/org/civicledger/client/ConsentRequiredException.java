package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 403 CONSENT_REQUIRED}: a bank asked without a valid consent of the resident. Nothing was written to the
 * ledger.
 */
public final class ConsentRequiredException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public ConsentRequiredException(int status, String detail, String txId) {
        super(status, ErrorCode.CONSENT_REQUIRED, detail, txId);
    }
}
