package org.civicledger.chaincode.model;

/**
 * The index entry of a contribution awaiting approval (under {@code Keys.pending}); {@code expired} is never stored,
 * a read sets it as of its own time.
 */
public record PendingContribution(String contributionId, String residentId, String communityId, String activityType,
                                  String category, long points, String appId, String attesterId, String occurredAt,
                                  String recordedAt, String expiresAt, String txId, Boolean expired) {

    public PendingContribution asOf(java.time.Instant now) {
        return new PendingContribution(contributionId, residentId, communityId, activityType, category, points, appId,
                attesterId, occurredAt, recordedAt, expiresAt, txId, !now.isBefore(java.time.Instant.parse(expiresAt)));
    }
}
