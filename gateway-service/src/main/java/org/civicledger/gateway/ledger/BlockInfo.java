package org.civicledger.gateway.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * A block as the ledger reports it (the API answers it as {@code org.civicledger.api.audit.Block}):
 * header fields and the ids of its transactions, in order. {@code communities}, the gateway's scoping
 * aid and no part of the answer, holds for each transaction the community its chaincode event names
 * — the chaincode decides it — or null (no event, another scope, or not valid). {@code creatorMsps} and
 * {@code validationCodes}, also per transaction and no part of the answer either, are what the auditor's activity
 * counts without reading each transaction: the MSP id of its creator (null when the block does not name one, as
 * Fabric's genesis block written by configtxgen) and its validation code (Fabric's names: VALID,
 * MVCC_READ_CONFLICT...). {@code version} is the embedded ledger's block format version (null on Fabric).
 */
public record BlockInfo(long number, String hash, String previousHash, String dataHash, String stateDigest,
                        String time, List<String> transactions, List<String> communities, List<String> creatorMsps,
                        List<String> validationCodes, Integer version) {

    /** @return this block listing only the transactions whose community {@code visible} accepts; header unchanged */
    public BlockInfo listing(Predicate<String> visible) {
        List<String> ids = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> creators = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            if (visible.test(communities.get(i))) {
                ids.add(transactions.get(i));
                kept.add(communities.get(i));
                creators.add(creatorMsps.get(i));
                codes.add(validationCodes.get(i));
            }
        }
        return new BlockInfo(number, hash, previousHash, dataHash, stateDigest, time, List.copyOf(ids),
                Collections.unmodifiableList(kept), Collections.unmodifiableList(creators), List.copyOf(codes),
                version);
    }
}
