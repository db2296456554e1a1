package org.civicledger.gateway.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.civicledger.chaincode.json.Json;

/**
 * A block: its header (number, previous block's hash, hash of its transactions, digest of the
 * world state after it, time), the
 * transactions, each one's validation code, and the orderer's signature over the header hash
 * and the codes.
 */
record Block(long number, String previousHash, String dataHash, String stateDigest, String time,
             List<Envelope> transactions,
             List<ValidationCode> validationCodes, String hash, byte[] signer, byte[] signature) {

    static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);

    static String dataHash(List<Envelope> transactions) {
        return sha256(Json.bytes(transactions));
    }

    static String headerHash(long number, String previousHash, String dataHash, String stateDigest, String time) {
        return sha256((number + "|" + previousHash + "|" + dataHash + "|" + stateDigest + "|" + time)
                .getBytes(StandardCharsets.UTF_8));
    }

    String recomputedHash() {
        return headerHash(number, previousHash, dataHash, stateDigest, time);
    }

    /** The bytes the orderer signs: the header hash and every validation code. */
    static byte[] signedBytes(String hash, List<ValidationCode> codes) {
        return (hash + "|" + codes).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    byte[] toBytes() {
        return Json.bytes(this);
    }

    static Block fromBytes(byte[] bytes) {
        return Json.read(bytes, Block.class);
    }
}
