package org.civicledger.gateway.ledger;

/**
 * The ledger's result of recomputing the chain (the API answers it as
 * {@code org.civicledger.api.audit.IntegrityReport}): every block's checksum, number, previous-block
 * hash, data hash, header hash and signatures; then the world state against the state digest the
 * last block commits to. {@code firstBadBlock} is null when every block verified.
 * {@code stateVerified} is null where the world state is not the gateway's to check (on Fabric each
 * peer keeps its own, derived from the same verified blocks).
 */
public record IntegrityReport(boolean verified, long height, long checkedBlocks, Long firstBadBlock,
                              Boolean stateVerified, String problem) {
}
