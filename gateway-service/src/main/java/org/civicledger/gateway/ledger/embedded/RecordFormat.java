package org.civicledger.gateway.ledger.embedded;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The on-disk layout of one {@link BlockFile} record, big-endian:
 *
 * <pre>
 * magic (4) | payload length (4) | CRC32C of magic+length (4) | CRC32C of payload (4) | payload
 * </pre>
 *
 * <p>The header has its own checksum so that a damaged length is never trusted: without it a
 * flipped length bit would send the reader to an arbitrary offset.
 */
final class RecordFormat {
    /** {@code "CLBK"}: Civic Ledger block. */
    static final int MAGIC = 0x434C424B;
    static final int HEADER_BYTES = 16;
    static final int MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

    private static final int LENGTH_OFFSET = 4;
    private static final int HEADER_CRC_OFFSET = 8;
    private static final int PAYLOAD_CRC_OFFSET = 12;

    private RecordFormat() {
    }

    /**
     * @throws IllegalArgumentException when the payload is larger than {@link #MAX_PAYLOAD_BYTES}
     */
    static void checkPayloadSize(int length) {
        if (length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("a block file record payload must be at most "
                    + MAX_PAYLOAD_BYTES + " bytes (64 MiB): was " + length);
        }
    }

    /** @return the whole record (header and payload), positioned at 0, ready to write */
    static ByteBuffer encode(byte[] payload) {
        ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        record.putInt(MAGIC).putInt(payload.length);
        record.putInt(crc32c(record.array(), 0, HEADER_CRC_OFFSET));
        record.putInt(crc32c(payload, 0, payload.length));
        record.put(payload);
        return record.flip();
    }

    /**
     * Checks a header's magic and checksum, which together make its length trustworthy.
     *
     * @param header at least {@link #HEADER_BYTES} bytes from position 0
     */
    static boolean headerIntact(ByteBuffer header) {
        return header.getInt(0) == MAGIC
                && header.getInt(HEADER_CRC_OFFSET) == crc32c(header, 0, HEADER_CRC_OFFSET);
    }

    /** @return the payload length an intact header declares (may be negative if damaged) */
    static int payloadLength(ByteBuffer header) {
        return header.getInt(LENGTH_OFFSET);
    }

    /** @return the payload checksum the header declares */
    static int payloadCrc(ByteBuffer header) {
        return header.getInt(PAYLOAD_CRC_OFFSET);
    }

    /** @return whether a header declares a length that is legal and fits in {@code available} bytes */
    static boolean lengthPlausible(int payloadLength, long available) {
        return payloadLength >= 0 && payloadLength <= MAX_PAYLOAD_BYTES && payloadLength <= available;
    }

    /**
     * Explains what is wrong with a whole record read back from disk.
     *
     * @param record the record's bytes from position 0 to its limit
     * @return the defect, or empty when header, length and payload all check out
     */
    static Optional<String> defect(ByteBuffer record) {
        if (record.limit() < HEADER_BYTES) {
            return Optional.of("record is shorter than its " + HEADER_BYTES + "-byte header");
        }
        if (!headerIntact(record)) {
            return Optional.of("header magic or header CRC32C does not match");
        }
        int length = payloadLength(record);
        if (length != record.limit() - HEADER_BYTES) {
            return Optional.of("header declares " + length + " payload bytes, the record holds "
                    + (record.limit() - HEADER_BYTES));
        }
        if (payloadCrc(record) != crc32c(record, HEADER_BYTES, length)) {
            return Optional.of("payload CRC32C does not match");
        }
        return Optional.empty();
    }

    /** @return the payload of a record that {@link #defect(ByteBuffer)} found intact */
    static byte[] payload(ByteBuffer record) {
        byte[] payload = new byte[record.limit() - HEADER_BYTES];
        record.get(HEADER_BYTES, payload);
        return payload;
    }

    static int crc32c(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static int crc32c(ByteBuffer buffer, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(buffer.slice(offset, length));
        return (int) crc.getValue();
    }
}
