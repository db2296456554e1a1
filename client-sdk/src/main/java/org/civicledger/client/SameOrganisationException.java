package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 403 SAME_ORGANISATION}: a score model may not be approved by the organisation that proposed it: two organisations must agree.
 * Nothing was written to the ledger.
 */
public final class SameOrganisationException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public SameOrganisationException(int status, String detail, String txId) {
        super(status, ErrorCode.SAME_ORGANISATION, detail, txId);
    }
}
