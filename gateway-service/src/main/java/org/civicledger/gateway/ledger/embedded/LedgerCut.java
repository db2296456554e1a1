package org.civicledger.gateway.ledger.embedded;

import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * The embedded ledger's part of a backup, taken while it serves: the block file up to the height
 * committed at the moment of the cut. Every block below that height is durable and applied, so
 * every transaction acknowledged before the cut is in it; blocks committed while the bytes are
 * copied are not, and need not be.
 *
 * <p>Only the blocks are copied, not the world state: the state is derived data that a restore
 * rebuilds by replaying the blocks, and the last block's state digest then proves the rebuilt
 * state is exactly this height's. The committer is never paused.
 *
 * <pre>{@code
 * try (FileChannel out = FileChannel.open(target, CREATE_NEW, WRITE)) {
 *     LedgerCut.Cut cut = LedgerCut.copyBlocks(ledger, out);
 * }
 * }</pre>
 */
public final class LedgerCut {
    private LedgerCut() {
    }

    /**
     * What was copied.
     *
     * @param height the number of blocks copied
     * @param lastBlockHash the hash of block {@code height - 1}, or the genesis previous hash for an empty ledger
     * @param stateDigest the state digest block {@code height - 1} commits to
     * @param bytes the length of the copied block file
     */
    public record Cut(long height, String lastBlockHash, String stateDigest, long bytes) {
    }

    /**
     * Copies the block file up to the height committed now.
     *
     * @param ledger the open, serving ledger
     * @param out where the block file's bytes go; not closed
     * @return the height and hash of what was copied
     * @throws java.io.UncheckedIOException if the block file cannot be read or {@code out} written
     * @throws CorruptRecordException if the last copied block no longer matches its checksums
     */
    public static Cut copyBlocks(EmbeddedLedger ledger, WritableByteChannel out) {
        Objects.requireNonNull(out, "out");
        long height = ledger.committer().height();
        long bytes = ledger.blocks().copyRecords(height, out);
        if (height == 0) {
            return new Cut(0, Block.GENESIS_PREVIOUS_HASH, StateDigest.EMPTY, bytes);
        }
        Block last = Block.fromBytes(ledger.blocks().read(height - 1));
        return new Cut(height, last.hash(), last.stateDigest(), bytes);
    }
}
