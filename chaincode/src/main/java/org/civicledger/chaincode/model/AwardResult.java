package org.civicledger.chaincode.model;

import org.civicledger.api.points.ContributionStatus;

/**
 * What an award returns, stored so that a retried award returns exactly the same. {@code status} is PENDING for an
 * award waiting for approval ({@code expiresAt} set), AWARDED otherwise (absent on awards recorded before approvals
 * existed); an approval's answer names {@code approvedBy}.
 */
public record AwardResult(String contributionId, String residentId, long points, long balance, String txId,
                          ContributionStatus status, String expiresAt, String attesterId, String approvedBy) {

    /** An award of the first version's shape. */
    public AwardResult(String contributionId, String residentId, long points, long balance, String txId) {
        this(contributionId, residentId, points, balance, txId, null, null, null, null);
    }
}
