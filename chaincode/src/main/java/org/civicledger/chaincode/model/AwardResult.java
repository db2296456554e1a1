package org.civicledger.chaincode.model;

/** What an award returns, stored so that a retried award returns exactly the same. */
public record AwardResult(String contributionId, String residentId, long points, long balance, String txId) {
}
