package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 404 NOT_FOUND}: an unknown resident, activity type, product, transaction or block. Nothing was written to the
 * ledger.
 */
public final class NotFoundException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public NotFoundException(int status, String detail, String txId) {
        super(status, ErrorCode.NOT_FOUND, detail, txId);
    }
}
