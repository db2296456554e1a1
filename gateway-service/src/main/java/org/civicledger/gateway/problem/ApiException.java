package org.civicledger.gateway.problem;

import org.civicledger.api.ErrorCode;

/** A refusal the gateway itself decides (before or instead of the ledger); nothing was written. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public ApiException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiException invalid(String detail) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ErrorCode.FORBIDDEN, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ErrorCode.NOT_FOUND, detail);
    }
}
