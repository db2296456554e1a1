package org.civicledger.gateway.ledger.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Reads a block file from the start and indexes its records, telling a torn tail from
 * corruption in the middle.
 *
 * <p>When the record at offset X is bad, the scanner looks for any later offset holding a whole
 * valid record (intact header and matching payload CRC). If there is one, X is corruption in the
 * middle: X gets an index marked corrupt and the scan resumes at that record, so later records
 * stay readable. If there is none, X is a torn tail (a write cut short by a crash): the scan
 * stops and {@link RecordIndex#end()} is X. The scanner never writes.
 */
final class RecordScanner {
    private static final int CHUNK_BYTES = 64 * 1024;

    private final FileChannel channel;
    private final long fileSize;

    RecordScanner(FileChannel channel, long fileSize) {
        this.channel = channel;
        this.fileSize = fileSize;
    }

    /** @return every record found; bytes from {@code end()} to the file size are a torn tail */
    RecordIndex scan() throws IOException {
        RecordIndex index = new RecordIndex();
        long position = 0;
        while (position < fileSize) {
            long length = validRecordLength(position);
            if (length >= 0) {
                index.add(position, length, false);
                position += length;
                continue;
            }
            long next = nextValidRecord(position + 1);
            if (next < 0) {
                break;
            }
            index.add(position, next - position, true);
            position = next;
        }
        return index;
    }

    /** @return the length (header and payload) of the valid record at {@code position}, or -1 */
    private long validRecordLength(long position) throws IOException {
        if (fileSize - position < RecordFormat.HEADER_BYTES) {
            return -1;
        }
        ByteBuffer header = ByteBuffer.allocate(RecordFormat.HEADER_BYTES);
        if (!ChannelIo.readFully(channel, header, position) || !RecordFormat.headerIntact(header)) {
            return -1;
        }
        int length = RecordFormat.payloadLength(header);
        long payloadStart = position + RecordFormat.HEADER_BYTES;
        if (!RecordFormat.lengthPlausible(length, fileSize - payloadStart)
                || crc32c(payloadStart, length) != RecordFormat.payloadCrc(header)) {
            return -1;
        }
        return RecordFormat.HEADER_BYTES + (long) length;
    }

    /** @return the first offset at or after {@code from} that holds a valid record, or -1 */
    private long nextValidRecord(long from) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES);
        long base = from;
        while (fileSize - base >= RecordFormat.HEADER_BYTES) {
            chunk.clear().limit((int) Math.min(CHUNK_BYTES, fileSize - base));
            ChannelIo.readExactly(channel, chunk, base);
            int candidates = chunk.limit() - Integer.BYTES + 1;
            for (int i = 0; i < candidates; i++) {
                if (chunk.getInt(i) == RecordFormat.MAGIC && validRecordLength(base + i) >= 0) {
                    return base + i;
                }
            }
            // The next chunk starts at the first offset not yet tried as a record start.
            base += candidates;
        }
        return -1;
    }

    private int crc32c(long position, int length) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer chunk = ByteBuffer.allocate(Math.min(CHUNK_BYTES, Math.max(length, 1)));
        long done = 0;
        while (done < length) {
            chunk.clear().limit((int) Math.min(chunk.capacity(), length - done));
            ChannelIo.readExactly(channel, chunk, position + done);
            crc.update(chunk.flip());
            done += chunk.limit();
        }
        return (int) crc.getValue();
    }
}
