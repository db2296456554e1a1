package org.civicledger.chaincode.model;

import java.util.Objects;
import org.civicledger.api.credit.WitnessKind;

/**
 * A resident's consent for one bank to check their credit for one purpose until
 * {@code expiresAt}. {@code signature} is the resident's ECDSA P-256 signature over
 * {@code consentId|residentId|bankId|purpose|expiresAt} (then {@code |householdId} when it names one), verified
 * when granted. {@code householdId} is set when the resident, as its head, consents to a check of their household
 * (absent for a consent to a check of the resident alone). A resident without a key may instead sign a paper form
 * before a {@code witness}; the consent then keeps the witness and the form's SHA-256 ({@code paperFormHash}) and is
 * {@code witnessed}. Consents written before households or witnesses existed read as the resident's own, unwitnessed.
 */
public record Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                      String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                      String revokedAt, String txId, String householdId, Witness witness, String paperFormHash,
                      boolean witnessed) {

    /** A consent to a check of the resident alone, unwitnessed. */
    public Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                   String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                   String revokedAt, String txId) {
        this(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed, grantedBy, grantedAt,
                revokedAt, txId, null, null, null, false);
    }

    /** Who witnessed the paper form: an attester of the community (by id) or the community's ADMIN. */
    public record Witness(WitnessKind kind, String attesterId) {
    }

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig) {
        return sameRequest(resident, bank, why, expires, sig, null, null, null);
    }

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig,
                               String household, Witness witnessedBy, String formHash) {
        return residentId.equals(resident) && bankId.equals(bank) && purpose.equals(why)
                && expiresAt.equals(expires) && Objects.equals(signature, sig)
                && Objects.equals(householdId, household)
                && Objects.equals(witness, witnessedBy) && Objects.equals(paperFormHash, formHash);
    }

    public Consent revoked(String at) {
        return new Consent(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed,
                grantedBy, grantedAt, at, txId, householdId, witness, paperFormHash, witnessed);
    }
}
