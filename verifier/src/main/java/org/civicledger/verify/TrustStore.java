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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CA certificates the auditor trusts, each for the organisation (MSP id) it belongs to: a PEM file
 * ({@code .crt}, {@code .pem}) directly in the folder belongs to the MSP its file name names
 * ({@code CommunityMSP.crt}); a file in a sub-folder to the MSP the sub-folder names
 * ({@code BankMSP/ca.crt}, {@code BankMSP/cacerts/ca.pem}). Only certificates whose basic constraints mark
 * them as a CA are taken. Nothing carried in the input is ever added: a signer's certificate is accepted
 * only when a CA of the MSP it claims issued it.
 */
public final class TrustStore {
    /** The trusted CAs of each MSP id, in MSP id order. */
    private final Map<String, List<X509Certificate>> cas;

    private TrustStore(Map<String, List<X509Certificate>> cas) {
        this.cas = cas;
    }

    public static TrustStore load(Path folder) throws IOException {
        Map<String, List<X509Certificate>> cas = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".crt") || p.toString().endsWith(".pem"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String msp = mspOf(folder.relativize(file));
            for (X509Certificate cert : parseAll(Files.readAllBytes(file), file.toString())) {
                if (cert.getBasicConstraints() >= 0) {
                    cas.computeIfAbsent(msp, m -> new ArrayList<>()).add(cert);
                }
            }
        }
        if (cas.isEmpty()) {
            throw new IOException("no CA certificate (PEM .crt or .pem) in " + folder);
        }
        cas.replaceAll((msp, list) -> List.copyOf(list));
        return new TrustStore(Collections.unmodifiableMap(cas));
    }

    /** The MSP id a trusted file belongs to: its first folder under the trust folder, or its own name. */
    private static String mspOf(Path relative) {
        String first = relative.getName(0).toString();
        return relative.getNameCount() > 1 ? first : first.substring(0, first.lastIndexOf('.'));
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

    /** @return how many CA certificates are trusted, over every MSP */
    public int size() {
        return cas.values().stream().mapToInt(List::size).sum();
    }

    /** @return the MSP ids that have a trusted CA, in order */
    public Set<String> msps() {
        return cas.keySet();
    }

    /** @return the trusted CA of MSP {@code mspId} that issued and signed {@code cert}, if any */
    public Optional<X509Certificate> issuerOf(X509Certificate cert, String mspId) {
        for (X509Certificate ca : cas.getOrDefault(mspId, List.of())) {
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
