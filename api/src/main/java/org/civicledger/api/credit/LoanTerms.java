package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** A loan product's terms for one score band. */
@JsonClassDescription("A loan product's terms for one score band.")
public final class LoanTerms extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Largest loan, in fen")
    private long maxAmountFen;
    @JsonProperty(required = true) @JsonPropertyDescription("Rate discount, in basis points")
    private int rateDiscountBps;

    private LoanTerms() {
    }

    public long maxAmountFen() { return maxAmountFen; }

    public int rateDiscountBps() { return rateDiscountBps; }
}
