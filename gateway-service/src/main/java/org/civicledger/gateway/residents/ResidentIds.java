package org.civicledger.gateway.residents;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.config.CivicConfig;

/**
 * Turns a resident's real-world reference ({@code externalRef}) into their ledger id:
 * HMAC-SHA-256 under the community's secret of the reference's UTF-8 bytes once normalised
 * ({@link ExternalRef}), as 64 lowercase hex digits. Without the secret the id
 * reveals nothing and cannot be reversed by trying phone numbers. The reference itself is never
 * stored, logged or returned.
 *
 * <p>Secrets come from {@code civic.resident-secrets.<community>} (base64, at least 32 bytes), or
 * are generated on first use and kept in {@code <data-dir>/secrets/<community>.resident-key}
 * (owner-only permissions). Losing that file means the same person can no longer be found again.
 * Only a gateway with a caller of the community (the community's own) keeps its secret.
 */
@Singleton
public class ResidentIds {
    private static final int SECRET_BYTES = 32;

    private final CivicConfig config;
    private final Callers callers;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    /**
     * @param callers this gateway's callers: it keeps secrets only of the communities they belong to, so a gateway
     *     without a caller of a community (a bank's, an auditor's) never reads nor creates that community's secret
     */
    @Inject
    public ResidentIds(CivicConfig config, Callers callers) {
        this.config = config;
        this.callers = callers;
    }

    /**
     * @param externalRef the reference as the caller sent it; {@link ExternalRef#normalise} is applied here,
     *     so every derivation of a resident id normalises alike
     * @return the resident id of {@code externalRef} in {@code communityId}
     * @throws org.civicledger.gateway.problem.ApiException {@code VALIDATION_FAILED} when the reference
     *     breaks a rule of {@link ExternalRef}
     * @throws IllegalStateException when no caller of this gateway belongs to {@code communityId}: its secret stays
     *     with the community's own gateway (nothing is read or created)
     */
    public String residentId(String communityId, String externalRef) {
        // Asked of the callers as they are now (a caller may be added after start), until the secret is known.
        if (!secrets.containsKey(communityId)
                && callers.all().stream().map(Caller::communityId).noneMatch(communityId::equals)) {
            throw new IllegalStateException("no caller of this gateway belongs to community " + communityId
                    + ": its resident-id secret stays with the community's own gateway");
        }
        String normalised = ExternalRef.normalise(externalRef);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(communityId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private byte[] secret(String communityId) {
        return secrets.computeIfAbsent(communityId, this::load);
    }

    private byte[] load(String communityId) {
        String configured = config.residentSecrets().get(communityId);
        if (configured != null) {
            byte[] key = Base64.getDecoder().decode(configured.trim());
            if (key.length < SECRET_BYTES) {
                throw new IllegalStateException("civic.resident-secrets." + communityId + " must be at least "
                        + SECRET_BYTES + " bytes (base64)");
            }
            return key;
        }
        Path file = config.dataDir().resolve("secrets").resolve(fileName(communityId));
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the resident-id secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.getParent(), "new-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.delete(tmp);
        }
    }

    /** Community ids are chaincode ids (no '/'); anything else is hex-escaped so it cannot leave the folder. */
    private static String fileName(String communityId) {
        return (communityId.matches("[A-Za-z0-9._-]{1,64}") && !communityId.startsWith(".") ? communityId
                : HexFormat.of().formatHex(communityId.getBytes(StandardCharsets.UTF_8))) + ".resident-key";
    }
}
