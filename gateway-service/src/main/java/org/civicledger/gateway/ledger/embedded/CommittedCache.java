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
 * just applied. It is the only writer of the state, so an entry is never older than the state.
 * Simulations only {@link #read}, each against the snapshot of one block height: an entry
 * written below that height is the snapshot's value too; anything else (a newer entry, a key
 * known absent, a miss) is read from the snapshot, without filling the cache, so a slow reader
 * can never put an old value back. Beyond {@code capacity} entries a quarter is dropped.
 */
final class CommittedCache {
    private final Map<String, Optional<WorldState.Versioned>> entries = new ConcurrentHashMap<>();
    private final WorldState state;
    private final int capacity;

    CommittedCache(WorldState state, int capacity) {
        this.state = state;
        this.capacity = capacity;
    }

    /**
     * For simulations: the committed value of {@code key} in the state they read (see
     * {@link WorldState#reading}) — from the cache when its entry was written before that state's
     * height (it is then that state's value), else from the state's snapshot.
     */
    Optional<WorldState.Versioned> read(String key) {
        Optional<WorldState.Versioned> cached = entries.get(key);
        if (cached != null && cached.isPresent() && cached.get().version().block() < state.readingHeight()) {
            return cached;
        }
        return state.get(key);
    }

    /** For the committer: like {@link #read}, and a miss is remembered. */
    Optional<WorldState.Versioned> load(String key) {
        Optional<WorldState.Versioned> cached = entries.get(key);
        if (cached == null) {
            cached = state.get(key);
            remember(key, cached);
        }
        return cached;
    }

    /** For the committer: the version of {@code key}, or null when absent. */
    Version version(String key) {
        return load(key).map(WorldState.Versioned::version).orElse(null);
    }

    /** For the committer, once a block is applied: the new value at {@code version}, or a delete when {@code value} is null. */
    void written(String key, byte[] value, Version version) {
        remember(key, value == null ? Optional.empty() : Optional.of(new WorldState.Versioned(value, version)));
    }

    int size() {
        return entries.size();
    }

    private void remember(String key, Optional<WorldState.Versioned> value) {
        entries.put(key, value);
        if (entries.size() > capacity) {
            Iterator<String> keys = entries.keySet().iterator();
            for (int drop = capacity / 4; drop > 0 && keys.hasNext(); drop--) {
                keys.next();
                keys.remove();
            }
        }
    }
}
