package org.civicledger.gateway.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * ECDSA P-256 with SHA-256 through one Bouncy Castle provider object, used directly and never
 * registered globally. Signatures are DER with a low S, as Fabric peers require.
 */
final class Ecdsa {
    /** The one Bouncy Castle provider of this package (costly to build, so built once). */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private static final String CURVE = "secp256r1";
    // SHA256withECDSA, computed as the JDK's SHA-256 (CPU intrinsics) followed by Bouncy Castle's
    // ECDSA over the digest: the same signatures, without Bouncy Castle's slower pure-Java hash.
    private static final String ALGORITHM = "NONEwithECDSA";
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Sha256::digest);
    private static final BigInteger ORDER = ECNamedCurveTable.getParameterSpec(CURVE).getN();
    private static final BigInteger HALF_ORDER = ORDER.shiftRight(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    // Signature objects are not thread-safe and cost an allocation-heavy lookup: one per thread.
    private static final ThreadLocal<Signature> SIGNERS = ThreadLocal.withInitial(Ecdsa::newSignature);
    private static final ThreadLocal<Signature> VERIFIERS = ThreadLocal.withInitial(Ecdsa::newSignature);

    private Ecdsa() {
    }

    /** @return a fresh P-256 key pair (Bouncy Castle key objects) */
    static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a P-256 key pair", e);
        }
    }

    /** @return the DER SHA256withECDSA signature of {@code message}, with S in the lower half of the order */
    static byte[] sign(PrivateKey key, byte[] message) {
        Signature signer = SIGNERS.get();
        try {
            signer.initSign(key, RANDOM);
            signer.update(SHA256.get().digest(message));
            return lowS(signer.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign with " + key.getAlgorithm() + " key", e);
        }
    }

    /**
     * @return whether {@code signature} is a canonical DER, low-S SHA256withECDSA signature of
     *     {@code message} by {@code key}; never throws
     */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (!isCanonicalLowS(signature)) {
            return false;
        }
        Signature verifier = VERIFIERS.get();
        try {
            verifier.initVerify(key);
            verifier.update(SHA256.get().digest(message));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** @return whether {@code key} is the private half of {@code publicKey}: a probe signature verifies */
    static boolean matches(PrivateKey key, PublicKey publicKey) {
        byte[] probe = "civic-ledger key probe".getBytes(StandardCharsets.US_ASCII);
        try {
            return verify(publicKey, probe, sign(key, probe));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return whether {@code key} is an EC key on P-256 */
    static boolean isP256(PublicKey key) {
        return key instanceof ECPublicKey ec && ec.getParams().getOrder().equals(ORDER);
    }

    /** @return the DER certificate parsed by Bouncy Castle (its public key is a reusable Bouncy Castle key) */
    static X509Certificate parseCertificate(byte[] der) throws CertificateException {
        // CertificateFactory instances keep stream state: one per call.
        CertificateFactory factory = CertificateFactory.getInstance("X.509", PROVIDER);
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] lowS(byte[] der) throws IOException {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
        if (s.compareTo(HALF_ORDER) <= 0) {
            return der;
        }
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(ORDER.subtract(s))})
                .getEncoded(ASN1Encoding.DER);
    }

    private static boolean isCanonicalLowS(byte[] signature) {
        try {
            if (!(ASN1Primitive.fromByteArray(signature) instanceof ASN1Sequence sequence) || sequence.size() != 2
                    || !(sequence.getObjectAt(0) instanceof ASN1Integer r)
                    || !(sequence.getObjectAt(1) instanceof ASN1Integer s)) {
                return false;
            }
            return inRange(r.getValue(), ORDER) && inRange(s.getValue(), HALF_ORDER.add(BigInteger.ONE))
                    && Arrays.equals(sequence.getEncoded(ASN1Encoding.DER), signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** @return whether {@code 0 < value < bound} */
    private static boolean inRange(BigInteger value, BigInteger bound) {
        return value.signum() > 0 && value.compareTo(bound) < 0;
    }

    private static Signature newSignature() {
        try {
            return Signature.getInstance(ALGORITHM, PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle lacks " + ALGORITHM, e);
        }
    }
}
