package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

/**
 * A drawdown ({@code drawdownId}) or repayment ({@code repaymentId}) on a credit line: the drawn total stays within
 * the line, a repayment within what is outstanding.
 *
 * <pre>{@code
 * LineEntryRequest draw = LineEntryRequest.drawdown("draw-0001", 500_000);
 * LineEntryRequest repay = LineEntryRequest.repayment("repay-0001", 100_000);
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/loan-decisions/{decisionId}/drawdowns ({drawdownId, amountFen}) and "
        + ".../repayments ({repaymentId, amountFen}) (BANK). Same id and amount again: the original entry; same id, "
        + "other amount or kind: ID_CONFLICT.")
public final class LineEntryRequest extends WireValue {
    @JsonProperty @JsonPropertyDescription("A drawdown's id (drawdowns only)") private String drawdownId;
    @JsonProperty @JsonPropertyDescription("A repayment's id (repayments only)") private String repaymentId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The amount, in fen (1-" + Limits.MAX_LOAN_FEN + ")") private long amountFen;

    private LineEntryRequest() {
    }

    /**
     * @param drawdownId the bank's id for the drawdown (one id space per line)
     * @param amountFen  the amount, in fen
     * @return the request
     * @throws IllegalStateException if the id is blank or the amount out of range
     */
    public static LineEntryRequest drawdown(String drawdownId, long amountFen) {
        Checks.requireText(drawdownId, "drawdownId");
        LineEntryRequest r = of(amountFen);
        r.drawdownId = drawdownId;
        return r;
    }

    /**
     * @param repaymentId the bank's id for the repayment (one id space per line)
     * @param amountFen   the amount, in fen
     * @return the request
     * @throws IllegalStateException if the id is blank or the amount out of range
     */
    public static LineEntryRequest repayment(String repaymentId, long amountFen) {
        Checks.requireText(repaymentId, "repaymentId");
        LineEntryRequest r = of(amountFen);
        r.repaymentId = repaymentId;
        return r;
    }

    private static LineEntryRequest of(long amountFen) {
        Checks.requireBetween(amountFen, 1, Limits.MAX_LOAN_FEN, "amountFen");
        LineEntryRequest r = new LineEntryRequest();
        r.amountFen = amountFen;
        return r;
    }

    public String drawdownId() { return drawdownId; }
    public String repaymentId() { return repaymentId; }
    public long amountFen() { return amountFen; }
}
