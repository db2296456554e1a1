package org.civicledger.chaincode.model;

/** Points a merchant took from a resident for an item or service. */
public record Redemption(String redemptionId, String residentId, String merchantId, String communityId,
                         long points, String item, String at, String txId, long balance) {

    public boolean sameRequest(String resident, long pts, String what, String merchant) {
        return residentId.equals(resident) && points == pts && item.equals(what) && merchantId.equals(merchant);
    }
}
