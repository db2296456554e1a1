package org.civicledger.chaincode.model;

import org.civicledger.api.points.ContributionStatus;

import java.util.Objects;

/**
 * One real-world contribution and the award it earned. The request fields identify the
 * contribution (a retry with the same fields gets {@code result} back); {@code reversal} is
 * set once, when an ADMIN reverses it.
 */
public record Contribution(String contributionId, String residentId, String communityId, String activityType,
                           String category, int creditWeight, long quantity, long points, String attestedBy,
                           String occurredAt, String evidenceHash, ContributionStatus status, String awardedAt,
                           String txId, AwardResult result, Reversal reversal) {

    public boolean sameRequest(String resident, String activity, long qty, String occurred, String evidence,
                               String app) {
        return residentId.equals(resident) && activityType.equals(activity) && quantity == qty
                && occurredAt.equals(occurred) && Objects.equals(evidenceHash, evidence)
                && attestedBy.equals(app);
    }

    public Contribution reversed(Reversal by) {
        return new Contribution(contributionId, residentId, communityId, activityType, category, creditWeight,
                quantity, points, attestedBy, occurredAt, evidenceHash, ContributionStatus.REVERSED, awardedAt,
                txId, result, by);
    }
}
