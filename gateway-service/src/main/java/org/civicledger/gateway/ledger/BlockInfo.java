package org.civicledger.gateway.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A block as auditors see it: header fields and the ids of its transactions, in order.
 * {@code communities} (not part of the API's answer) holds, for each transaction, the community its
 * chaincode event names — the chaincode decides it — or null (no event, another scope, or not valid).
 */
public record BlockInfo(long number, String hash, String previousHash, String dataHash, String stateDigest,
                        String time, List<String> transactions,
                        @JsonIgnore @Schema(hidden = true) List<String> communities) {

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
                java.util.Collections.unmodifiableList(kept));
    }
}
