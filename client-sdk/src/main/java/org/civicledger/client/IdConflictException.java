package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/** {@code 409 ID_CONFLICT}: a client id was reused with a different body. Nothing was written to the ledger. */
public final class IdConflictException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public IdConflictException(int status, String detail, String txId) {
        super(status, ErrorCode.ID_CONFLICT, detail, txId);
    }
}
