package org.civicledger.client;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Base64;
import java.util.Objects;
import org.civicledger.api.credit.ConsentRequest;

/**
 * A resident's own ECDSA P-256 key pair, as the resident's device holds it: the public key is registered at
 * enrolment, the private key signs the resident's consents so that no organisation can consent in their name.
 * JDK cryptography only. Sign a consent once and keep the signed request: sending it again is a replay, while
 * signing again makes another signature, so another request ({@code ID_CONFLICT}).
 *
 * <pre>{@code
 * ResidentKeys keys = ResidentKeys.generate();                  // once, on the resident's device
 * Resident resident = app.residents().enrol(externalRef, keys.publicKey());
 * ConsentRequest signed = keys.sign(ConsentRequest.builder()...build());
 * app.consents().grant(signed);                                 // and again, as it is, to retry
 * }</pre>
 *
 * <p>Immutable and thread-safe. Keep the {@link #keyPair()} in the device's key store and restore it with
 * {@link #of(KeyPair)}.
 */
public final class ResidentKeys {
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
            generator.initialize(new ECGenParameterSpec(ConsentRequest.CURVE));
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
        if (!isP256(pair.getPublic()) || !isP256(pair.getPrivate())) {
            throw new IllegalArgumentException("the key pair must be ECDSA on the P-256 curve (secp256r1)");
        }
        return new ResidentKeys(pair);
    }

    /** @return the public key as enrolment takes it: the X.509 SubjectPublicKeyInfo, base64 */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** @return the key pair, to keep in the device's key store */
    public KeyPair keyPair() {
        return pair;
    }

    /**
     * Signs a consent as the chaincode verifies it: {@link ConsentRequest#SIGNATURE_ALGORITHM} over the UTF-8 bytes
     * of {@link ConsentRequest#signedMessage()}, base64.
     *
     * @param consent the unsigned consent
     * @return the signed consent, to keep and send as it is
     * @throws IllegalArgumentException if the consent is signed already
     */
    public ConsentRequest sign(ConsentRequest consent) {
        Objects.requireNonNull(consent, "consent");
        if (consent.signature() != null) {
            throw new IllegalArgumentException("the consent is signed already: send it as it is");
        }
        try {
            Signature signer = Signature.getInstance(ConsentRequest.SIGNATURE_ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(consent.signedMessage().getBytes(StandardCharsets.UTF_8));
            return consent.withSignature(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the resident's key", e);
        }
    }

    private static boolean isP256(Object key) {
        if (!(key instanceof ECKey)) {
            return false;
        }
        ECParameterSpec params = ((ECKey) key).getParams();
        try {
            AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
            p256.init(new ECGenParameterSpec(ConsentRequest.CURVE));
            ECParameterSpec expected = p256.getParameterSpec(ECParameterSpec.class);
            return params.getOrder().equals(expected.getOrder())
                    && params.getGenerator().equals(expected.getGenerator()) && params.getCurve().equals(expected.getCurve());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks ECDSA P-256", e);
        }
    }
}
