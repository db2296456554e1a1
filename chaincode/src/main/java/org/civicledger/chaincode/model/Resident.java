package org.civicledger.chaincode.model;

import org.civicledger.api.community.ResidentStatus;

/**
 * A resident, by pseudonymous id only: the id is a keyed hash computed off-chain, and no name,
 * phone or document number is ever stored. {@code publicKey} is an ECDSA P-256 key (X.509
 * SubjectPublicKeyInfo, base64) used to verify the resident's consent signatures.
 */
public record Resident(String residentId, String communityId, String publicKey, ResidentStatus status,
                       String statusReason, String enrolledAt, String txId) {

    public Resident withStatus(ResidentStatus newStatus, String reason) {
        return new Resident(residentId, communityId, publicKey, newStatus, reason, enrolledAt, txId);
    }
}
