package org.civicledger.gateway.ledger.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RootReference;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * Committed world state, per-key history and the transaction index, in an H2 MVStore file.
 *
 * <p>MVStore is an embedded, pure-Java, ordered (B-tree) and versioned store: range scans
 * are native, readers never block the committer, and it reopens after a crash at its last
 * commit; the blocks after the height recorded there are replayed (replay is idempotent, so a
 * commit that caught a block half-applied does no harm). It is not the durability point: the
 * block file is, fsynced before any transaction is acknowledged.
 */
final class WorldState implements AutoCloseable {
    /** {@code <height>:<hash of block height-1>}, one value so it changes atomically. */
    private static final String CHECKPOINT = "checkpoint";

    private final MVStore store;
    private final MVMap<String, byte[]> state;
    private final MVMap<String, byte[]> history;
    private final MVMap<String, byte[]> txIndex;
    private final MVMap<String, String> meta;

    /** A committed value and the version that wrote it. */
    record Versioned(byte[] value, Version version) {
    }

    /** Where a transaction is: block, index, validation code. */
    record TxLocation(long block, int tx, ValidationCode code) {
    }

    /**
     * One write of a key over time: the transaction, its version, when, and whether it deleted
     * the key. The value itself stays in the block (read it back with the version).
     */
    record Modification(String txId, Version version, long timestampMillis, boolean deleted) {
    }

    private WorldState(MVStore store) {
        this.store = store;
        this.state = store.openMap("state", bytesMap());
        this.history = store.openMap("history", bytesMap());
        this.txIndex = store.openMap("txindex", bytesMap());
        this.meta = store.openMap("meta", new MVMap.Builder<String, String>()
                .keyType(StringDataType.INSTANCE).valueType(StringDataType.INSTANCE));
    }

    /** Typed (not generic object) serialisation: the store writes pages several times faster. */
    private static MVMap.Builder<String, byte[]> bytesMap() {
        return new MVMap.Builder<String, byte[]>().keyType(StringDataType.INSTANCE)
                .valueType(ByteArrayDataType.INSTANCE);
    }

    static WorldState open(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // MVStore's background writer stays on: it also compacts the file. Committing part of a
        // block is harmless: replaying a block is idempotent and the checkpoint is written last.
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        // Reuse freed file space at once, or the file grows many times faster than the chain. The
        // price — a power cut may leave this file unreadable — is paid by rebuilding it from the
        // blocks (EmbeddedLedger.open), since the block file, not this one, is the durable record.
        store.setRetentionTime(0);
        return new WorldState(store);
    }

    Optional<Versioned> get(String key) {
        byte[] encoded = state.get(key);
        return encoded == null ? Optional.empty() : Optional.of(decode(encoded));
    }

    Version version(String key) {
        return get(key).map(Versioned::version).orElse(null);
    }

    /** Keys and values from {@code start} (inclusive) to {@code end} (exclusive; empty = unbounded), at most {@code limit}. */
    List<Map.Entry<String, Versioned>> range(String start, String end, int limit) {
        List<Map.Entry<String, Versioned>> out = new ArrayList<>();
        Cursor<String, byte[]> cursor = state.cursor(start);
        while (cursor.hasNext() && out.size() < limit) {
            String key = cursor.next();
            if (end != null && !end.isEmpty() && key.compareTo(end) >= 0) {
                break;
            }
            out.add(Map.entry(key, decode(cursor.getValue())));
        }
        return out;
    }

    List<Modification> history(String key) {
        List<Modification> out = new ArrayList<>();
        String prefix = key + '\u0000';
        Cursor<String, byte[]> cursor = history.cursor(prefix);
        while (cursor.hasNext()) {
            String k = cursor.next();
            if (!k.startsWith(prefix)) {
                break;
            }
            out.add(decodeModification(cursor.getValue()));
        }
        return out;
    }

    Optional<TxLocation> location(String txId) {
        byte[] encoded = txIndex.get(txId);
        if (encoded == null) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(encoded);
        return Optional.of(new TxLocation(b.getLong(), b.getInt(), ValidationCode.values()[b.getInt()]));
    }

