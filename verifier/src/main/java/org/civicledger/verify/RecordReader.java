package org.civicledger.verify;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Reads the block file's records, as the gateway README describes them, big-endian:
 * {@code magic "CLBK" (4) | payload length (4) | CRC32C of magic+length (4) | CRC32C of payload (4) | payload}.
 */
final class RecordReader implements Closeable {
    static final int MAGIC = 0x434C424B;
    static final int MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

    private final DataInputStream in;
    private long offset;
    private int index;

    RecordReader(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 20));
    }

    /**
     * @return the next record's payload, or {@code null} at the clean end of the file
     * @throws VerificationFailure when a record is damaged or cut short
     */
    byte[] next() throws IOException, VerificationFailure {
        byte[] header = new byte[16];
        int got = in.readNBytes(header, 0, 16);
        if (got == 0) {
            return null;
        }
        String where = "record " + index + " (block file offset " + offset + ")";
        if (got < 16) {
            throw new VerificationFailure(where + ": the file ends inside a record header (" + got + " of 16 bytes)");
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        if (h.getInt(0) != MAGIC) {
            throw new VerificationFailure(where + ": bad record magic");
        }
        if (h.getInt(8) != crc32c(header, 0, 8)) {
            throw new VerificationFailure(where + ": record header CRC32C does not match");
        }
        int length = h.getInt(4);
        if (length < 0 || length > MAX_PAYLOAD_BYTES) {
            throw new VerificationFailure(where + ": record declares an impossible length " + length);
        }
        byte[] payload = new byte[length];
        try {
            in.readFully(payload);
        } catch (EOFException e) {
            throw new VerificationFailure(where + ": the file ends inside the record's " + length + "-byte payload");
        }
        if (h.getInt(12) != crc32c(payload, 0, length)) {
            throw new VerificationFailure(where + ": record payload CRC32C does not match");
        }
        offset += 16 + length;
        index++;
        return payload;
    }

    static int crc32c(byte[] bytes, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, off, len);
        return (int) crc.getValue();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
