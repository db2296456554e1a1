package org.civicledger.chaincode.model;

import java.util.List;

/**
 * A community's settlement of everything a merchant was owed at that moment; {@code valueFen} the declared values
 * of its redemptions added up (0 for a redemption without one, and on settlements written before values were kept).
 */
public record Settlement(String settlementId, String merchantId, String communityId, long points,
                         int redemptionCount, List<String> redemptionIds, String settledBy, String at, String txId,
                         long valueFen) {
}
