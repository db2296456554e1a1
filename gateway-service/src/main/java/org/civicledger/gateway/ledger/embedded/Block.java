package org.civicledger.gateway.ledger.embedded;

import java.util.List;
import org.civicledger.chaincode.json.Json;

/**
 * A block: its header (number, previous block's hash, hash of its transactions, digest of the
 * world state after it, time), the transactions, each one's validation code, the orderer's
 * signature over the header hash and the codes, and the format version its hashes and signature
 * follow ({@code null} in blocks written before versions existed: version 1).
 */
record Block(long number, String previousHash, String dataHash, String stateDigest, String time,
             List<Envelope> transactions,
             List<ValidationCode> validationCodes, String hash, byte[] signer, byte[] signature,
             Integer version) {

    static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);

    /**
     * @return the format this block's hashes and signature follow
     * @throws IllegalArgumentException if the block names an unknown version
     */
    BlockFormat format() {
        return BlockFormat.of(version == null ? 1 : version);
    }

    /** The data hash recomputed from the transactions as stored (re-serialised canonically). */
    String recomputedDataHash() {
        return format().dataHash(transactions.stream().map(e -> Json.bytes(e.transaction())).toList(), transactions);
    }

    String recomputedHash() {
        return format().headerHash(number, previousHash, dataHash, stateDigest, time);
    }

    /** @return the bytes the orderer's signature must cover, under this block's format */
    byte[] signedBytes() {
        return format().signedBytes(hash, validationCodes);
    }

    static Block fromBytes(byte[] bytes) {
        return Json.read(bytes, Block.class);
    }
}
