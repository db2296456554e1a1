package org.civicledger.gateway.ledger.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.civicledger.api.audit.LedgerKind;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.ProofRange;
import org.civicledger.gateway.ledger.TxProof;

/**
 * The embedded ledger's transaction proofs (format: gateway README, "Transaction proofs"): the record of the block
 * that holds the transaction, read once and carried unchanged, and the header of every block after it up to the
 * checkpoint ({@link ProofRange}), with the checkpoint's seal ({@link ProofParts}).
 */
final class TransactionProofs {
    private TransactionProofs() {
    }

    /**
     * @param state     where the transaction index is
     * @param blocks    the block file
     * @param txId      the transaction
     * @param requested the checkpoint asked for, if any
     * @return the proof, or empty if no block holds a transaction with that id
     * @throws IllegalArgumentException if the requested checkpoint is out of {@link ProofRange}'s range
     */
    static Optional<TxProof> of(WorldState state, BlockFile blocks, String txId, OptionalLong requested) {
        Optional<WorldState.TxLocation> found = state.location(txId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long number = found.get().block();
        int index = found.get().tx();
        // the state is applied after its block is durable, so the file holds at least every indexed block
        long checkpoint = ProofRange.checkpoint(number, blocks.size(), requested);
        byte[] stored = blocks.read(number);
        Block block = Block.fromBytes(stored);
        ProofParts sealed = checkpoint == number ? ProofParts.of(number, stored) : null;
        List<byte[]> headers = new ArrayList<>((int) (checkpoint - number));
        for (long n = number + 1; n <= checkpoint; n++) {
            sealed = ProofParts.of(n, blocks.read(n));
            headers.add(sealed.header());
        }
        return Optional.of(new TxProof(LedgerKind.EMBEDDED.name(), null, txId, number, index,
                block.validationCodes().get(index).name(), stored, List.copyOf(headers), checkpoint, sealed.hash(),
                sealed.seal(), LedgerEvent.communityOf(EmbeddedLedger.events(block, index))));
    }
}
