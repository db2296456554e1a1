package org.civicledger.client;

import java.util.Objects;

/**
 * A loan product's terms for one score band.
 */
public final class LoanTerms {
    private final long maxAmountFen;
    private final int rateDiscountBps;

    LoanTerms(long maxAmountFen, int rateDiscountBps) {
        this.maxAmountFen = maxAmountFen;
        this.rateDiscountBps = rateDiscountBps;
    }

    /**
     * Returns the largest loan, in fen.
     *
     * @return the largest loan, in fen
     */
    public long maxAmountFen() {
        return maxAmountFen;
    }

    /**
     * Returns the rate discount, in basis points.
     *
     * @return the rate discount, in basis points
     */
    public int rateDiscountBps() {
        return rateDiscountBps;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LoanTerms)) {
            return false;
        }
        LoanTerms o = (LoanTerms) other;
        return maxAmountFen == o.maxAmountFen && rateDiscountBps == o.rateDiscountBps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAmountFen, rateDiscountBps);
    }

    @Override
    public String toString() {
        return "LoanTerms{maxAmountFen=" + maxAmountFen
                + ", rateDiscountBps=" + rateDiscountBps + "}";
    }
}
