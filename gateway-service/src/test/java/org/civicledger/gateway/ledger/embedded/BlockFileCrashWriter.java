package org.civicledger.gateway.ledger.embedded;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * The child process of the kill -9 test: appends records in small group commits and, after each
 * {@link BlockFile#force()}, prints the index of every record it covered, one a line. Stops by
 * itself after the given number of seconds, so a test that fails to kill it leaves nothing behind.
 *
 * <p>Usage: {@code BlockFileCrashWriter <block file> <seconds>}
 */
public final class BlockFileCrashWriter {
    private BlockFileCrashWriter() {
    }

    /**
     * @param args the block file and how many seconds to run
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Random batches = new Random(7);
        try (BlockFile blocks = BlockFile.open(file)) {
            while (System.nanoTime() < deadline) {
                long first = blocks.size();
                int batch = 1 + batches.nextInt(8);
                for (int i = 0; i < batch; i++) {
                    blocks.append(payloadFor(first + i));
                }
                blocks.force();
                for (long index = first; index < first + batch; index++) {
                    out.println(index);
                }
                out.flush();
            }
        }
    }

    /** @return the payload the writer appends as record {@code index}: 100 to 8,099 seeded bytes */
    static byte[] payloadFor(long index) {
        Random random = new Random(index);
        byte[] payload = new byte[100 + random.nextInt(8_000)];
        random.nextBytes(payload);
        return payload;
    }
}
