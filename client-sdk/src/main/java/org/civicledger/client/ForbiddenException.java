package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 403 FORBIDDEN}: the caller's role or community does not allow the operation. Nothing was written to the
 * ledger.
 */
public final class ForbiddenException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public ForbiddenException(int status, String detail, String txId) {
        super(status, ErrorCode.FORBIDDEN, detail, txId);
    }
}
