package org.civicledger.client;

/**
 * {@code 422 STALE_CONTRIBUTION}: {@code occurredAt} is in the future or older than the community's limit. Nothing was written to the ledger.
 */
public final class StaleContributionException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "STALE_CONTRIBUTION";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public StaleContributionException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
