package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.TxProof;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;

/**
 * A transaction's proof on Fabric (format: gateway README, "Transaction proofs"), assembled from the peer's own
 * bytes: the block {@code qscc GetBlockByTxID} answered, exactly as it answered it, the {@code common.BlockHeader} of
 * each later block up to the checkpoint, and the checkpoint block's {@code SIGNATURES} metadata (the orderers'
 * signatures). The later blocks are taken one at a time ({@link Headers}), so none of them is held.
 *
 * <p>{@code
 * Headers headers = new Headers(block, checkpoint);
 * while (headers.wantsMore()) { headers.add(nextBlock()); }
 * TxProof proof = FabricProofs.proof(channel, rawBlock, tx, headers);
 * }
 */
final class FabricProofs {
    static final String LEDGER = "FABRIC";

    private FabricProofs() {
    }

    /** @return the transaction whose channel header carries {@code txId}, the first if the block holds it twice */
    static Optional<FabricBlocks.ParsedTx> find(Block block, String txId) {
        return FabricBlocks.transactions(block).stream().filter(tx -> tx.txId().equals(txId)).findFirst();
    }

    /**
     * @param block the bytes of the block that holds {@code tx}, as the peer answered them
     * @param tx    the transaction, parsed from that block ({@link #find})
     * @throws IllegalStateException when {@code headers} has not yet reached its checkpoint
     */
    static TxProof proof(String channel, byte[] block, FabricBlocks.ParsedTx tx, Headers headers) {
        if (headers.wantsMore()) {
            throw new IllegalStateException("the header chain stops at block " + (headers.next() - 1)
                    + ", before its checkpoint " + headers.checkpoint);
        }
        String community = tx.valid() ? LedgerEvent.communityOf(FabricBlocks.events(headers.blockNumber, tx)) : null;
        return new TxProof(LEDGER, channel, tx.txId(), headers.blockNumber, tx.index(), tx.validationCode(), block,
                List.copyOf(headers.headers), headers.checkpoint, FabricBlocks.hex(FabricBlocks.headerHash(headers.last)),
                headers.seal.toByteArray(), community);
    }

    /** @return the block's {@code SIGNATURES} metadata (a {@code common.Metadata}), as stored */
    static ByteString seal(Block block) {
        long n = block.getHeader().getNumber();
        if (block.getMetadata().getMetadataCount() <= BlockMetadataIndex.SIGNATURES_VALUE
                || block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE).isEmpty()) {
            throw new IllegalStateException("block " + n + " carries no orderer signatures");
        }
        return block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE);
    }

    /**
     * The headers of blocks {@code blockNumber + 1 … checkpoint}, taken in order from the blocks as they are read, and
     * the checkpoint block's seal. Not thread-safe.
     */
    static final class Headers {
        final long blockNumber;
        final long checkpoint;
        private final List<byte[]> headers = new ArrayList<>();
        private BlockHeader last;
        private ByteString seal;

        /**
         * @param block      the block that holds the transaction
         * @param checkpoint the block the chain ends at ({@code ProofRange.checkpoint})
         * @throws IllegalArgumentException if the checkpoint is before the block
         */
        Headers(Block block, long checkpoint) {
            this.blockNumber = block.getHeader().getNumber();
            if (checkpoint < blockNumber) {
                throw new IllegalArgumentException("checkpoint " + checkpoint + " is before block " + blockNumber);
            }
            this.checkpoint = checkpoint;
            take(block);
        }

        /** @return whether blocks up to the checkpoint are still missing */
        boolean wantsMore() {
            return last.getNumber() < checkpoint;
        }

        /** @return the number of the block {@link #add} takes next */
        long next() {
            return last.getNumber() + 1;
        }

        /**
         * Takes the next block's header (and its seal, which the following block's replaces).
         *
         * @return whether more blocks are wanted after this one
         * @throws IllegalStateException if {@code block} is not the next block, or the checkpoint was already reached
         */
        boolean add(Block block) {
            if (!wantsMore()) {
                throw new IllegalStateException("block " + block.getHeader().getNumber() + " is after the checkpoint "
                        + checkpoint);
            }
            if (block.getHeader().getNumber() != next()) {
                throw new IllegalStateException("block " + block.getHeader().getNumber() + " came where block " + next()
                        + " was expected");
            }
            headers.add(block.getHeader().toByteArray());
            take(block);
            return wantsMore();
        }

        private void take(Block block) {
            last = block.getHeader();
            seal = last.getNumber() == checkpoint ? FabricProofs.seal(block) : null;
        }
    }
}
