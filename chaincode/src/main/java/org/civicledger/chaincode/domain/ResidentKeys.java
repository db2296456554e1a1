package org.civicledger.chaincode.domain;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.chaincode.error.LedgerException;

/** Residents' ECDSA P-256 keys: decoding, and verifying consent signatures ({@link ConsentRequest}). */
final class ResidentKeys {
    private static final ECParameterSpec P256 = p256();

    private ResidentKeys() {
    }

    /**
     * @param base64 an X.509 SubjectPublicKeyInfo, base64
     * @throws LedgerException {@code VALIDATION_FAILED} unless it is an EC key on P-256
     */
    static ECPublicKey decode(String base64) {
        try {
            PublicKey key = KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (key instanceof ECPublicKey ec && sameCurve(ec.getParams())) {
                return ec;
            }
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            // reported below
        }
        throw LedgerException.validation("publicKey must be a base64 X.509 SubjectPublicKeyInfo of an ECDSA P-256 key");
    }

    /**
     * @return whether {@code signatureBase64} is the key's signature of {@code message}
     * @throws LedgerException {@code VALIDATION_FAILED} when the signature is not base64
     */
    static boolean verifies(String publicKeyBase64, String message, String signatureBase64) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            throw LedgerException.validation("signature must be base64");
        }
        try {
            Signature verifier = Signature.getInstance(ConsentRequest.SIGNATURE_ALGORITHM);
            verifier.initVerify(decode(publicKeyBase64));
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a malformed DER signature is a signature that does not verify
        }
    }

    private static boolean sameCurve(ECParameterSpec params) {
        return params.getOrder().equals(P256.getOrder()) && params.getGenerator().equals(P256.getGenerator())
                && params.getCurve().equals(P256.getCurve());
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(ConsentRequest.CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks the P-256 curve", e);
        }
    }
}
