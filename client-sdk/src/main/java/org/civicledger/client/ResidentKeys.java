package org.civicledger.client;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Base64;
import java.util.Objects;

/**
 * A resident's own ECDSA P-256 key pair, as the resident's device holds it: the public key is registered at
 * enrolment, the private key signs the resident's consents so that no organisation can consent in their name.
 * JDK cryptography only.
 *
 * <pre>{@code
 * ResidentKeys keys = ResidentKeys.generate();                  // once, on the resident's device
 * Resident resident = app.residents().enrol(externalRef, keys.publicKey());
 * ConsentRequest consent = ConsentRequest.builder()...build();
 * app.consents().grant(consent.withSignature(keys.signConsent(consent)));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Keep the {@link #keyPair()} in the device's key store and restore it with
 * {@link #of(KeyPair)}.
 */
public final class ResidentKeys {
    private static final String CURVE = "secp256r1";
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final KeyPair pair;

    private ResidentKeys(KeyPair pair) {
        this.pair = pair;
    }

    /**
     * Generates a new key pair on the P-256 curve.
     *
     * @return the new keys
     * @throws IllegalStateException if the Java runtime lacks ECDSA P-256
     */
    public static ResidentKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return new ResidentKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks ECDSA P-256", e);
        }
    }

    /**
     * Uses an existing key pair, for example one restored from the device's key store.
     *
     * @param pair an EC key pair on the P-256 curve
     * @return the keys
     * @throws IllegalArgumentException if the pair is not an EC key pair on P-256
     */
    public static ResidentKeys of(KeyPair pair) {
        Objects.requireNonNull(pair, "pair");
        if (!(pair.getPublic() instanceof ECPublicKey) || !(pair.getPrivate() instanceof ECPrivateKey)
                || !isP256(((ECPublicKey) pair.getPublic()).getParams())
                || !isP256(((ECPrivateKey) pair.getPrivate()).getParams())) {
            throw new IllegalArgumentException("the key pair must be ECDSA on the P-256 curve (secp256r1)");
        }
        return new ResidentKeys(pair);
    }

    /**
     * Returns the public key as enrolment takes it ({@link Residents#enrol(String, String)}): the X.509
     * SubjectPublicKeyInfo, base64.
     *
     * @return the base64 public key
     */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /**
     * Returns the key pair, to keep in the device's key store.
     *
     * @return the key pair
     */
    public KeyPair keyPair() {
        return pair;
    }

    /**
     * Signs a consent as the gateway verifies it: ECDSA-P256-SHA256 over the UTF-8 bytes of
     * {@link ConsentRequest#signedMessage()}, DER-encoded, base64.
     *
     * @param consent the consent, exactly as it will be sent
     * @return the signature, for {@link ConsentRequest#withSignature(String)}
     */
    public String signConsent(ConsentRequest consent) {
        Objects.requireNonNull(consent, "consent");
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(consent.signedMessage().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the resident's key", e);
        }
    }

    @Override
    public String toString() {
        return "ResidentKeys{publicKey=" + publicKey() + "}";
    }

    private static boolean isP256(ECParameterSpec params) {
        try {
            AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
            p256.init(new ECGenParameterSpec(CURVE));
            ECParameterSpec expected = p256.getParameterSpec(ECParameterSpec.class);
            return params.getOrder().equals(expected.getOrder()) && params.getGenerator().equals(expected.getGenerator())
                    && params.getCurve().equals(expected.getCurve());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks ECDSA P-256", e);
        }
    }
}
