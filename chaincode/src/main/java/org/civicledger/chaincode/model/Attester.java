package org.civicledger.chaincode.model;

import java.util.Objects;
import org.civicledger.api.community.AttesterKind;
import org.civicledger.api.community.AttesterStatus;

/**
 * A named attester of a community, by a pseudonymous id; {@code dailyLimitPoints} (null: none) bounds the points it
 * may attest per UTC day of recording. {@code txId} is the last write's.
 */
public record Attester(String communityId, String attesterId, AttesterKind kind, AttesterStatus status,
                       Long dailyLimitPoints, String registeredAt, String txId, String statusReason) {

    /** @return whether {@code other} registers the same attester the same way (status aside) */
    public boolean sameRegistration(String id, AttesterKind k, Long limit) {
        return attesterId.equals(id) && kind == k && Objects.equals(dailyLimitPoints, limit);
    }

    public Attester withStatus(AttesterStatus newStatus, String reason, String byTxId) {
        return new Attester(communityId, attesterId, kind, newStatus, dailyLimitPoints, registeredAt, byTxId, reason);
    }
}
