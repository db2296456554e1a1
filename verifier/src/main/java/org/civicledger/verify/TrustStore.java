package org.civicledger.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CA certificates the auditor trusts: every CA certificate (basic constraints CA) in the PEM
 * files ({@code .crt}, {@code .pem}) of a folder and its sub-folders. Nothing carried in the input
 * is ever added: a signer's certificate is accepted only when one of these issued it.
 */
final class TrustStore {
    private final List<X509Certificate> cas;

    private TrustStore(List<X509Certificate> cas) {
        this.cas = cas;
    }

    static TrustStore load(Path folder) throws IOException {
        List<X509Certificate> cas = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".crt") || p.toString().endsWith(".pem"))
                    .sorted().toList();
        }
        for (Path file : files) {
            for (X509Certificate cert : parseAll(Files.readAllBytes(file), file.toString())) {
                if (cert.getBasicConstraints() >= 0) {
                    cas.add(cert);
                }
            }
        }
        if (cas.isEmpty()) {
            throw new IOException("no CA certificate (PEM .crt or .pem) in " + folder);
        }
        return new TrustStore(List.copyOf(cas));
    }

    static Collection<X509Certificate> parseAll(byte[] pem, String what) throws IOException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
                out.add((X509Certificate) c);
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException("not a PEM certificate: " + what + " (" + e.getMessage() + ")", e);
        }
    }

    int size() {
        return cas.size();
    }

    /** @return the trusted CA that issued and signed {@code cert}, if any */
    Optional<X509Certificate> issuerOf(X509Certificate cert) {
        for (X509Certificate ca : cas) {
            if (!ca.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                continue;
            }
            try {
                cert.verify(ca.getPublicKey());
                return Optional.of(ca);
            } catch (GeneralSecurityException e) {
                // same name, other key: not this CA
            }
        }
        return Optional.empty();
    }
}
