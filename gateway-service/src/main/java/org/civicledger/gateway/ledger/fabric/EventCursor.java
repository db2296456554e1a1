package org.civicledger.gateway.ledger.fabric;

import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.hyperledger.fabric.protos.common.Block;

/**
 * Where a subscriber is in a channel's events: the next block to read and, in the block it resumes
 * in, the last transaction already delivered. Turns each block into the chaincode events of its valid
 * transactions that come after that position, so a block seen twice (a reopened stream) yields nothing
 * twice. Not thread-safe: one subscription's thread owns it.
 */
final class EventCursor {
    private final String chaincode;
    private long nextBlock;
    private long skipThroughTx;

    /** @param afterPosition {@code block:tx} of the last event already seen; null or empty: from the first block */
    EventCursor(String chaincode, String afterPosition) {
        long[] after = LedgerEvent.parsePosition(afterPosition);
        this.chaincode = chaincode;
        this.nextBlock = Math.max(0, after[0]);
        this.skipThroughTx = after[0] < 0 ? -1 : after[1];
    }

    /** @return the first block not yet read */
    long nextBlock() {
        return nextBlock;
    }

    /** @return the events of {@code block} after the cursor, in order; moves the cursor past the block */
    List<LedgerEvent> take(Block block) {
        long number = block.getHeader().getNumber();
        if (number < nextBlock) {
            return List.of();
        }
        List<LedgerEvent> events = new ArrayList<>();
        for (FabricBlocks.ParsedTx tx : FabricBlocks.transactions(block)) {
            boolean seen = number == nextBlock && tx.index() <= skipThroughTx;
            if (tx.valid() && chaincode.equals(tx.chaincode()) && !seen) {
                events.addAll(FabricBlocks.events(number, tx));
            }
        }
        nextBlock = number + 1;
        skipThroughTx = -1;
        return events;
    }
}
