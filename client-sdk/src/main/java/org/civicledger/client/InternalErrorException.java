package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 500 INTERNAL}: a defect in the gateway, logged there under the correlation id in the detail. Not retried: the
 * same request would fail the same way.
 */
public final class InternalErrorException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public InternalErrorException(int status, String detail, String txId) {
        super(status, ErrorCode.INTERNAL, detail, txId);
    }
}
