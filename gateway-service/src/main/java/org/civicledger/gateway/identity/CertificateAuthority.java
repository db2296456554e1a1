package org.civicledger.gateway.identity;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An organisation's self-signed certificate authority ({@code ca.crt}, {@code ca.key}), which issues
 * the organisation's identity certificates. Immutable and thread-safe.
 */
final class CertificateAuthority {
    static final String CERTIFICATE_FILE = "ca.crt";
    static final String KEY_FILE = "ca.key";

    private static final Logger LOG = Logger.getLogger(CertificateAuthority.class.getName());
    private static final int CA_YEARS = 100;
    private static final int IDENTITY_YEARS = 50;
    private static final SecureRandom SERIALS = new SecureRandom();

    private final String mspId;
    private final X509Certificate certificate;
    private final PrivateKey key;

    private CertificateAuthority(String mspId, X509Certificate certificate, PrivateKey key) {
        this.mspId = mspId;
        this.certificate = certificate;
        this.key = key;
    }

    /** @return the CA kept in {@code dir}, if its certificate is there */
    static Optional<CertificateAuthority> load(Path dir, String mspId) throws IOException {
        Path certificateFile = dir.resolve(CERTIFICATE_FILE);
        if (!Files.exists(certificateFile)) {
            return Optional.empty();
        }
        try {
            X509Certificate certificate = Ecdsa.parseCertificate(PemFiles.read(certificateFile, PemFiles.CERTIFICATE));
            PrivateKey key = PemFiles.readPrivateKey(dir.resolve(KEY_FILE));
            CertificateAuthority ca = new CertificateAuthority(mspId, certificate, key);
            ca.requireConsistent();
            return Optional.of(ca);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the CA files of " + mspId + " in " + dir + " are unusable: " + e, e);
        }
    }

    /** @return a new CA, its key written before its certificate (the certificate marks a complete CA) */
    static CertificateAuthority create(Path dir, String mspId) throws IOException {
        KeyPair keys = Ecdsa.generateKeyPair();
        X500Name subject = Names.caSubject(mspId);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serialNumber(),
                validFrom(), validUntil(CA_YEARS), subject, keys.getPublic());
        SubjectPublicKeyInfo publicKeyInfo = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new BcX509ExtensionUtils().createSubjectKeyIdentifier(publicKeyInfo));
        try {
            X509Certificate certificate = Ecdsa.parseCertificate(sign(builder, keys.getPrivate()));
            PemFiles.writeAtomically(dir.resolve(KEY_FILE),
                    PemFiles.encode(PemFiles.PRIVATE_KEY, keys.getPrivate().getEncoded()), true);
            PemFiles.writeAtomically(dir.resolve(CERTIFICATE_FILE),
                    PemFiles.encode(PemFiles.CERTIFICATE, certificate.getEncoded()), false);
            LOG.info(() -> "created the certificate authority of " + mspId + " in " + dir);
            return new CertificateAuthority(mspId, certificate, keys.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the CA certificate of " + mspId, e);
        }
    }

    /** @return the CA certificate (a Bouncy Castle object) */
    X509Certificate certificate() {
        return certificate;
    }

    /**
     * @return the DER certificate of a new end-entity identity: CA=false, digitalSignature, a random
     *     serial number
     */
    byte[] issue(X500Name subject, PublicKey subjectKey) throws IOException {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serialNumber(),
                    validFrom(), validUntil(IDENTITY_YEARS), subject, subjectKey);
            BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded())));
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(
                    SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded())));
            return sign(builder, key);
        } catch (CertIOException e) {
            throw new IOException("cannot encode a certificate for " + subject, e);
        }
    }

    /** @return whether this CA issued {@code candidate}: its issuer name and signature are this CA's */
    boolean issued(X509Certificate candidate) {
        if (!candidate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            return false;
        }
        try {
            candidate.verify(certificate.getPublicKey(), Ecdsa.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private void requireConsistent() {
        // Any name: a Fabric network's organisation CA (cryptogen's, say) keeps its own.
        boolean selfSigned = issued(certificate);
        if (!selfSigned || certificate.getBasicConstraints() < 0 || !Ecdsa.matches(key, certificate.getPublicKey())) {
            throw new IllegalStateException("the CA files of " + mspId + " are inconsistent: expected a self-signed CA "
                    + "certificate and its private key");
        }
    }

    private static byte[] sign(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        try {
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Ecdsa.PROVIDER)
                    .setSecureRandom(SERIALS).build(signingKey)).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }

    /** 127 random bits: unique without a counter to keep, and positive as RFC 5280 requires. */
    private static BigInteger serialNumber() {
        return new BigInteger(127, SERIALS).setBit(126);
    }

    /** An hour back, so that verifiers with a slightly slow clock accept new certificates. */
    private static Date validFrom() {
        return Date.from(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toInstant());
    }

    private static Date validUntil(int years) {
        return Date.from(ZonedDateTime.now(ZoneOffset.UTC).plusYears(years).truncatedTo(ChronoUnit.SECONDS).toInstant());
    }
}
