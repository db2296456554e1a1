package org.civicledger.gateway.ledger.embedded;

import java.util.function.Consumer;
import org.civicledger.gateway.ledger.LedgerEvent;

/**
 * Chaincode events from a position onwards: first replayed from the block file, then live as
 * blocks commit, with no gap and no repeat between the two.
 */
final class EventFeed {
    private EventFeed() {
    }

    static AutoCloseable subscribe(BlockFile blocks, Committer committer, String afterPosition,
                                   Consumer<LedgerEvent> sink) {
        long[] after = LedgerEvent.parsePosition(afterPosition);
        // most of the history outside the lock, so commits go on meanwhile
        long replayed = replay(blocks, after, after[0] < 0 ? 0 : after[0], committer.height(), sink);
        Consumer<Block> live = block -> deliver(block, after, sink);
        synchronized (committer) { // the rest, and the hand-over to live delivery, while no block commits
            replay(blocks, after, replayed, committer.height(), sink);
            committer.onBlock(live);
        }
        return () -> committer.removeListener(live);
    }

    private static long replay(BlockFile blocks, long[] after, long from, long to, Consumer<LedgerEvent> sink) {
        for (long n = from; n < to; n++) {
            deliver(Block.fromBytes(blocks.read(n)), after, sink);
        }
        return Math.max(from, to);
    }

    private static void deliver(Block block, long[] after, Consumer<LedgerEvent> sink) {
        for (int i = 0; i < block.transactions().size(); i++) {
            if (block.number() > after[0] || (block.number() == after[0] && i > after[1])) {
                EmbeddedLedger.events(block, i).forEach(sink);
            }
        }
    }
}
