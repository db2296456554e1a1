package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 400 VALIDATION_FAILED}: malformed JSON, a missing or invalid field, an unknown enum value, a non-positive
 * quantity or an oversize field. Nothing was written to the ledger.
 */
public final class ValidationFailedException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public ValidationFailedException(int status, String detail, String txId) {
        super(status, ErrorCode.VALIDATION_FAILED, detail, txId);
    }
}
