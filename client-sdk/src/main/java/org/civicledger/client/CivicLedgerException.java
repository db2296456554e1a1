package org.civicledger.client;

import org.civicledger.api.ErrorCode;

/**
 * The root of every error the SDK throws: an API error answered by the gateway (an RFC 7807 problem with a stable
 * {@link #code()}), or a transport failure ({@link TransportException}). Each API error code has its own subclass,
 * so callers catch exactly what they can handle; an unknown future code arrives as this class itself.
 *
 * <p>Unchecked, so that it travels through {@link java.util.concurrent.CompletableFuture} stages unchanged.
 */
public class CivicLedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String detail;
    private final String txId;

    /**
     * Creates an exception from a problem answered by the gateway.
     *
     * @param status the HTTP status, or 0 when no answer arrived
     * @param code   the API error code, for example {@code INSUFFICIENT_POINTS}
     * @param detail the human-readable explanation, may be {@code null}
     * @param txId   the transaction involved, may be {@code null}
     * @param cause  the underlying cause, may be {@code null}
     */
    public CivicLedgerException(int status, String code, String detail, String txId, Throwable cause) {
        super(message(status, code, detail), cause);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.txId = txId;
    }

    CivicLedgerException(int status, ErrorCode code, String detail, String txId) {
        this(status, code.name(), detail, txId, null);
    }

    private static String message(int status, String code, String detail) {
        return code + " (" + status + ")" + (detail == null ? "" : ": " + detail);
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, or 0 when no answer arrived
     */
    public int status() {
        return status;
    }

    /**
     * The stable error code of the API contract.
     *
     * @return the code, for example {@code ID_CONFLICT}
     */
    public String code() {
        return code;
    }

    /**
     * The error code as this version of the SDK knows it.
     *
     * @return the code, or {@code null} for a transport failure or a code newer than this SDK (see {@link #code()})
     */
    public ErrorCode errorCode() {
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        return null;
    }

    /**
     * The gateway's explanation of this occurrence.
     *
     * @return the detail, or {@code null} if the gateway gave none
     */
    public String detail() {
        return detail;
    }

    /**
     * The transaction involved, where there was one.
     *
     * @return the transaction id, or {@code null}
     */
    public String txId() {
        return txId;
    }
}
