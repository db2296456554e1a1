package org.civicledger.chaincode.model;

/** Which organisation (and community, for merchants) a bank id or merchant id belongs to. */
public record Owner(String subjectId, String mspId, String communityId) {
}
