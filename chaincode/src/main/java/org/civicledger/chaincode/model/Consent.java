package org.civicledger.chaincode.model;

import java.util.Objects;

/**
 * A resident's consent for one bank to check their credit for one purpose until
 * {@code expiresAt}. {@code signature} is the resident's ECDSA P-256 signature over
 * {@code consentId|residentId|bankId|purpose|expiresAt}, verified when granted.
 */
public record Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                      String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                      String revokedAt, String txId) {

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig) {
        return residentId.equals(resident) && bankId.equals(bank) && purpose.equals(why)
                && expiresAt.equals(expires) && Objects.equals(signature, sig);
    }

    public Consent revoked(String at) {
        return new Consent(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed,
                grantedBy, grantedAt, at, txId);
    }
}
