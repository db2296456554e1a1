package org.civicledger.chaincode.model;

/**
 * What the community owes a merchant for one redemption, until it is settled; {@code valueFen} the item's value
 * when the merchant declared it (null otherwise, and on receivables written before values were kept).
 */
public record Receivable(String merchantId, String redemptionId, long points, String at, Long valueFen) {

    /** @return the declared value, 0 when there is none */
    public long valueOrZero() {
        return valueFen == null ? 0 : valueFen;
    }
}
