package org.civicledger.gateway.ledger.embedded;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * A digest of the whole world state that can be updated one write at a time: the sum, modulo
 * 2^256, of SHA-256(key ‖ 0 ‖ value) over every live key. Each block commits to the digest of
 * the state after it, so a state value changed behind the ledger's back no longer adds up.
 * (An additive multiset hash: tamper-evident for changed, added or removed entries, not a
 * defence against an adversary who can also rewrite and re-sign blocks.)
 */
final class StateDigest {
    static final String EMPTY = "0".repeat(64);
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private BigInteger sum;

    StateDigest(String hex) {
        this.sum = new BigInteger(hex, 16);
    }

    void add(String key, byte[] value) {
        sum = sum.add(entry(key, value)).mod(MODULUS);
    }

    void remove(String key, byte[] value) {
        sum = sum.subtract(entry(key, value)).mod(MODULUS);
    }

    String hex() {
        String hex = sum.toString(16);
        return "0".repeat(64 - hex.length()) + hex;
    }

    private static BigInteger entry(String key, byte[] value) {
        MessageDigest sha = Sha256.digest();
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(value);
        return new BigInteger(1, sha.digest());
    }
}
