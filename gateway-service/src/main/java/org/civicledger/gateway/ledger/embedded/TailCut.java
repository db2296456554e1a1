package org.civicledger.gateway.ledger.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Cuts a torn tail off a block file, first copying the cut bytes to a side file
 * {@code <file>.cut-<offset>} so that no evidence is destroyed silently.
 */
final class TailCut {
    private TailCut() {
    }

    /**
     * Copies {@code [from, fileSize)} to a new side file, makes it durable, then truncates the
     * block file at {@code from} and makes that durable.
     *
     * @return the side file holding the cut bytes
     */
    static Path cut(FileChannel channel, Path file, long from, long fileSize) throws IOException {
        Path sideFile = unusedSideFile(file, from);
        try (FileChannel out = FileChannel.open(sideFile, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE_NEW)) {
            copy(channel, from, fileSize - from, out);
            out.force(true);
        }
        ChannelIo.syncDirectory(sideFile.toAbsolutePath().getParent());
        channel.truncate(from);
        channel.force(true);
        return sideFile;
    }

    /** A crash during an earlier cut may have left the side file; never overwrite evidence. */
    private static Path unusedSideFile(Path file, long from) {
        Path candidate = file.resolveSibling(file.getFileName() + ".cut-" + from);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(file.getFileName() + ".cut-" + from + "." + n);
        }
        return candidate;
    }

    private static void copy(FileChannel in, long from, long count, FileChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long copied = in.transferTo(from + done, count - done, out);
            if (copied <= 0) {
                throw new IOException("file ended while copying the cut tail at offset " + (from + done));
            }
            done += copied;
        }
    }
}
