package org.civicledger.chaincode.model;

/** Points an attester attested on one UTC day of recording (kept for attesters with a daily limit only). */
public record AttesterDay(String communityId, String attesterId, String day, long points) {
}
