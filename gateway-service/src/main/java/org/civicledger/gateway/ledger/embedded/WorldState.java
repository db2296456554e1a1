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
import java.util.TreeMap;
import java.util.function.Supplier;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WALRecoveryMode;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * Committed world state, per-key history and the transaction index, in one RocksDB database.
 *
 * <p>RocksDB is a log-structured merge tree: a block's writes go to a memory table and its
 * write-ahead log in one atomic batch and are sorted into files in the background, so the cost of
 * a write does not grow with the size of the state (a B-tree rewrites whole pages per change).
 * Range scans are native, and readers see whole blocks, never half of one. It is what Fabric's
 * peers use too (LevelDB, its ancestor). It is not the durability point: the block file is, forced
 * to disk before any transaction is acknowledged. Each block is applied with the new height in the
 * same batch, so after any crash the state is exactly some block's and the blocks after it are
 * replayed.
 *
 * <p>Keys are one byte of table ({@code s} state, {@code h} history, {@code t} transaction index,
 * {@code m} meta) then UTF-8; RocksDB orders them bytewise, as Fabric's state databases do.
 */
final class WorldState implements AutoCloseable {
    private static final byte STATE = 's';
    private static final byte HISTORY = 'h';
    private static final byte TX_INDEX = 't';
    private static final byte META = 'm';
    /** {@code <height>:<hash of block height-1>}, one value so it changes atomically. */
    private static final byte[] CHECKPOINT = key(META, "checkpoint");
    /** Marks a delete among a block's sorted writes (compared by identity). */
    private static final byte[] DELETED = new byte[0];

    static {
        RocksDB.loadLibrary();
    }

    private final Options options;
    private final LRUCache cache;
    private final RocksDB db;
    private final WriteOptions writeOptions = new WriteOptions();
    /** What simulations read: a snapshot per applied block (see {@link ReadViews}). */
    private final ReadViews views;

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

    private WorldState(Options options, LRUCache cache, RocksDB db) {
        this.options = options;
        this.cache = cache;
        this.db = db;
        this.views = new ReadViews(db, height());
    }

    /** Opens (or creates) the database in directory {@code dir}; fails if it cannot be read. */
    static WorldState open(Path dir) {
        LRUCache cache = new LRUCache(256L << 20);
        Options options = new Options()
                .setCreateIfMissing(true)
                .setParanoidChecks(true)
                .setWalRecoveryMode(WALRecoveryMode.PointInTimeRecovery)
                .setMaxBackgroundJobs(2)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                // most reads of a new key (a contribution id, a history entry) find nothing: a bloom
                // filter over the memory table answers those without walking its skip list
                .setMemtablePrefixBloomSizeRatio(0.05)
                .setMemtableWholeKeyFiltering(true)
                .setTableFormatConfig(new BlockBasedTableConfig()
                        .setBlockCache(cache)
                        .setFilterPolicy(new BloomFilter(10))
                        .setCacheIndexAndFilterBlocks(true));
        try {
            Files.createDirectories(dir);
            return new WorldState(options, cache, RocksDB.open(options, dir.toString()));
        } catch (java.io.IOException e) {
            options.close();
            cache.close();
            throw new java.io.UncheckedIOException(e);
        } catch (RocksDBException e) {
            options.close();
            cache.close();
            throw new IllegalStateException("cannot open the world state in " + dir + ": " + e.getMessage(), e);
        }
    }

    Optional<Versioned> get(String key) {
        byte[] encoded = read(key(STATE, key));
        return encoded == null ? Optional.empty() : Optional.of(decode(encoded));
    }

    Version version(String key) {
        byte[] encoded = read(key(STATE, key));
        return encoded == null ? null : new Version(ByteBuffer.wrap(encoded).getLong(0), ByteBuffer.wrap(encoded).getInt(8));
    }

    /** Keys and values from {@code start} (inclusive) to {@code end} (exclusive; empty = unbounded), at most {@code limit}. */
    List<Map.Entry<String, Versioned>> range(String start, String end, int limit) {
        ReadViews.View view = ReadViews.ofThisThread();
        if (view != null) {
            return range(view.readOptions, start, end, limit);
        }
        try (ReadOptions read = new ReadOptions()) {
            return range(read, start, end, limit);
        }
    }

    private List<Map.Entry<String, Versioned>> range(ReadOptions read, String start, String end, int limit) {
        List<Map.Entry<String, Versioned>> out = new ArrayList<>();
        byte[] stop = end == null || end.isEmpty() ? new byte[] {STATE + 1} : key(STATE, end);
        try (RocksIterator it = db.newIterator(read)) {
            for (it.seek(key(STATE, start)); it.isValid() && out.size() < limit; it.next()) {
                byte[] k = it.key();
                if (Arrays.compareUnsigned(k, stop) >= 0) {
                    break;
                }
                out.add(Map.entry(text(k), decode(it.value())));
            }
        }
        return out;
    }

