package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 INVALID_STATE}: the target is in the wrong state, for example a suspended resident or an already reversed
 * contribution. Nothing was written to the ledger.
 */
public final class InvalidStateException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public InvalidStateException(int status, String detail, String txId) {
        super(status, ErrorCode.INVALID_STATE, detail, txId);
    }
}
