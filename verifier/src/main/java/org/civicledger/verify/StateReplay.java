package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Replays the verified write sets into a world state of its own and checks every block's state
 * digest against it, as the gateway README defines the digest: the sum, modulo 2^256, of
 * SHA-256(key ‖ 0x00 ‖ value) over every live key, 64 zeros for the empty state. Only the writes of
 * transactions the block records as {@code VALID} apply, in block order (a key written twice keeps
 * its last write); a delete removes the key. The rule is the same in both block format versions.
 *
 * <p>Both ledgers feed it through {@link #write}: the embedded ledger's blocks through {@link #block}, which
 * also checks the digest each block commits to; Fabric's verifier its valid transactions' writes of the
 * chaincode's namespace (Fabric blocks commit to no state digest, so only the books apply).
 *
 * <p>The state is not kept whole: per key only its digest entry and what the {@link Books} need
 * (see {@link LiveKeys}).
 */
public final class StateReplay {
    static final String EMPTY_DIGEST = "0".repeat(64);

    private final LiveKeys keys = new LiveKeys(1 << 16);
    private final Books books = new Books();
    private final MessageDigest sha = Encoding.sha256();
    /** The digest as four 64-bit words, most significant first. */
    private final long[] digest = new long[4];
    private final long[] entry = new long[4];
    private final long[] facts = new long[2];
    private long writes;

    public StateReplay() {
    }

    /**
     * Applies the valid transactions' writes of a block that verified, then checks its state digest.
     *
     * @param at the block, as failures name it ({@code block 17})
     * @param transactions the block's {@code transactions} (envelopes)
     * @param codes the validation codes, one per transaction
     * @param stateDigest the digest the block commits to
     * @throws VerificationFailure when a write set is malformed or the digest differs
     */
    void block(String at, JsonNode transactions, List<String> codes, String stateDigest) throws VerificationFailure {
        for (int i = 0; i < codes.size(); i++) {
            if (!"VALID".equals(codes.get(i))) {
                continue;
            }
            JsonNode written = transactions.get(i).path("transaction").path("rwset").path("writes");
            if (!written.isArray() && !written.isMissingNode()) {
                throw new VerificationFailure(at + " tx " + i + ": write set is not a list");
            }
            for (JsonNode write : written) {
                try {
                    apply(write);
                } catch (VerificationFailure e) {
                    throw new VerificationFailure(at + " tx " + i + ": " + e.getMessage());
                }
            }
        }
        if (!hex().equals(stateDigest)) {
            throw new VerificationFailure(at + ": state digest does not match the verified write sets");
        }
    }

    /** @return the recomputed books of the final state */
    Books.Result balances() throws VerificationFailure {
        return books.reconcile();
    }

    long liveKeys() {
        return keys.size();
    }

    long writes() {
        return writes;
    }

    /** Reads one embedded write ({@code key}, {@code value} in base64 or {@code delete}) and applies it. */
    private void apply(JsonNode write) throws VerificationFailure {
        JsonNode keyNode = write.get("key");
        if (keyNode == null || !keyNode.isTextual()) {
            throw new VerificationFailure("a write names no key");
        }
        String key = keyNode.asText();
        boolean delete = write.path("delete").asBoolean(false);
        byte[] value = null;
        if (!delete) {
            JsonNode v = write.get("value");
            if (v == null || !v.isTextual()) {
                throw new VerificationFailure("the write of a key has no value");
            }
            try {
                value = v.binaryValue();
            } catch (IOException | IllegalArgumentException e) {
                throw new VerificationFailure("the value written to a key is not base64");
            }
        }
        write(key, value);
    }

    /**
     * Applies one write of a transaction that verified and is VALID, in block order.
     *
     * @param value the value written, or null for a delete (which removes the key)
     * @throws VerificationFailure when a record the books read is not what its key says (the message names the key)
     */
    public void write(String key, byte[] value) throws VerificationFailure {
        boolean delete = value == null;
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer fingerprint = ByteBuffer.wrap(sha.digest(keyBytes));
        int slot = keys.slot(fingerprint.getLong(0), fingerprint.getLong(8), fingerprint.getLong(16),
                fingerprint.getLong(24));
        boolean tracked = Books.tracks(key);
        if (keys.isLive(slot)) {
            subtract(slot);
            if (tracked) {
                books.removed(key, keys.factA(slot), keys.factB(slot));
            }
        }
        writes++;
        if (delete) {
            keys.delete(slot);
            return;
        }
        sha.update(keyBytes);
        sha.update((byte) 0);
        ByteBuffer h = ByteBuffer.wrap(sha.digest(value));
        for (int w = 0; w < 4; w++) {
            entry[w] = h.getLong(w * 8);
        }
        add(entry);
        facts[0] = 0;
        facts[1] = 0;
        if (tracked) {
            books.added(key, value, facts);
        }
        keys.set(slot, entry, facts[0], facts[1]);
    }

    /** digest += x (mod 2^256). */
    private void add(long[] x) {
        long carry = 0;
        for (int w = 3; w >= 0; w--) {
            long a = digest[w];
            long sum = a + x[w] + carry;
            carry = (Long.compareUnsigned(sum, a) < 0 || (carry == 1 && sum == a)) ? 1 : 0;
            digest[w] = sum;
        }
    }

    /** digest -= the slot's entry (mod 2^256). */
    private void subtract(int slot) {
        long borrow = 0;
        for (int w = 3; w >= 0; w--) {
            long a = digest[w];
            long b = keys.entry(slot, w);
            long diff = a - b - borrow;
            borrow = (Long.compareUnsigned(a, b) < 0 || (borrow == 1 && a == b)) ? 1 : 0;
            digest[w] = diff;
        }
    }

    private String hex() {
        StringBuilder out = new StringBuilder(64);
        for (long w : digest) {
            String part = Long.toHexString(w);
            out.append("0".repeat(16 - part.length())).append(part);
        }
        return out.toString();
    }
}
