package org.civicledger.chaincode.model;

import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.points.HistoryType;

/**
 * A resident's dispute of one points transaction, due for resolution by {@code dueBy}; {@code attesterId} names the
 * disputed contribution's attester, when it has one.
 */
public record Dispute(String disputeId, String residentId, String communityId, String targetTxId,
                      HistoryType targetType, String targetRef, String reason, DisputeStatus status,
                      String filedBy, String filedAt, String dueBy, String txId, Resolution resolution,
                      String attesterId) {

    public Dispute(String disputeId, String residentId, String communityId, String targetTxId, HistoryType targetType,
                   String targetRef, String reason, DisputeStatus status, String filedBy, String filedAt, String dueBy,
                   String txId, Resolution resolution) {
        this(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason, status, filedBy, filedAt,
                dueBy, txId, resolution, null);
    }

    public boolean sameRequest(String resident, String target, String why) {
        return residentId.equals(resident) && targetTxId.equals(target) && reason.equals(why);
    }

    public Dispute resolved(Resolution with) {
        return new Dispute(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason,
                with.outcome(), filedBy, filedAt, dueBy, txId, with, attesterId);
    }

    /**
     * What resolving answers, the first time and on a retry: the dispute, its {@code txId} the
     * resolving transaction's (a retry must cite the resolution, not the filing).
     */
    public Dispute resolutionAnswer() {
        return new Dispute(disputeId, residentId, communityId, targetTxId, targetType, targetRef, reason, status,
                filedBy, filedAt, dueBy, resolution.txId(), resolution, attesterId);
    }

    /** How an ADMIN resolved a dispute; {@code reversedPoints} when upholding it reversed an award. */
    public record Resolution(DisputeStatus outcome, String note, String by, String at, String txId,
                             Long reversedPoints) {
    }
}
