package org.civicledger.chaincode.model;

/** What the community owes a merchant for one redemption, until it is settled. */
public record Receivable(String merchantId, String redemptionId, long points, String at) {
}
