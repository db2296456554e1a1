package org.civicledger.gateway.ledger.embedded;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.civicledger.gateway.ledger.LedgerEvent;

/**
 * One subscription's chaincode events from a position onwards, read a block at a time from the block
 * file by the subscription's own thread: the history (a page of one block, then the next) and then each
 * new block as it commits, in one loop, so there is no hand-over between replay and live delivery and
 * nothing is held in memory beyond the block being delivered. The sink may block (a slow client): this
 * subscription then waits, and neither the committer nor other subscriptions do.
 */
final class EventFeed implements AutoCloseable {
    private static final AtomicLong NUMBER = new AtomicLong();
    private static final long IDLE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final BlockFile blocks;
    private final Committer committer;
    private final long[] after;
    private final Consumer<LedgerEvent> sink;
    private final Thread thread;
    private final Consumer<Block> wake;
    private volatile boolean closed;

    private EventFeed(BlockFile blocks, Committer committer, String afterPosition, Consumer<LedgerEvent> sink) {
        this.blocks = blocks;
        this.committer = committer;
        this.after = LedgerEvent.parsePosition(afterPosition);
        this.sink = sink;
        this.thread = new Thread(this::run, "civic-events-" + NUMBER.incrementAndGet());
        this.thread.setDaemon(true);
        this.wake = block -> LockSupport.unpark(thread);
    }

    static AutoCloseable subscribe(BlockFile blocks, Committer committer, String afterPosition,
                                   Consumer<LedgerEvent> sink) {
        EventFeed feed = new EventFeed(blocks, committer, afterPosition, sink);
        committer.onBlock(feed.wake);
        feed.thread.start();
        return feed;
    }

    private void run() {
        long next = after[0] < 0 ? 0 : after[0];
        try {
            while (!closed) {
                if (next < committer.height()) {
                    deliver(Block.fromBytes(blocks.read(next)));
                    next++;
                } else {
                    LockSupport.parkNanos(this, IDLE_WAIT_NANOS); // woken by the next commit
                }
            }
        } catch (RuntimeException e) {
            if (!closed) {
                throw e;
            }
        } finally {
            committer.removeListener(wake);
        }
    }

    private void deliver(Block block) {
        for (int i = 0; i < block.transactions().size() && !closed; i++) {
            if (block.number() > after[0] || (block.number() == after[0] && i > after[1])) {
                EmbeddedLedger.events(block, i).forEach(sink);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        committer.removeListener(wake);
        thread.interrupt();
    }
}
