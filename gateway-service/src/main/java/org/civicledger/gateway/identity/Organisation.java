package org.civicledger.gateway.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * One organisation's directory: its CA and the identities it issued, loaded or created on first
 * use. Thread-safe: lookups of known identities take no lock; loading and creating are serialised
 * per organisation, so concurrent first uses of one identity create it once.
 */
final class Organisation {
    private static final Logger LOG = Logger.getLogger(Organisation.class.getName());

    private final String mspId;
    private final Path dir;
    private final Map<String, LedgerIdentity> identities = new ConcurrentHashMap<>();
    private volatile CertificateAuthority ca;

    Organisation(String mspId, Path dir) {
        this.mspId = mspId;
        this.dir = dir;
    }

    /** @return the identity called {@code name}, loaded from disk or, when absent, created with the given role */
    LedgerIdentity identity(String name, boolean orgAdmin) {
        LedgerIdentity known = identities.get(name);
        return known != null ? known : loadOrCreate(name, orgAdmin);
    }

    /** @return the organisation's CA, created when absent */
    synchronized CertificateAuthority ca() {
        if (ca == null) {
            try {
                PemFiles.createPrivateDirectory(dir);
                ca = CertificateAuthority.load(dir, mspId).orElse(null);
                if (ca == null) {
                    ca = CertificateAuthority.create(dir, mspId);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the CA of " + mspId + " in " + dir, e);
            }
        }
        return ca;
    }

    /** @return the organisation's CA when it exists in memory or on disk; never creates one */
    Optional<CertificateAuthority> existingCa() {
        CertificateAuthority known = ca;
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            if (ca == null && Files.exists(dir.resolve(CertificateAuthority.CERTIFICATE_FILE))) {
                ca();
            }
            return Optional.ofNullable(ca);
        }
    }

    private synchronized LedgerIdentity loadOrCreate(String name, boolean orgAdmin) {
        LedgerIdentity known = identities.get(name);
        if (known != null) {
            return known;
        }
        CertificateAuthority authority = ca();
        Path certificateFile = dir.resolve(name + ".crt");
        Path keyFile = dir.resolve(name + ".key");
        try {
            // The certificate is written last: without it, an interrupted creation is redone.
            LedgerIdentity identity = Files.exists(certificateFile)
                    ? load(authority, name, certificateFile, keyFile)
                    : create(authority, name, orgAdmin, certificateFile, keyFile);
            identities.put(name, identity);
            return identity;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep identity " + mspId + "/" + name + " in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the files of identity " + mspId + "/" + name + " are unusable: " + e, e);
        }
    }

    private LedgerIdentity create(CertificateAuthority authority, String name, boolean orgAdmin, Path certificateFile,
            Path keyFile) throws IOException, GeneralSecurityException {
        KeyPair keys = Ecdsa.generateKeyPair();
        byte[] certificate = authority.issue(Names.identitySubject(mspId, name, orgAdmin), keys.getPublic());
        PemFiles.writeAtomically(keyFile, PemFiles.encode(PemFiles.PRIVATE_KEY, keys.getPrivate().getEncoded()), true);
        PemFiles.writeAtomically(certificateFile, PemFiles.encode(PemFiles.CERTIFICATE, certificate), false);
        LOG.info(() -> "created identity " + mspId + "/" + name + (orgAdmin ? " (organisation admin)" : ""));
        return new LedgerIdentity(mspId, name, orgAdmin, certificate, keys.getPrivate());
    }

    private LedgerIdentity load(CertificateAuthority authority, String name, Path certificateFile, Path keyFile)
            throws IOException, GeneralSecurityException {
        byte[] der = PemFiles.read(certificateFile, PemFiles.CERTIFICATE);
        X509Certificate certificate = Ecdsa.parseCertificate(der);
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        boolean orgAdmin = hasSubject(certificate, Names.identitySubject(mspId, name, true));
        boolean named = orgAdmin || hasSubject(certificate, Names.identitySubject(mspId, name, false));
        if (!named || !authority.issued(certificate) || !Ecdsa.matches(key, certificate.getPublicKey())) {
            throw new IllegalStateException("the files of identity " + mspId + "/" + name + " in " + dir
                    + " are inconsistent: expected a certificate for CN=" + name + ",OU=admin|client,O=" + mspId
                    + " issued by the organisation's CA, and its private key");
        }
        return new LedgerIdentity(mspId, name, orgAdmin, der, key);
    }

    private static boolean hasSubject(X509Certificate certificate, X500Name subject) throws IOException {
        return Arrays.equals(certificate.getSubjectX500Principal().getEncoded(), subject.getEncoded());
    }
}
