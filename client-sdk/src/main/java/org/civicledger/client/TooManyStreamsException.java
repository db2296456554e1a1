package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * {@code 429 TOO_MANY_STREAMS}: this caller already holds the most event streams the gateway allows it at once (4 by
 * default). None was opened; close one of the caller's subscriptions, or subscribe again once one has closed (resuming
 * from the last event seen).
 */
public final class TooManyStreamsException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status
     * @param detail the gateway's explanation, or {@code null}
     * @param txId   the transaction involved, or {@code null}
     */
    public TooManyStreamsException(int status, String detail, String txId) {
        super(status, ErrorCode.TOO_MANY_STREAMS, detail, txId);
    }
}
