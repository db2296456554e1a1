package org.civicledger.chaincode.model;

import java.time.Instant;
import java.util.Objects;
import org.civicledger.api.Role;
import org.civicledger.api.credit.Band;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.DisputeTargetType;
import org.civicledger.api.disputes.ScoreCorrection;

/**
 * A resident's dispute of a points transaction, a suspension, a credit check (by {@code targetTxId}) or their score
 * (no transaction; {@code scoreAtFiling} keeps the score it disputes), due for resolution by {@code dueBy};
 * {@code attesterId} names the disputed contribution's attester, when it has one.
 */
public record Dispute(String disputeId, String residentId, String communityId, String targetTxId,
                      DisputeTargetType targetType, String targetRef, String reason, DisputeStatus status,
                      String filedBy, String filedAt, String dueBy, String txId, Resolution resolution,
                      String attesterId, ScoreAt scoreAtFiling) {

    public Dispute(String disputeId, String residentId, String communityId, String targetTxId,
                   DisputeTargetType targetType, String targetRef, String reason, DisputeStatus status, String filedBy,
                   String filedAt, String dueBy, String txId, Resolution resolution) {
        this(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason, status, filedBy, filedAt,
                dueBy, txId, resolution, null, null);
    }

    /** @param type the target type the request named, or null when it let the ledger infer it */
    public boolean sameRequest(String resident, DisputeTargetType type, String target, String why) {
        return residentId.equals(resident) && (type == null || type == targetType)
                && Objects.equals(targetTxId, target) && reason.equals(why);
    }

    /** @return whether the dispute waits for its resolution past its due time at {@code now} */
    public boolean pastDue(Instant now) {
        return status.isPending() && now.isAfter(Instant.parse(dueBy));
    }

    /** @return the dispute as a reader at {@code now} sees it: OPEN past its due time reads OVERDUE */
    public Dispute readAt(Instant now) {
        return status == DisputeStatus.OPEN && pastDue(now) ? withStatus(DisputeStatus.OVERDUE) : this;
    }

    public Dispute withStatus(DisputeStatus newStatus) {
        return new Dispute(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason, newStatus,
                filedBy, filedAt, dueBy, txId, resolution, attesterId, scoreAtFiling);
    }

    public Dispute resolved(Resolution with) {
        return new Dispute(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason,
                with.outcome(), filedBy, filedAt, dueBy, txId, with, attesterId, scoreAtFiling);
    }

    /**
     * What resolving answers, the first time and on a retry: the dispute, its {@code txId} the
     * resolving transaction's (a retry must cite the resolution, not the filing).
     */
    public Dispute resolutionAnswer() {
        return new Dispute(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason, status,
                filedBy, filedAt, dueBy, resolution.txId(), resolution, attesterId, scoreAtFiling);
    }

    /**
     * How a dispute was resolved, and by whom ({@code resolverRole} ADMIN, or AUDITOR once past due);
     * {@code reversedPoints} when upholding it reversed an award, {@code reactivated} for an upheld suspension,
     * {@code correction} with the score before (at filing) and after (recomputed) for an upheld score.
     */
    public record Resolution(DisputeStatus outcome, String note, String by, String at, String txId,
                             Long reversedPoints, Role resolverRole, ScoreCorrection correction, ScoreAt scoreBefore,
                             ScoreAt scoreAfter, Boolean reactivated) {

        public Resolution(DisputeStatus outcome, String note, String by, String at, String txId, Long reversedPoints) {
            this(outcome, note, by, at, txId, reversedPoints, null, null, null, null, null);
        }
    }

    /** A score as a dispute records it: the total, its band and the model version that computed it. */
    public record ScoreAt(int score, Band band, long modelVersion) {
        public static ScoreAt of(Score score) {
            return new ScoreAt(score.score(), score.band(), score.modelVersion());
        }
    }
}
