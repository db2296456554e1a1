package org.civicledger.gateway.ledger.fabric;

import io.grpc.Status;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Turns what the Fabric Gateway reports into the API's refusals. A chaincode refusal reaches a
 * Gateway client only as text ("chaincode response 500, INSUFFICIENT_POINTS: …" in the error details),
 * which is why the chaincode starts every refusal message with its code; a chaincode error without
 * one is a defect ({@code INTERNAL}); anything else — peers or orderers unreachable, deadlines, a
 * refused endorsement — is {@code LEDGER_UNAVAILABLE}.
 */
final class FabricErrors {
    private static final Pattern CODE = Pattern.compile("\\b([A-Z][A-Z_]+): ");
    /** How a peer reports a chaincode's error response (the shim answers 500 for any exception). */
    private static final String CHAINCODE_ERROR = "chaincode response 500";

    private FabricErrors() {
    }

    static LedgerRefusal refusal(GatewayException e, String txId) {
        for (ErrorDetail detail : e.getDetails()) {
            LedgerRefusal refusal = chaincodeRefusal(detail.getMessage(), txId);
            if (refusal != null) {
                return refusal;
            }
        }
        LedgerRefusal refusal = chaincodeRefusal(e.getStatus().getDescription(), txId);
        if (refusal != null) {
            return refusal;
        }
        return chaincodeFailed(e) ? new LedgerRefusal(ErrorCode.INTERNAL, "the chaincode failed without a refusal code",
                txId) : unavailable(e.getStatus(), txId);
    }

    /**
     * @return whether the chaincode itself answered with an error that is not a refusal (an exception
     *     it did not expect: a defect, not an outage)
     */
    static boolean chaincodeFailed(GatewayException e) {
        for (ErrorDetail detail : e.getDetails()) {
            if (detail.getMessage().contains(CHAINCODE_ERROR)) {
                return true;
            }
        }
        String description = e.getStatus().getDescription();
        return description != null && description.contains(CHAINCODE_ERROR);
    }

    /** @return the chaincode's refusal in {@code message}, or null when it carries no API error code */
    static LedgerRefusal chaincodeRefusal(String message, String txId) {
        if (message == null) {
            return null;
        }
        Matcher matcher = CODE.matcher(message);
        while (matcher.find()) {
            ErrorCode code = ErrorCode.fromMessage(message.substring(matcher.start(1)));
            if (code != null) {
                return new LedgerRefusal(code, message.substring(matcher.start(1)), txId);
            }
        }
        return null;
    }

    static LedgerRefusal unavailable(Status status, String txId) {
        return new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "the Fabric network did not answer: "
                + status.getCode() + (status.getDescription() == null ? "" : " " + status.getDescription()), txId);
    }

    /** @return whether the Gateway could not be reached or did not answer in time (rather than refusing) */
    static boolean isUnavailable(GatewayException e) {
        Status.Code code = e.getStatus().getCode();
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.CANCELLED || code == Status.Code.RESOURCE_EXHAUSTED;
    }

    /**
     * @return whether the Gateway could not gather matching endorsements — typically because one
     *     endorser has not yet committed the block another has, so their results differ for a moment
     */
    static boolean isEndorserDisagreement(GatewayException e) {
        String description = e.getStatus().getDescription();
        return e.getStatus().getCode() == Status.Code.ABORTED && description != null
                && description.contains("failed to collect enough transaction endorsements");
    }

    /** @return the status and every endorser's or orderer's own message, for the operator's log */
    static String describe(GatewayException e) {
        StringBuilder text = new StringBuilder(e.getStatus().getCode().name());
        if (e.getStatus().getDescription() != null) {
            text.append(' ').append(e.getStatus().getDescription());
        }
        for (ErrorDetail detail : e.getDetails()) {
            text.append("; ").append(detail.getMspId()).append('@').append(detail.getAddress()).append(": ")
                    .append(detail.getMessage());
        }
        return text.toString();
    }
}
