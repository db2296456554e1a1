package org.civicledger.gateway.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's identities, kept as PEM files under {@code <dataDir>/identities/<mspId>/}: per
 * organisation a self-signed X.509 CA ({@code ca.crt}, {@code ca.key}) created on the organisation's
 * first use, and per caller an EC P-256 key and a certificate issued by that CA ({@code <name>.crt},
 * {@code <name>.key}; keys readable by their owner only where the file system has POSIX permissions).
 *
 * <p>Thread-safe. Identities outlive the store: reopening the directory returns the same
 * certificates and keys. One store per directory at a time: two stores or processes sharing a
 * directory may both create a missing identity.
 * <pre>{@code
 * IdentityStore store = IdentityStore.open(dataDir);
 * LedgerIdentity admin = store.identity("Org1MSP", "admin", true);
 * LedgerIdentity alice = store.identity("Org1MSP", "alice", false);
 * }</pre>
 */
public final class IdentityStore implements Identities {
    private static final String DIRECTORY = "identities";

    private final Path root;
    private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();

    private IdentityStore(Path root) {
        this.root = root;
    }

    /**
     * Opens the store kept under {@code dataDir/identities}, creating the directory when absent.
     *
     * @param dataDir the gateway's data directory ({@code civic.data-dir})
     * @return the store
     * @throws NullPointerException when {@code dataDir} is null
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static IdentityStore open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path root = dataDir.toAbsolutePath().normalize().resolve(DIRECTORY);
        try {
            Files.createDirectories(root.getParent());
            PemFiles.createPrivateDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the identity directory " + root, e);
        }
        return new IdentityStore(root);
    }

    /**
     * Returns the identity {@code name} of organisation {@code mspId}, creating it on first use
     * (and the organisation's CA on the organisation's first use). Its certificate's subject is
     * {@code CN=<name>,OU=<admin|client>,O=<mspId>}; the role is fixed when the identity is created.
     *
     * @param mspId the organisation's MSP id: 1 to 64 characters from {@code [A-Za-z0-9._-]},
     *     starting with a letter or digit
     * @param name the identity's name, by the same rule, and not {@code ca} (the CA's file name)
     * @param orgAdmin whether the identity is its organisation's admin (Fabric NodeOU {@code admin},
     *     otherwise {@code client})
     * @return the identity; concurrent and later calls for one identity return the same object
     * @throws NullPointerException when {@code mspId} or {@code name} is null
     * @throws IllegalArgumentException when {@code mspId} or {@code name} breaks its rule, or when
     *     the identity exists with the other role
     * @throws UncheckedIOException when the identity's files cannot be read or written
     * @throws IllegalStateException when the identity's files on disk are inconsistent (a
     *     certificate not issued by the organisation's CA, with another subject, or not matching the key)
     */
    @Override
    public LedgerIdentity identity(String mspId, String name, boolean orgAdmin) {
        Names.requireMspId(mspId);
        Names.requireIdentityName(name);
        LedgerIdentity identity = organisation(mspId).identity(name, orgAdmin);
        if (identity.isOrgAdmin() != orgAdmin) {
            throw new IllegalArgumentException("identity " + mspId + "/" + name + " exists as "
                    + (identity.isOrgAdmin() ? "an organisation admin" : "a client")
                    + "; an identity's role is fixed when it is created");
        }
        return identity;
    }

    /**
     * Returns the CA certificate of organisation {@code mspId}, creating the CA on the
     * organisation's first use.
     *
     * @param mspId the organisation's MSP id, by the rule of {@link #identity(String, String, boolean)}
     * @return the self-signed CA certificate
     * @throws NullPointerException when {@code mspId} is null
     * @throws IllegalArgumentException when {@code mspId} breaks its rule
     * @throws UncheckedIOException when the CA's files cannot be read or written
     * @throws IllegalStateException when the CA's files on disk are inconsistent
     */
    public X509Certificate caCertificate(String mspId) {
        return organisation(Names.requireMspId(mspId)).ca().certificate();
    }

    /** @return the CA of {@code mspId} if the organisation has one; never creates anything */
    Optional<CertificateAuthority> existingCa(String mspId) {
        if (!Names.isValid(mspId)) {
            return Optional.empty();
        }
        Organisation known = organisations.get(mspId);
        if (known != null) {
            return known.existingCa();
        }
        // Unknown organisations are not remembered, so that probes with made-up MSP ids cost no memory.
        if (!Files.exists(root.resolve(mspId).resolve(CertificateAuthority.CERTIFICATE_FILE))) {
            return Optional.empty();
        }
        return organisation(mspId).existingCa();
    }

    private Organisation organisation(String mspId) {
        return organisations.computeIfAbsent(mspId, id -> new Organisation(id, root.resolve(id)));
    }
}
