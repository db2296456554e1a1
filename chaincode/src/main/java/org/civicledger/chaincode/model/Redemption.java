package org.civicledger.chaincode.model;

import java.util.Objects;

/**
 * Points a merchant took from a resident for an item or service; {@code valueFen} the item's value in fen when
 * the merchant declared it (null otherwise).
 */
public record Redemption(String redemptionId, String residentId, String merchantId, String communityId,
                         long points, String item, String at, String txId, long balance, Long valueFen) {

    public boolean sameRequest(String resident, long pts, String what, String merchant, Long value) {
        return residentId.equals(resident) && points == pts && item.equals(what) && merchantId.equals(merchant)
                && Objects.equals(valueFen, value);
    }

    /** @return the declared value, 0 when there is none */
    public long valueOrZero() {
        return valueFen == null ? 0 : valueFen;
    }
}
