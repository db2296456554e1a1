package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 422 STALE_CONTRIBUTION}: {@code occurredAt} is in the future or older than the community's limit. Nothing was
 * written to the ledger.
 */
public final class StaleContributionException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public StaleContributionException(int status, String detail, String txId) {
        super(status, ErrorCode.STALE_CONTRIBUTION, detail, txId);
    }
}
