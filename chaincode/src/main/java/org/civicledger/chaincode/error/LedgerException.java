package org.civicledger.chaincode.error;

import org.civicledger.api.ErrorCode;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A business refusal: the transaction is rejected and nothing it did is written.
 *
 * <p>The message is {@code CODE: detail}; the payload is the code's name.
 */
public final class LedgerException extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public LedgerException(ErrorCode code, String detail) {
        super(code.name() + ": " + detail, code.name().getBytes(StandardCharsets.UTF_8));
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static LedgerException validation(String detail) {
        return new LedgerException(ErrorCode.VALIDATION_FAILED, detail);
    }

    public static LedgerException forbidden(String detail) {
        return new LedgerException(ErrorCode.FORBIDDEN, detail);
    }

    public static LedgerException notFound(String detail) {
        return new LedgerException(ErrorCode.NOT_FOUND, detail);
    }

    public static LedgerException conflict(String detail) {
        return new LedgerException(ErrorCode.ID_CONFLICT, detail);
    }

    public static LedgerException invalidState(String detail) {
        return new LedgerException(ErrorCode.INVALID_STATE, detail);
    }
}
