package org.civicledger.gateway.identity;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Checks transaction signatures against their creators, as a Fabric peer does before commit: the
 * creator ({@code SerializedIdentity}: MSP id + PEM certificate) must hold a certificate issued by
 * the CA of that MSP in the {@link IdentityStore}, within its validity period, and the signature must
 * be a DER, low-S SHA256withECDSA signature by the certificate's key.
 *
 * <p>Thread-safe. Creators that passed the certificate checks are remembered (up to
 * 10,000) with their decoded public key, which Bouncy Castle's fast P-256
 * verification needs to reuse.
 * <pre>{@code
 * SignatureVerifier verifier = new SignatureVerifier(store);
 * if (!verifier.verify(creator, payload, signature)) { ... refuse the transaction ... }
 * }</pre>
 */
public final class SignatureVerifier {
    /** How many creators' decoded keys are kept; beyond it, arbitrary ones are forgotten. */
    static final int MAX_CACHED_IDENTITIES = 10_000;

    private final IdentityStore store;
    private final int maxCachedIdentities;
    private final Map<ByteString, Creator> creators = new ConcurrentHashMap<>();

    /**
     * Creates a verifier that trusts the organisations' CAs of {@code store}.
     *
     * @param store where the organisations' CA certificates are; the verifier never creates one
     * @throws NullPointerException when {@code store} is null
     */
    public SignatureVerifier(IdentityStore store) {
        this(store, MAX_CACHED_IDENTITIES);
    }

    SignatureVerifier(IdentityStore store, int maxCachedIdentities) {
        this.store = Objects.requireNonNull(store, "store");
        this.maxCachedIdentities = maxCachedIdentities;
    }

    /**
     * Checks that {@code signature} is {@code serializedIdentity}'s signature of {@code message}.
     *
     * @param serializedIdentity the creator: Fabric {@code SerializedIdentity} protobuf bytes
     * @param message the signed bytes
     * @param signature a DER-encoded SHA256withECDSA signature with a low S value
     * @return true only when the creator's certificate was issued by the CA of its MSP id, is valid
     *     now, and the signature verifies; false for any other input, including null, malformed
     *     bytes and unknown MSP ids (never throws)
     */
    public boolean verify(byte[] serializedIdentity, byte[] message, byte[] signature) {
        if (serializedIdentity == null || message == null || signature == null) {
            return false;
        }
        Creator creator = creator(ByteString.copyFrom(serializedIdentity));
        return creator != null && creator.isValidAt(System.currentTimeMillis())
                && Ecdsa.verify(creator.key(), message, signature);
    }

    /** @return how many creators are cached (for tests) */
    int cachedIdentities() {
        return creators.size();
    }

    private Creator creator(ByteString serialized) {
        Creator known = creators.get(serialized);
        if (known != null) {
            return known;
        }
        Creator checked = check(serialized);
        if (checked != null) {
            if (creators.size() >= maxCachedIdentities) {
                evictOne();
            }
            creators.put(serialized, checked);
        }
        return checked;
    }

    /** @return the creator when its certificate passes every check, else null */
    private Creator check(ByteString serialized) {
        try {
            SerializedIdentity identity = SerializedIdentity.parseFrom(serialized);
            Optional<CertificateAuthority> ca = store.existingCa(identity.getMspid());
            if (ca.isEmpty()) {
                return null;
            }
            byte[] der = PemFiles.decode(PemFiles.CERTIFICATE, identity.getIdBytes().toString(StandardCharsets.US_ASCII));
            X509Certificate certificate = Ecdsa.parseCertificate(der);
            PublicKey key = certificate.getPublicKey();
            // A CA certificate is not a transaction creator, even the organisation's own.
            if (certificate.getBasicConstraints() >= 0 || !Ecdsa.isP256(key) || !ca.get().issued(certificate)) {
                return null;
            }
            return new Creator(key, certificate.getNotBefore().getTime(), certificate.getNotAfter().getTime());
        } catch (IOException | CertificateException | RuntimeException e) {
            // Malformed protobuf, PEM or certificate, or a corrupt CA on disk: not to be trusted either way.
            return null;
        }
    }

    private void evictOne() {
        Iterator<ByteString> keys = creators.keySet().iterator();
        if (keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** A creator whose certificate passed the checks: its decoded key (reused) and validity period. */
    private record Creator(PublicKey key, long notBefore, long notAfter) {
        boolean isValidAt(long millis) {
            return millis >= notBefore && millis <= notAfter;
        }
    }
}