    /**
     * An immutable view of the state as it is now; reading it never blocks the committer. Its
     * version is registered as in use, so the store keeps its pages until it is closed.
     */
    final class Snapshot implements AutoCloseable {
        private final MVStore.TxCounter usage = store.registerVersionUsage();
        private final RootReference<String, byte[]> root = state.flushAndGetRoot();

        @Override
        public void close() {
            store.deregisterVersionUsage(usage);
        }
    }

    Snapshot snapshot() {
        return new Snapshot();
    }

    /** The digest of every live key and value of a snapshot, recomputed by scanning it whole. */
    String digest(Snapshot snapshot) {
        StateDigest digest = new StateDigest(StateDigest.EMPTY);
        Cursor<String, byte[]> cursor = state.cursor(snapshot.root, null, null, false);
        while (cursor.hasNext()) {
            String key = cursor.next();
            digest.add(key, decode(cursor.getValue()).value());
        }
        return digest.hex();
    }

    long height() {
        String checkpoint = meta.get(CHECKPOINT);
        return checkpoint == null ? 0 : Long.parseLong(checkpoint.substring(0, checkpoint.indexOf(':')));
    }

    String lastBlockHash() {
        String checkpoint = meta.get(CHECKPOINT);
        return checkpoint == null ? null : checkpoint.substring(checkpoint.indexOf(':') + 1);
    }

    /** Applies a committed block: valid writes, history, the transaction index, the new height. */
    void apply(Block block) {
        for (int i = 0; i < block.transactions().size(); i++) {
            Envelope envelope = block.transactions().get(i);
            ValidationCode code = block.validationCodes().get(i);
            ByteBuffer location = ByteBuffer.allocate(16).putLong(block.number()).putInt(i).putInt(code.ordinal());
            txIndex.put(envelope.transaction().txId(), location.array());
            if (code != ValidationCode.VALID) {
                continue;
            }
            Version version = new Version(block.number(), i);
            for (ReadWriteSet.KeyWrite write : envelope.transaction().rwset().writes()) {
                if (write.delete()) {
                    state.remove(write.key());
                } else {
                    state.put(write.key(), encode(write.value(), version));
                }
                history.put(write.key() + '\u0000' + padded(block.number(), 19) + padded(i, 9),
                        encodeModification(envelope.transaction().txId(), version,
                                envelope.transaction().timestampMillis(), write.delete()));
            }
        }
        meta.put(CHECKPOINT, (block.number() + 1) + ":" + block.hash());
    }

    /** Makes everything applied so far the state a restart begins from. */
    void checkpoint() {
        store.commit();
    }

    /** Forgets everything, to rebuild from the blocks. */
    void clear() {
        state.clear();
        history.clear();
        txIndex.clear();
        meta.clear();
        store.commit();
    }

    @Override
    public void close() {
        store.close();
    }

    private static String padded(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(width - digits.length()) + digits;
    }

    private static byte[] encode(byte[] value, Version version) {
        return ByteBuffer.allocate(12 + value.length).putLong(version.block()).putInt(version.tx()).put(value).array();
    }

    private static Versioned decode(byte[] encoded) {
        ByteBuffer b = ByteBuffer.wrap(encoded);
        Version version = new Version(b.getLong(), b.getInt());
        return new Versioned(Arrays.copyOfRange(encoded, 12, encoded.length), version);
    }

    private static byte[] encodeModification(String txId, Version version, long millis, boolean deleted) {
        byte[] id = txId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + id.length + 8 + 4 + 8 + 1);
        b.putInt(id.length).put(id).putLong(version.block()).putInt(version.tx()).putLong(millis)
                .put((byte) (deleted ? 1 : 0));
        return b.array();
    }

    private static Modification decodeModification(byte[] encoded) {
        ByteBuffer b = ByteBuffer.wrap(encoded);
        byte[] id = new byte[b.getInt()];
        b.get(id);
        Version version = new Version(b.getLong(), b.getInt());
        long millis = b.getLong();
        return new Modification(new String(id, StandardCharsets.UTF_8), version, millis, b.get() == 1);
    }
}
