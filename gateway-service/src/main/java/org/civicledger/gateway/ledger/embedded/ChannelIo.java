package org.civicledger.gateway.ledger.embedded;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Positional whole-buffer reads and writes, and directory fsync, for the block file. */
final class ChannelIo {
    private static final Logger LOG = Logger.getLogger(ChannelIo.class.getName());

    private ChannelIo() {
    }

    /**
     * Reads until the buffer is full or the file ends.
     *
     * @return {@code false} when the file ended first
     */
    static boolean readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return false;
            }
            at += read;
        }
        return true;
    }

    /** Reads until the buffer is full; the bytes are expected to exist. */
    static void readExactly(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        if (!readFully(channel, buffer, position)) {
            throw new EOFException("file ended before offset " + (position + buffer.limit()));
        }
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /**
     * Makes a directory's entries (a file just created in it) durable. A new file whose directory
     * entry is lost on power failure is lost with everything in it, fsynced or not.
     */
    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their file systems need no such step.
            LOG.log(Level.FINE, e, () -> "cannot fsync directory " + directory);
        }
    }
}
