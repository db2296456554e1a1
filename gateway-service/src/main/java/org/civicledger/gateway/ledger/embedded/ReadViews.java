package org.civicledger.gateway.ledger.embedded;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.Snapshot;

/**
 * Consistent views of the committed state for simulations: a RocksDB snapshot taken after each
 * block is applied, with the height it shows. A simulation reads one view throughout — never a
 * resident's account from one block and its buckets from the next — and the committer never
 * waits for simulations, nor they for it (a Fabric peer takes a read lock for the same
 * consistency; a snapshot gives it without the stalls).
 *
 * <p>A view is reference-counted: the newest holds one reference for being current, and each
 * simulation reading it one more; the snapshot is released when the last goes.
 */
final class ReadViews implements AutoCloseable {
    /** A snapshot and the number of blocks applied in it. */
    static final class View {
        final long height;
        final ReadOptions readOptions;
        private final Snapshot snapshot;
        private final AtomicInteger references = new AtomicInteger(1);

        private View(long height, Snapshot snapshot) {
            this.height = height;
            this.snapshot = snapshot;
            this.readOptions = new ReadOptions().setSnapshot(snapshot);
        }
    }

    private static final ThreadLocal<View> READING = new ThreadLocal<>();

    private final RocksDB db;
    private volatile View current;
    private boolean closed;

    ReadViews(RocksDB db, long height) {
        this.db = db;
        this.current = new View(height, db.getSnapshot());
    }

    /** Runs {@code simulation} against the newest view; its reads on this thread all see that view. */
    <T> T reading(Supplier<T> simulation) {
        View view = acquire();
        View outer = READING.get();
        READING.set(view);
        try {
            return simulation.get();
        } finally {
            READING.set(outer);
            release(view);
        }
    }

    /** The view this thread is simulating against, or null outside a simulation (reads see the newest state). */
    static View ofThisThread() {
        return READING.get();
    }

    /** Makes the state as it is now, with {@code height} blocks applied, the view new simulations read. */
    void publish(long height) {
        View previous = current;
        current = new View(height, db.getSnapshot());
        release(previous);
    }

    private View acquire() {
        while (true) {
            View view = current;
            int references = view.references.get();
            // zero: released since it was read as current (a newer one is current now)
            if (references > 0 && view.references.compareAndSet(references, references + 1)) {
                return view;
            }
        }
    }

    private void release(View view) {
        if (view.references.decrementAndGet() == 0) {
            synchronized (this) {
                view.readOptions.close();
                if (!closed) { // closing the database has released every snapshot
                    db.releaseSnapshot(view.snapshot);
                }
            }
        }
    }

    /** Before the database closes: snapshots still read by a simulation are not released after it. */
    @Override
    public synchronized void close() {
        closed = true;
    }
}
