package org.civicledger.gateway.ledger.embedded;

import java.util.List;

/**
 * How one version of the block format computes a block's data hash, header hash and the bytes
 * the orderer signs. A stored block names its version ({@link Block#version()}; none means 1) and
 * is always verified by the rules it was written under, so the append-only block file never needs
 * rewriting when the format changes.
 */
sealed interface BlockFormat permits LegacyBlockEncoding, BlockEncoding {
    /** The format new blocks are written in. */
    BlockFormat CURRENT = BlockEncoding.V2;

    /** @return this format's version number, as stored in the block */
    int version();

    /**
     * @param transactionBytes each transaction's signed bytes (its canonical JSON), in block order
     * @param envelopes the transactions with their creators' signatures, in the same order
     * @return the lowercase hex SHA-256 a block's header commits to for its transactions
     */
    String dataHash(List<byte[]> transactionBytes, List<Envelope> envelopes);

    /** @return the lowercase hex SHA-256 of a block's header: the block's hash */
    String headerHash(long number, String previousHash, String dataHash, String stateDigest, String time);

    /** @return the bytes the orderer signs: the block's hash and every transaction's validation code */
    byte[] signedBytes(String hash, List<ValidationCode> codes);

    /**
     * @param version a stored block's version; 1 for a block that names none
     * @return that version's format
     * @throws IllegalArgumentException if no format has that version
     */
    static BlockFormat of(int version) {
        if (version == LegacyBlockEncoding.V1.version()) {
            return LegacyBlockEncoding.V1;
        }
        if (version == BlockEncoding.V2.version()) {
            return BlockEncoding.V2;
        }
        throw new IllegalArgumentException("unknown block format version " + version);
    }
}
