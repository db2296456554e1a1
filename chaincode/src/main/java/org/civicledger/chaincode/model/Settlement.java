package org.civicledger.chaincode.model;

import java.util.List;

/** A community's settlement of everything a merchant was owed at that moment. */
public record Settlement(String settlementId, String merchantId, String communityId, long points,
                         int redemptionCount, List<String> redemptionIds, String settledBy, String at, String txId) {
}
