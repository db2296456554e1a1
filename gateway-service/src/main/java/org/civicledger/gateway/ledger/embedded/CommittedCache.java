package org.civicledger.gateway.ledger.embedded;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently touched committed keys in memory: value and version, or known absent.
 *
 * <p>Validation reads every key a transaction read, the state digest needs every written key's
 * old value, and simulations read the same hot keys (a resident's account, the community, the
 * member records) again and again; all of them come from here instead of the database.
 *
 * <p>Only the committer writes entries: what it loaded from the state, and every write it has
 * just applied. It is the only writer of the state, so an entry is never older than the state
 * (simulations may read a value one block old during the instant between a block's write and
 * its entries here; MVCC validation refuses such a read like any other stale one). Other threads
 * only {@link #read}; a miss goes to the database without filling the cache, so a slow reader
 * can never put an old value back.
 *
 * <p>Beyond {@code capacity} entries a quarter is dropped, second chance first: an entry is
 * <em>used</em> once a simulation or a validated read set has read it, and an eviction pass drops
 * unused entries and clears the mark on the others. Keys only ever written (history entries,
 * transaction references: most of what a block writes) therefore leave before the hot keys that
 * transactions read again and again.
 */
final class CommittedCache {
    private static final class Entry {
        final Optional<WorldState.Versioned> value;
        volatile boolean used;

        Entry(Optional<WorldState.Versioned> value, boolean used) {
            this.value = value;
            this.used = used;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final WorldState state;
    private final int capacity;

    CommittedCache(WorldState state, int capacity) {
        this.state = state;
        this.capacity = capacity;
    }

    /** For any thread: the committed value of {@code key}, from the cache or else the state. */
    Optional<WorldState.Versioned> read(String key) {
        Entry cached = entries.get(key);
        if (cached == null) {
            return state.get(key);
        }
        cached.used = true;
        return cached.value;
    }

    /** For the committer: like {@link #read} without marking the key used, and a miss is remembered. */
    Optional<WorldState.Versioned> load(String key) {
        return load(key, false).value;
    }

    /** For the committer validating a read: the version of {@code key}, or null when absent. */
    Version version(String key) {
        return load(key, true).value.map(WorldState.Versioned::version).orElse(null);
    }

    /** For the committer, once a block is applied: the new value at {@code version}, or a delete when {@code value} is null. */
    void written(String key, byte[] value, Version version) {
        Entry before = entries.get(key);
        remember(key, new Entry(value == null ? Optional.empty() : Optional.of(new WorldState.Versioned(value, version)),
                before != null && before.used));
    }

    int size() {
        return entries.size();
    }

    private Entry load(String key, boolean use) {
        Entry cached = entries.get(key);
        if (cached == null) {
            cached = new Entry(state.get(key), use);
            remember(key, cached);
        } else if (use) {
            cached.used = true;
        }
        return cached;
    }

    private void remember(String key, Entry entry) {
        entries.put(key, entry);
        if (entries.size() > capacity) {
            evict(capacity / 4);
        }
    }

    /** Drops {@code count} entries, unused ones first; a survivor must be used again to survive the next pass. */
    private void evict(int count) {
        int left = count;
        for (int pass = 0; pass < 2 && left > 0; pass++) {
            Iterator<Entry> it = entries.values().iterator();
            while (left > 0 && it.hasNext()) {
                Entry entry = it.next();
                if (entry.used) {
                    entry.used = false;
                } else {
                    it.remove();
                    left--;
                }
            }
        }
    }
}
