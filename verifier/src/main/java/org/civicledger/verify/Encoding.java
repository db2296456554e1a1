package org.civicledger.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The two block formats, reimplemented from the gateway README ("Block format: what is hashed and
 * signed"), not from the gateway's code.
 */
final class Encoding {
    static final String HEADER_TAG = "civic-ledger/block-header/v2";
    static final String DATA_TAG = "civic-ledger/block-data/v2";
    static final String SIGNED_TAG = "civic-ledger/block-signature/v2";
    private static final HexFormat HEX = HexFormat.of();

    private Encoding() {
    }

    /** A malformed field (a digest that is not 64 lowercase hex characters). */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    static String dataHash(int version, List<byte[]> txBytes, List<byte[]> signatures) {
        MessageDigest sha = sha256();
        if (version == 1) {
            for (int i = 0; i < txBytes.size(); i++) {
                sha.update(txBytes.get(i));
                sha.update(signatures.get(i));
            }
        } else {
            sha.update(str(DATA_TAG));
            sha.update(u32(txBytes.size()));
            for (int i = 0; i < txBytes.size(); i++) {
                sha.update(bytes(txBytes.get(i)));
                sha.update(bytes(signatures.get(i)));
            }
        }
        return HEX.formatHex(sha.digest());
    }

    static String headerHash(int version, long number, String previousHash, String dataHash, String stateDigest,
                             String time) throws Malformed {
        if (version == 1) {
            return HEX.formatHex(sha256().digest((number + "|" + previousHash + "|" + dataHash + "|" + stateDigest
                    + "|" + time).getBytes(StandardCharsets.UTF_8)));
        }
        if (number < 0) {
            throw new Malformed("block number is negative");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(str(HEADER_TAG));
        out.writeBytes(ByteBuffer.allocate(8).putLong(number).array());
        out.writeBytes(digest(previousHash, "previous hash"));
        out.writeBytes(digest(dataHash, "data hash"));
        out.writeBytes(digest(stateDigest, "state digest"));
        out.writeBytes(str(time));
        return HEX.formatHex(sha256().digest(out.toByteArray()));
    }

    static byte[] signedBytes(int version, String hash, List<String> codes) throws Malformed {
        if (version == 1) {
            // Java's List.toString(): "[VALID, MVCC_READ_CONFLICT]"
            return (hash + "|[" + String.join(", ", codes) + "]").getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(str(SIGNED_TAG));
        out.writeBytes(digest(hash, "hash"));
        out.writeBytes(u32(codes.size()));
        for (String code : codes) {
            out.writeBytes(str(code));
        }
        return out.toByteArray();
    }

    static byte[] digest(String hex, String what) throws Malformed {
        if (hex == null || hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new Malformed(what + " is not 64 lowercase hex characters");
        }
        return HEX.parseHex(hex);
    }

    static byte[] u32(int n) {
        return ByteBuffer.allocate(4).putInt(n).array();
    }

    static byte[] bytes(byte[] x) {
        return ByteBuffer.allocate(4 + x.length).putInt(x.length).put(x).array();
    }

    static byte[] str(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
