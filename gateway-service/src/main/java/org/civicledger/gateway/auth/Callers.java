package org.civicledger.gateway.auth;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * The bearer tokens the gateway accepts, kept only as SHA-256 hashes, each mapped to its
 * {@link Caller}. A lookup hashes the presented token and compares hashes in constant time.
 */
public final class Callers {
    private final Map<String, Caller> byTokenHash = new ConcurrentHashMap<>();

    /** Adds a caller under the hex SHA-256 of its token. */
    public void add(String tokenSha256, Caller caller) {
        String hash = tokenSha256.toLowerCase(java.util.Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("token hash of caller " + caller.name() + " is not 64 hex digits");
        }
        if (byTokenHash.putIfAbsent(hash, caller) != null) {
            throw new IllegalArgumentException("two callers share the token of " + caller.name());
        }
    }

    /** @return the caller whose token this is, if any */
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 512) {
            return Optional.empty();
        }
        byte[] presented = HexFormat.of().parseHex(sha256(token));
        for (Map.Entry<String, Caller> e : byTokenHash.entrySet()) {
            if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(e.getKey()))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** @return every caller */
    public List<Caller> all() {
        return List.copyOf(byTokenHash.values());
    }

    /** @return the lowercase hex SHA-256 of a token's UTF-8 bytes */
    public static String sha256(String token) {
        return Sha256.hex(token);
    }
}
