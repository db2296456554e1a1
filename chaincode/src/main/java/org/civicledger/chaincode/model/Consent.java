package org.civicledger.chaincode.model;

import java.util.Objects;

/**
 * A resident's consent for one bank to check their credit for one purpose until
 * {@code expiresAt}. {@code signature} is the resident's ECDSA P-256 signature over
 * {@code consentId|residentId|bankId|purpose|expiresAt} (then {@code |householdId} when it names one), verified
 * when granted. {@code householdId} is set when the resident, as its head, consents to a check of their household
 * (absent for a consent to a check of the resident alone).
 */
public record Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                      String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                      String revokedAt, String txId, String householdId) {

    /** A consent to a check of the resident alone. */
    public Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                   String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                   String revokedAt, String txId) {
        this(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed, grantedBy, grantedAt,
                revokedAt, txId, null);
    }

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig,
                               String household) {
        return residentId.equals(resident) && bankId.equals(bank) && purpose.equals(why)
                && expiresAt.equals(expires) && Objects.equals(signature, sig) && Objects.equals(householdId, household);
    }

    public Consent revoked(String at) {
        return new Consent(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed,
                grantedBy, grantedAt, at, txId, householdId);
    }
}
