package org.civicledger.gateway.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.civicledger.chaincode.crypto.Sha256;
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

    /** SHA-256 over each transaction's signed bytes followed by its signature, in block order. */
    static String dataHash(List<byte[]> transactionBytes, List<Envelope> envelopes) {
        MessageDigest sha = Sha256.digest();
        for (int i = 0; i < envelopes.size(); i++) {
            sha.update(transactionBytes.get(i));
            sha.update(envelopes.get(i).signature());
        }
        return Sha256.hex(sha);
    }

    /** The data hash recomputed from the transactions as stored (re-serialised canonically). */
    String recomputedDataHash() {
        return dataHash(transactions.stream().map(e -> Json.bytes(e.transaction())).toList(), transactions);
    }

    static String headerHash(long number, String previousHash, String dataHash, String stateDigest, String time) {
        return Sha256.hex(number + "|" + previousHash + "|" + dataHash + "|" + stateDigest + "|" + time);
    }

    String recomputedHash() {
        return headerHash(number, previousHash, dataHash, stateDigest, time);
    }

    /** The bytes the orderer signs: the header hash and every validation code. */
    static byte[] signedBytes(String hash, List<ValidationCode> codes) {
        return (hash + "|" + codes).getBytes(StandardCharsets.UTF_8);
    }

    static Block fromBytes(byte[] bytes) {
        return Json.read(bytes, Block.class);
    }
}
