package org.civicledger.gateway.ledger;

/**
 * The result of recomputing the chain: every block's checksum, number, previous-block hash,
 * data hash, header hash and signatures; then the world state against the state digest the
 * last block commits to. {@code firstBadBlock} is null when every block verified.
 */
public record IntegrityReport(boolean verified, long height, long checkedBlocks, Long firstBadBlock,
                              boolean stateVerified, String problem) {
}
