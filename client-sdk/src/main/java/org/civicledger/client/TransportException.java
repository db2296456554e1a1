package org.civicledger.client;

/**
 * No usable answer arrived from the gateway: the connection failed (after the client's retries), the request timed
 * out, or the answer could not be read. {@link #status()} is 0 and {@link #code()} is {@value #CODE}. A write that
 * ends this way may or may not have been applied; sending it again with the same client id is safe.
 */
public final class TransportException extends CivicLedgerException {
    private static final long serialVersionUID = 1L;

    /** The SDK's code for a transport failure; not an API error code. */
    public static final String CODE = "TRANSPORT_FAILED";

    /**
     * Creates the exception.
     *
     * @param detail what failed
     * @param cause  the underlying I/O failure
     */
    public TransportException(String detail, Throwable cause) {
        super(0, CODE, detail, null, cause);
    }
}
