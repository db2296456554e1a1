package org.civicledger.chaincode.model;

import org.civicledger.api.points.ContributionStatus;

/** What a rejection of a pending contribution answers. */
public record Rejection(String contributionId, String residentId, ContributionStatus status, String reason,
                       String rejectedBy, String at, String attesterId, String txId) {
}