    List<Modification> history(String key) {
        List<Modification> out = new ArrayList<>();
        byte[] prefix = key(HISTORY, key + '\u0000');
        ReadViews.View view = ReadViews.ofThisThread();
        try (RocksIterator it = view == null ? db.newIterator() : db.newIterator(view.readOptions)) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                out.add(decodeModification(it.value()));
            }
        }
        return out;
    }

    Optional<TxLocation> location(String txId) {
        byte[] encoded = read(key(TX_INDEX, txId));
        if (encoded == null) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(encoded);
        return Optional.of(new TxLocation(b.getLong(), b.getInt(), ValidationCode.values()[b.getInt()]));
    }

    /** An immutable view of the state as it is now; reading it never blocks the committer. */
    final class Snapshot implements AutoCloseable {
        private final org.rocksdb.Snapshot snapshot = db.getSnapshot();

        @Override
        public void close() {
            db.releaseSnapshot(snapshot);
        }
    }

    Snapshot snapshot() {
        return new Snapshot();
    }

    /** The digest of every live key and value of a snapshot, recomputed by scanning it whole. */
    String digest(Snapshot snapshot) {
        StateDigest digest = new StateDigest(StateDigest.EMPTY);
        byte[] stop = {STATE + 1};
        try (ReadOptions read = new ReadOptions().setSnapshot(snapshot.snapshot).setFillCache(false);
             RocksIterator it = db.newIterator(read)) {
            for (it.seek(new byte[] {STATE}); it.isValid() && Arrays.compareUnsigned(it.key(), stop) < 0; it.next()) {
                digest.add(text(it.key()), decode(it.value()).value());
            }
        }
        return digest.hex();
    }

    long height() {
        String checkpoint = checkpointValue();
        return checkpoint == null ? 0 : Long.parseLong(checkpoint.substring(0, checkpoint.indexOf(':')));
    }

    String lastBlockHash() {
        String checkpoint = checkpointValue();
        return checkpoint == null ? null : checkpoint.substring(checkpoint.indexOf(':') + 1);
    }

    private String checkpointValue() {
        byte[] value = read(CHECKPOINT);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /**
     * Applies a committed block — valid writes, history, the transaction index and the new height —
     * as one atomic batch.
     */
    void apply(Block block) {
        // sorted, so the memory table's skip list inserts each key next to the previous one; a key
        // written twice in the block keeps its last write, as the batch would in block order
        TreeMap<byte[], byte[]> writes = new TreeMap<>(Arrays::compareUnsigned);
        for (int i = 0; i < block.transactions().size(); i++) {
            Envelope envelope = block.transactions().get(i);
            ValidationCode code = block.validationCodes().get(i);
            ByteBuffer location = ByteBuffer.allocate(16).putLong(block.number()).putInt(i).putInt(code.ordinal());
            writes.put(key(TX_INDEX, envelope.transaction().txId()), location.array());
            if (code != ValidationCode.VALID) {
                continue;
            }
            Version version = new Version(block.number(), i);
            long millis = envelope.transaction().timestampMillis();
            for (ReadWriteSet.KeyWrite write : envelope.transaction().rwset().writes()) {
                writes.put(key(STATE, write.key()), write.delete() ? DELETED : encode(write.value(), version));
                writes.put(historyKey(write.key(), version), encodeModification(envelope.transaction().txId(),
                        version, millis, write.delete()));
            }
        }
        writes.put(CHECKPOINT, ((block.number() + 1) + ":" + block.hash()).getBytes(StandardCharsets.UTF_8));
        try (WriteBatch batch = new WriteBatch()) {
            for (Map.Entry<byte[], byte[]> write : writes.entrySet()) {
                if (write.getValue() == DELETED) {
                    batch.delete(write.getKey());
                } else {
                    batch.put(write.getKey(), write.getValue());
                }
            }
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot apply block " + block.number() + " to the world state", e);
        }
    }

    /**
     * Forces the state's write-ahead log to disk, so a power cut loses at most the blocks after
     * this point from the state (they are replayed from the block file on start).
     */
    void checkpoint() {
        try {
            db.flushWal(true);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot checkpoint the world state", e);
        }
    }

    /** Runs a simulation against one consistent committed state: every read on this thread sees one block's state. */
    <T> T reading(Supplier<T> simulation) {
        return views.reading(simulation);
    }

    /**
     * The height of the state the calling thread's simulation reads, or {@link Long#MAX_VALUE}
     * outside a simulation (reads see the newest state).
     */
    long readingHeight() {
        ReadViews.View view = ReadViews.ofThisThread();
        return view == null ? Long.MAX_VALUE : view.height;
    }

    /** Applies a block (and whatever else must change with it), then shows the result to new simulations. */
    void applying(Runnable apply) {
        apply.run();
        publishView();
    }

    /** Shows the state as it is now to new simulations (after recovery, or a block applied). */
    void publishView() {
        views.publish(height());
    }

    /** Forgets everything, to rebuild from the blocks. */
    void clear() {
        try (WriteBatch batch = new WriteBatch()) {
            batch.deleteRange(new byte[] {0}, new byte[] {(byte) 0xFF});
            db.write(writeOptions, batch);
            db.compactRange();
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot clear the world state", e);
        }
    }

    @Override
    public void close() {
        views.close();
        try {
            db.syncWal();
        } catch (RocksDBException e) {
            // closing anyway: the blocks after the last synced point are replayed on start
        }
        db.close();
        writeOptions.close();
        options.close();
        cache.close();
    }

    private byte[] read(byte[] key) {
        ReadViews.View view = ReadViews.ofThisThread();
        try {
            return view == null ? db.get(key) : db.get(view.readOptions, key);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot read the world state", e);
        }
    }

    static byte[] key(byte table, String key) {
        byte[] text = key.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 1];
        out[0] = table;
        System.arraycopy(text, 0, out, 1, text.length);
        return out;
    }

    private static String text(byte[] key) {
        return new String(key, 1, key.length - 1, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** {@code h<key>\0} then block and index big-endian, so a key's history sorts in commit order. */
    private static byte[] historyKey(String key, Version version) {
        byte[] prefix = key(HISTORY, key + '\u0000');
        return ByteBuffer.allocate(prefix.length + 12).put(prefix).putLong(version.block()).putInt(version.tx()).array();
    }

    /** A state value as stored: the version that wrote it (block, index), then the value. */
    static byte[] encode(byte[] value, Version version) {
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
