package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 409 HOUSEHOLD_CONFLICT}: a resident named for a household already belongs to another household: move them first.
 * Nothing was written to the ledger.
 */
public final class HouseholdConflictException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public HouseholdConflictException(int status, String detail, String txId) {
        super(status, ErrorCode.HOUSEHOLD_CONFLICT, detail, txId);
    }
}
