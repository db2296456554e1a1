package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/** {@code 401 UNAUTHENTICATED}: no token, or a token the gateway does not know. Nothing was written to the ledger. */
public final class UnauthenticatedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public UnauthenticatedException(int status, String detail, String txId) {
        super(status, ErrorCode.UNAUTHENTICATED, detail, txId);
    }
}
