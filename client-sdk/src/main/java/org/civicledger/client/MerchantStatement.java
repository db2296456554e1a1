package org.civicledger.client;

import java.util.List;
import java.util.Objects;

/**
 * A merchant's redemptions in a period: the answer to {@link MerchantStatements#statement}.
 */
public final class MerchantStatement {
    private final String merchantId;
    private final List<StatementLine> redemptions;
    private final long totalPoints;
    private final long unsettledPoints;

    MerchantStatement(String merchantId, List<StatementLine> redemptions, long totalPoints, long unsettledPoints) {
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.redemptions = List.copyOf(Objects.requireNonNull(redemptions, "redemptions"));
        this.totalPoints = totalPoints;
        this.unsettledPoints = unsettledPoints;
    }

    /**
     * Returns the merchant.
     *
     * @return the merchant
     */
    public String merchantId() {
        return merchantId;
    }

    /**
     * Returns the redemptions in the period, as an unmodifiable list.
     *
     * @return the redemptions in the period, as an unmodifiable list
     */
    public List<StatementLine> redemptions() {
        return redemptions;
    }

    /**
     * Returns the points of those redemptions.
     *
     * @return the points of those redemptions
     */
    public long totalPoints() {
        return totalPoints;
    }

    /**
     * Returns the points not yet settled.
     *
     * @return the points not yet settled
     */
    public long unsettledPoints() {
        return unsettledPoints;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MerchantStatement)) {
            return false;
        }
        MerchantStatement o = (MerchantStatement) other;
        return Objects.equals(merchantId, o.merchantId) && Objects.equals(redemptions, o.redemptions)
                && totalPoints == o.totalPoints && unsettledPoints == o.unsettledPoints;
    }

    @Override
    public int hashCode() {
        return Objects.hash(merchantId, redemptions, totalPoints, unsettledPoints);
    }

    @Override
    public String toString() {
        return "MerchantStatement{merchantId=" + merchantId
                + ", redemptions=" + redemptions
                + ", totalPoints=" + totalPoints
                + ", unsettledPoints=" + unsettledPoints + "}";
    }
}
