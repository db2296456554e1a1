package org.civicledger.chaincode.model;

import org.civicledger.api.points.ContributionStatus;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.civicledger.chaincode.state.Keys;

/**
 * One real-world contribution and the award it earned. The request fields identify the
 * contribution (a retry with the same fields gets {@code result} back); {@code reversal} is
 * set once, when an ADMIN reverses it. {@code attesterId} names its attester, when it has one. A
 * contribution of a type that requires approval is PENDING until {@code expiresAt}; its decision
 * sets {@code decidedBy}, {@code decidedAt}, {@code decisionTxId} (and {@code rejectionReason}
 * when REJECTED). An approved contribution is paid as of its approval ({@link #paidMonth()}).
 */
public record Contribution(String contributionId, String residentId, String communityId, String activityType,
                           String category, int creditWeight, long quantity, long points, String attestedBy,
                           String occurredAt, String evidenceHash, ContributionStatus status, String awardedAt,
                           String txId, AwardResult result, Reversal reversal, String attesterId, String expiresAt,
                           String decidedBy, String decidedAt, String decisionTxId, String rejectionReason) {

    /** A contribution of the first version's shape. */
    public Contribution(String contributionId, String residentId, String communityId, String activityType,
                        String category, int creditWeight, long quantity, long points, String attestedBy,
                        String occurredAt, String evidenceHash, ContributionStatus status, String awardedAt,
                        String txId, AwardResult result, Reversal reversal) {
        this(contributionId, residentId, communityId, activityType, category, creditWeight, quantity, points,
                attestedBy, occurredAt, evidenceHash, status, awardedAt, txId, result, reversal, null, null, null, null,
                null, null);
    }

    public boolean sameRequest(String resident, String activity, long qty, String occurred, String evidence,
                               String app, String attester) {
        return residentId.equals(resident) && activityType.equals(activity) && quantity == qty
                && occurredAt.equals(occurred) && Objects.equals(evidenceHash, evidence)
                && attestedBy.equals(app) && Objects.equals(attesterId, attester);
    }

    /** @return the month whose bucket holds its points: the month it occurred, or for an approved one, of the approval */
    public YearMonth paidMonth() {
        return Keys.month(Instant.parse(decidedAt != null ? decidedAt : occurredAt));
    }

    public Contribution reversed(Reversal by) {
        return new Contribution(contributionId, residentId, communityId, activityType, category, creditWeight,
                quantity, points, attestedBy, occurredAt, evidenceHash, ContributionStatus.REVERSED, awardedAt,
                txId, result, by, attesterId, expiresAt, decidedBy, decidedAt, decisionTxId, rejectionReason);
    }

    /** @return this pending contribution decided: AWARDED or REJECTED, by whom, when, in which transaction, why */
    public Contribution decided(ContributionStatus decision, String by, String at, String decisionTx, String reason) {
        return new Contribution(contributionId, residentId, communityId, activityType, category, creditWeight,
                quantity, points, attestedBy, occurredAt, evidenceHash, decision, awardedAt, txId, result, reversal,
                attesterId, expiresAt, by, at, decisionTx, reason);
    }
}
