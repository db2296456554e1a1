package org.civicledger.gateway.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A block as the ledger reports it (the API answers it as {@code org.civicledger.api.audit.Block}):
 * header fields and the ids of its transactions, in order. {@code communities}, the gateway's scoping
 * aid and no part of the answer, holds for each transaction the community its chaincode event names
 * — the chaincode decides it — or null (no event, another scope, or not valid). {@code version} is the embedded
 * ledger's block format version (null on Fabric).
 */
public record BlockInfo(long number, String hash, String previousHash, String dataHash, String stateDigest,
                        String time, List<String> transactions, List<String> communities, Integer version) {

    /** @return this block listing only the transactions whose community {@code visible} accepts; header unchanged */
    public BlockInfo listing(Predicate<String> visible) {
        List<String> ids = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            if (visible.test(communities.get(i))) {
                ids.add(transactions.get(i));
                kept.add(communities.get(i));
            }
        }
        return new BlockInfo(number, hash, previousHash, dataHash, stateDigest, time, List.copyOf(ids),
                java.util.Collections.unmodifiableList(kept), version);
    }
}
