package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("A loan product's terms for one score band.")
public final class LoanTerms extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Largest loan, in fen (positive)")
    private long maxAmountFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Rate discount, in basis points (0-10000)")
    private int rateDiscountBps;

    private LoanTerms() {
    }

    /**
     * @param maxAmountFen    largest loan, in fen
     * @param rateDiscountBps rate discount, in basis points
     * @return the terms
     * @throws IllegalArgumentException if the amount is not positive or the discount negative
     */
    public static LoanTerms of(long maxAmountFen, int rateDiscountBps) {
        if (maxAmountFen <= 0 || rateDiscountBps < 0) {
            throw new IllegalArgumentException("maxAmountFen must be positive and rateDiscountBps zero or more");
        }
        LoanTerms terms = new LoanTerms();
        terms.maxAmountFen = maxAmountFen;
        terms.rateDiscountBps = rateDiscountBps;
        return terms;
    }

    public long maxAmountFen() { return maxAmountFen; }
    public int rateDiscountBps() { return rateDiscountBps; }
}
