package org.civicledger.gateway.ledger.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An append-only file of checksummed records; record {@code i} is block {@code i} of the
 * embedded ledger. Each record is {@code magic | length | CRC32C(magic, length) | CRC32C(payload)
 * | payload}, big-endian, with a payload of at most {@link #MAX_PAYLOAD_BYTES}.
 *
 * <p>{@link #append(byte[])} hands a record to the operating system; only {@link #force()}
 * makes it durable. Appending several records and forcing once is a group commit: acknowledge
 * a transaction only after a {@code force()} that began after its block was appended returns.
 *
 * <p>{@link #open(Path)} recovers the file: a torn tail (a bad record with no valid record
 * after it, as a crash mid-write leaves) is copied to {@code <file>.cut-<offset>} and cut off; a
 * bad record followed by valid ones is corruption, which is kept, reported by
 * {@link #firstCorruptRecord()} and never truncated. {@link #verify()} re-checks every record on
 * disk, so a byte flipped while the ledger runs is reported as the exact block. A damaged region
 * takes one index: if it swallowed several records, the later indexes shift, which the blocks'
 * own numbers and hash chain reveal.
 *
 * <p>Thread-safe. One process at a time may open a file; close it to release it.
 *
 * <pre>{@code
 * try (BlockFile blocks = BlockFile.open(Path.of("data/blocks"))) {
 *     long first = blocks.append(block1);
 *     long second = blocks.append(block2);
 *     blocks.force(); // both blocks are now durable: acknowledge their transactions
 * }
 * }</pre>
 */
public final class BlockFile implements AutoCloseable {
    /** The largest payload one record may hold: 64 MiB. */
    public static final int MAX_PAYLOAD_BYTES = RecordFormat.MAX_PAYLOAD_BYTES;

    private static final Logger LOG = Logger.getLogger(BlockFile.class.getName());

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final RecordIndex index;
    private final RecoveryReport recovery;
    private final Object forceLock = new Object();
    private long forcedEnd;
    private boolean closed;

    /**
     * What {@link #open(Path)} found and did.
     *
     * @param recordsFound the number of records, corrupt ones included: {@link #size()} after opening
     * @param bytesCut the size of the torn tail cut off the end of the file, or 0
     * @param cutFile the side file holding the cut bytes, or {@code null} when nothing was cut
     * @param firstCorruptRecord the index of the first corrupt record kept in the file, or -1
     */
    public record RecoveryReport(long recordsFound, long bytesCut, Path cutFile, long firstCorruptRecord) {
    }

    private BlockFile(Path file, FileChannel channel, FileLock lock, RecordIndex index,
            RecoveryReport recovery) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.index = index;
        this.recovery = recovery;
        this.forcedEnd = index.end();
    }

    /**
     * Opens a block file, creating it and its parent directories if absent, and recovers it: a
     * torn tail is saved to a side file and cut off; corruption in the middle is kept and reported.
     *
     * @param file the block file
     * @return the open block file, positioned to append after its last record
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalStateException if the file is already open, in this process or another
     * @throws UncheckedIOException if the file cannot be read, written or recovered
     */
    public static BlockFile open(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            boolean created = Files.notExists(absolute);
            FileChannel channel = FileChannel.open(absolute, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.CREATE);
            try {
                FileLock lock = lockExclusively(channel, absolute);
                if (created) {
                    ChannelIo.syncDirectory(absolute.getParent());
                }
                return recover(absolute, channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open block file " + absolute, e);
        }
    }

    private static FileLock lockExclusively(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("a block file may be open only once at a time: "
                    + file + " is already open");
        }
        return lock;
    }

    private static BlockFile recover(Path file, FileChannel channel, FileLock lock) throws IOException {
        long fileSize = channel.size();
        RecordIndex index = new RecordScanner(channel, fileSize).scan();
        long bytesCut = fileSize - index.end();
        Path cutFile = bytesCut > 0 ? TailCut.cut(channel, file, index.end(), fileSize) : null;
        // A killed predecessor's writes may still be only in the page cache; make them durable
        // before building on them.
        channel.force(false);
        RecoveryReport report = new RecoveryReport(index.size(), bytesCut, cutFile,
                index.firstCorrupt().orElse(-1));
        logRecovery(file, report, index.end());
        return new BlockFile(file, channel, lock, index, report);
    }

    private static void logRecovery(Path file, RecoveryReport report, long cutAt) {
        if (report.cutFile() != null) {
            LOG.warning(() -> "block file " + file + ": cut a torn tail of " + report.bytesCut()
                    + " bytes at offset " + cutAt + ", saved to " + report.cutFile());
        }
        if (report.firstCorruptRecord() >= 0) {
            LOG.severe(() -> "block file " + file + ": record " + report.firstCorruptRecord()
                    + " is corrupt and valid records follow it; the file was not truncated");
        }
    }

    /**
     * Appends a record. It is written to the operating system but not durable until
     * {@link #force()} returns.
     *
     * @param payload the record's bytes (one serialized block); copied, not retained
     * @return the record's index: 0 for the first record, then one more for each
     * @throws NullPointerException if {@code payload} is null
     * @throws IllegalArgumentException if {@code payload} is larger than {@link #MAX_PAYLOAD_BYTES}
     * @throws IllegalStateException if the file is closed
     * @throws UncheckedIOException if the write fails; the record is then not appended
     */
    public synchronized long append(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        RecordFormat.checkPayloadSize(payload.length);
        ensureOpen();
        ByteBuffer record = RecordFormat.encode(payload);
        long at = index.end();
        try {
            ChannelIo.writeFully(channel, record, at);
        } catch (IOException e) {
            discardPartialWrite(at);
            throw new UncheckedIOException("cannot append to block file " + file, e);
        }
        return index.add(at, record.limit(), false);
    }

    private void discardPartialWrite(long at) {
        try {
            channel.truncate(at);
        } catch (IOException e) {
            // The next append overwrites the partial record; a reopen would cut it as a torn tail.
            LOG.log(Level.WARNING, e, () -> "cannot truncate block file " + file + " after a failed append");
        }
    }

    /**
     * Makes every record appended before this call durable ({@code fdatasync}). Concurrent
     * callers share one sync when theirs is already covered, so this is where group commit happens.
     *
     * @throws IllegalStateException if the file is closed
     * @throws UncheckedIOException if the sync fails; the records' durability is then unknown
     */
    public void force() {
        long target;
        synchronized (this) {
            ensureOpen();
            target = index.end();
        }
        synchronized (forceLock) {
            if (forcedEnd >= target) {
                return;
            }
            try {
                // force(false) still syncs the file size, which reaching the appended data needs.
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot force block file " + file, e);
            }
            forcedEnd = target;
        }
    }

    /**
     * Reads a record back from disk, checking it against its checksums.
     *
     * @param recordIndex the record's index, from 0 to {@link #size()} - 1
     * @return the record's payload, a fresh copy
     * @throws IndexOutOfBoundsException if no record has that index
     * @throws CorruptRecordException if the record was found corrupt on opening or no longer
     *     matches its checksums (the file was changed on disk since it was written)
     * @throws IllegalStateException if the file is closed
     * @throws UncheckedIOException if the file cannot be read
     */
    public byte[] read(long recordIndex) {
        long start;
        long end;
        synchronized (this) {
            ensureOpen();
            Objects.checkIndex(recordIndex, index.size());
            start = index.offset(recordIndex);
            end = index.recordEnd(recordIndex);
            if (index.isCorrupt(recordIndex)) {
                throw new CorruptRecordException(recordIndex, file, "found corrupt when the file was opened");
            }
        }
        ByteBuffer record = readRecord(start, end);
        Optional<String> defect = RecordFormat.defect(record);
        if (defect.isPresent()) {
            throw new CorruptRecordException(recordIndex, file, defect.get());
        }
        return RecordFormat.payload(record);
    }

    /**
     * Copies the first {@code records} records, byte for byte, to {@code out} (from its current
     * position): a prefix of an append-only file, which no later append changes, so appends may go
     * on meanwhile. This is how a backup takes the block file up to a committed height.
     *
     * @param records how many records, from 0 to {@link #size()}
     * @param out where the bytes go; not closed
     * @return the number of bytes copied: the offset just past record {@code records - 1}
     * @throws IndexOutOfBoundsException if {@code records} is negative or more than {@link #size()}
     * @throws IllegalStateException if the file is closed
     * @throws UncheckedIOException if the file cannot be read or {@code out} written
     */
    public long copyRecords(long records, WritableByteChannel out) {
        long end;
        synchronized (this) {
            ensureOpen();
            Objects.checkIndex(records, index.size() + 1);
            end = records == 0 ? 0 : index.recordEnd(records - 1);
        }
        try {
            for (long done = 0; done < end; ) {
                long copied = channel.transferTo(done, end - done, out);
                if (copied <= 0) {
                    throw new IOException("block file ended at offset " + done + " while copying " + end + " bytes");
                }
                done += copied;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy block file " + file, e);
        }
        return end;
    }

    /**
     * @return the number of records, corrupt ones included; the next append gets this index
     * @throws IllegalStateException if the file is closed
     */
    public synchronized long size() {
        ensureOpen();
        return index.size();
    }

    /**
     * Re-reads every record from disk and checks its header and payload checksums: the
     * auditor's integrity check. Appends may continue meanwhile; records appended after the
     * call began are not checked.
     *
     * @return the index of the first record that is corrupt, or empty when all are intact
     * @throws IllegalStateException if the file is closed
     * @throws UncheckedIOException if the file cannot be read
     */
    public OptionalLong verify() {
        RecordIndex snapshot;
        synchronized (this) {
            ensureOpen();
            snapshot = index.copy();
        }
        for (long i = 0; i < snapshot.size(); i++) {
            if (snapshot.isCorrupt(i) || !intact(snapshot, i)) {
                return OptionalLong.of(i);
            }
        }
        return OptionalLong.empty();
    }

    private boolean intact(RecordIndex snapshot, long recordIndex) {
        ByteBuffer record = readRecord(snapshot.offset(recordIndex), snapshot.recordEnd(recordIndex));
        return RecordFormat.defect(record).isEmpty();
    }

    /** @return the index of the first record found corrupt when the file was opened */
    public OptionalLong firstCorruptRecord() {
        long first = recovery.firstCorruptRecord();
        return first < 0 ? OptionalLong.empty() : OptionalLong.of(first);
    }

    /** @return what opening the file found and did */
    public RecoveryReport recovery() {
        return recovery;
    }

    /** @return the block file's absolute path */
    public Path path() {
        return file;
    }

    /**
     * Forces every appended record to disk, then releases the file. Closing twice does nothing.
     *
     * @throws UncheckedIOException if the final sync or the close fails
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            synchronized (forceLock) {
                channel.force(false);
                forcedEnd = index.end();
            }
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close block file " + file, e);
        }
    }

    /** A record's bytes from disk; a file cut short yields a short buffer, which fails the checks. */
    private ByteBuffer readRecord(long start, long end) {
        ByteBuffer record = ByteBuffer.allocate(Math.toIntExact(end - start));
        try {
            ChannelIo.readFully(channel, record, start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read block file " + file, e);
        }
        return record.flip();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("block file " + file + " is closed");
        }
    }
}
