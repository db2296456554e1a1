package org.civicledger.chaincode.model;

import java.util.Objects;
import org.civicledger.api.credit.WitnessKind;

/**
 * A resident's consent for one bank to check their credit for one purpose until
 * {@code expiresAt}. {@code signature} is the resident's ECDSA P-256 signature over
 * {@code consentId|residentId|bankId|purpose|expiresAt}, verified when granted. A resident without a key may
 * instead sign a paper form before a {@code witness}; the consent then keeps the witness and the form's SHA-256
 * ({@code paperFormHash}) and is {@code witnessed}. Consents written before witnesses existed read as unwitnessed.
 */
public record Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                      String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                      String revokedAt, String txId, Witness witness, String paperFormHash, boolean witnessed) {

    public Consent(String consentId, String residentId, String communityId, String bankId, String purpose,
                   String expiresAt, String signature, boolean signed, String grantedBy, String grantedAt,
                   String revokedAt, String txId) {
        this(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed, grantedBy, grantedAt,
                revokedAt, txId, null, null, false);
    }

    /** Who witnessed the paper form: an attester of the community (by id) or the community's ADMIN. */
    public record Witness(WitnessKind kind, String attesterId) {
    }

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig) {
        return sameRequest(resident, bank, why, expires, sig, null, null);
    }

    public boolean sameRequest(String resident, String bank, String why, String expires, String sig,
                               Witness witnessedBy, String formHash) {
        return residentId.equals(resident) && bankId.equals(bank) && purpose.equals(why)
                && expiresAt.equals(expires) && Objects.equals(signature, sig)
                && Objects.equals(witness, witnessedBy) && Objects.equals(paperFormHash, formHash);
    }

    public Consent revoked(String at) {
        return new Consent(consentId, residentId, communityId, bankId, purpose, expiresAt, signature, signed,
                grantedBy, grantedAt, at, txId, witness, paperFormHash, witnessed);
    }
}
