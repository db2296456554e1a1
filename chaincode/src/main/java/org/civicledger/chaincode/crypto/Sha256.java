package org.civicledger.chaincode.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and its text form, lowercase hex, defined once for the chaincode (member keys), the gateway (token hashes,
 * block and backup hashes, transaction ids) and the benchmarks. It lives in the chaincode because the chaincode is
 * the one module all of those depend on that may use Java 17 (the wire-type module is Java 11 and public API).
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** @return a new SHA-256 digest, to be fed in parts and completed by {@link #hex(MessageDigest)} */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** @return the SHA-256 of {@code bytes} */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** @return the lowercase hex SHA-256 of {@code bytes} (64 characters) */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(of(bytes));
    }

    /** @return the lowercase hex SHA-256 of the UTF-8 bytes of {@code text} */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the lowercase hex of what {@code digest} was fed; completes (and resets) the digest */
    public static String hex(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }
}
