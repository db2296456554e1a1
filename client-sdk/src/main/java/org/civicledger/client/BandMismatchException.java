package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 BAND_MISMATCH}: the loan decision contradicts the product's published bands and is not marked as a documented override.
 * Nothing was written to the ledger.
 */
public final class BandMismatchException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public BandMismatchException(int status, String detail, String txId) {
        super(status, ErrorCode.BAND_MISMATCH, detail, txId);
    }
}
