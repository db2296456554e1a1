package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicledger.verify.ChainVerifier;
import org.civicledger.verify.Identity;
import org.civicledger.verify.TrustStore;
import org.civicledger.verify.VerificationFailure;

/**
 * The signers of Fabric messages (creators, endorsers, orderers), each a {@code msp.SerializedIdentity}:
 * its certificate must be issued by a trusted CA of the MSP it claims (never a CA carried in the input)
 * and, where the message has a time, valid then; its signature is DER SHA256withECDSA with a low S.
 */
final class FabricSigners {
    /** A signer whose certificate a trusted CA of its MSP issued. */
    record Signer(Identity identity, X509Certificate ca) {
        String mspId() {
            return identity.mspId();
        }

        /** @return e.g. "CommunityMSP's demo-app" */
        String name() {
            return identity.mspId() + "'s " + identity.subject();
        }

        String caName() {
            return ca.getSubjectX500Principal().getName();
        }
    }

    private final TrustStore trust;
    /** A creator signs many transactions: each serialized identity is parsed and chained once. */
    private final Map<ByteString, Signer> known = new HashMap<>();

    FabricSigners(TrustStore trust) {
        this.trust = trust;
    }

    TrustStore trust() {
        return trust;
    }

    /**
     * @param at   the part, e.g. "block 17 tx 2"
     * @param role "creator", "endorser" or "orderer", for the message
     * @return the signer, its certificate issued by a trusted CA of the MSP it claims
     */
    Signer signer(ByteString serialized, String at, String role) throws VerificationFailure {
        Signer cached = known.get(serialized);
        if (cached != null) {
            return cached;
        }
        Identity identity;
        try {
            identity = Identity.parse(serialized.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new VerificationFailure(at + ": " + role + " identity cannot be read (" + e.getMessage() + ")");
        }
        Optional<X509Certificate> ca = trust.issuerOf(identity.certificate(), identity.mspId());
        if (ca.isEmpty()) {
            throw new VerificationFailure(at + ": " + role + " certificate (" + identity.mspId() + " "
                    + identity.subject() + ") is not issued by a trusted CA of " + identity.mspId());
        }
        Signer signer = new Signer(identity, ca.get());
        if (known.size() < 10_000) {
            known.put(serialized, signer);
        }
        return signer;
    }

    /** The certificate must have been valid when the message says it was made. */
    static void validAt(Signer signer, Instant time, String at, String role) throws VerificationFailure {
        try {
            signer.identity().certificate().checkValidity(Date.from(time));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new VerificationFailure(at + ": " + role + " certificate (" + signer.name() + ") was not valid at "
                    + time + " (valid " + signer.identity().certificate().getNotBefore().toInstant() + " to "
                    + signer.identity().certificate().getNotAfter().toInstant() + ")");
        }
    }

    static void verify(Signer signer, byte[] data, ByteString signature, String at, String what)
            throws VerificationFailure {
        if (!ChainVerifier.verifies(signer.identity().certificate(), data, signature.toByteArray())) {
            throw new VerificationFailure(at + ": " + what + " does not verify");
        }
    }
}
