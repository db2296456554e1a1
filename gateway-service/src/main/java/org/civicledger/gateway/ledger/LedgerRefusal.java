package org.civicledger.gateway.ledger;

import org.civicledger.api.ErrorCode;

/**
 * The ledger did not do what was asked: the chaincode refused (with its code), or the ledger
 * could not commit. Nothing was written.
 */
public final class LedgerRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String txId;

    public LedgerRefusal(ErrorCode code, String message, String txId) {
        super(message);
        this.code = code;
        this.txId = txId;
    }

    /** @return the API error code */
    public ErrorCode code() {
        return code;
    }

    /**
     * @return the message for people, without the {@code CODE: } prefix the chaincode's messages start
     *     with (Fabric clients receive only the message, so the code travels in it; here it is {@link #code()})
     */
    public String detail() {
        String message = getMessage() == null ? "" : getMessage();
        String prefix = code.name() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** @return the transaction id involved, or null */
    public String txId() {
        return txId;
    }
}
