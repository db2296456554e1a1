package org.civicledger.gateway.ledger;

import java.util.OptionalLong;
import org.civicledger.api.Limits;

/** Which block a transaction proof's header chain ends at: the one rule both ledgers follow. */
public final class ProofRange {
    private ProofRange() {
    }

    /**
     * @param block     the number of the block that holds the transaction
     * @param height    the number of committed blocks
     * @param requested the checkpoint the caller asked for, if any
     * @return the requested checkpoint; without one, the latest block, or the block
     *         {@link Limits#MAX_PROOF_HEADERS} after the transaction's if the latest is further
     * @throws IllegalArgumentException if the requested checkpoint is before the transaction's block, not yet
     *                                  committed, or more than {@link Limits#MAX_PROOF_HEADERS} blocks after it
     */
    public static long checkpoint(long block, long height, OptionalLong requested) {
        long latest = height - 1;
        if (requested.isEmpty()) {
            return Math.min(latest, block + Limits.MAX_PROOF_HEADERS);
        }
        long n = requested.getAsLong();
        if (n < block) {
            throw new IllegalArgumentException("checkpoint must not be before the block that holds the transaction");
        }
        if (n > latest) {
            throw new IllegalArgumentException("checkpoint must be a committed block; the chain's height is " + height);
        }
        if (n - block > Limits.MAX_PROOF_HEADERS) {
            throw new IllegalArgumentException("checkpoint must be at most " + Limits.MAX_PROOF_HEADERS
                    + " blocks after the block that holds the transaction");
        }
        return n;
    }
}
