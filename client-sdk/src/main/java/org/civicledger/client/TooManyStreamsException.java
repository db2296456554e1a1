package org.civicledger.client;

/**
 * {@code 429 TOO_MANY_STREAMS}: this caller already holds the most event streams the gateway allows it at once (4 by default). None was opened; close one of the caller's subscriptions, or subscribe again once one has closed (resuming from the last event seen).
 */
public final class TooManyStreamsException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The API error code this exception stands for. */
    public static final String CODE = "TOO_MANY_STREAMS";

    /**
     * Creates the exception from the gateway's problem answer.
     *
     * @param status the HTTP status
     * @param detail the gateway's explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     */
    public TooManyStreamsException(int status, String detail, String txId) {
        super(status, CODE, detail, txId, null);
    }
}
