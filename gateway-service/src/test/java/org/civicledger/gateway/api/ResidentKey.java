package org.civicledger.gateway.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** A resident's own ECDSA P-256 key, as their phone would hold it, for signing consents in tests. */
final class ResidentKey {
    private final KeyPair pair;

    private ResidentKey(KeyPair pair) {
        this.pair = pair;
    }

    static ResidentKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new ResidentKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the public key as enrolment takes it: X.509 SubjectPublicKeyInfo, base64 */
    String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** @return the DER SHA256withECDSA signature, base64, over {@code consentId|residentId|bankId|purpose|expiresAt} */
    String signConsent(String consentId, String residentId, String bankId, String purpose, String expiresAt) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(String.join("|", consentId, residentId, bankId, purpose, expiresAt)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
