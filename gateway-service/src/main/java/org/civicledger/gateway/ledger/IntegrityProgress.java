package org.civicledger.gateway.ledger;

/**
 * How far a {@link LedgerPort#verifyIntegrity(IntegrityProgress)} has come: told once with 0 when the ledger has
 * read the height it verifies, then after each block checked. It runs on the verifying thread, so it must be quick
 * (set a counter, not write a file).
 */
@FunctionalInterface
public interface IntegrityProgress {
    /** Progress nobody follows. */
    IntegrityProgress NONE = (checkedBlocks, height) -> { };

    /**
     * @param checkedBlocks the blocks checked so far, from block 0
     * @param height        the chain's height the verification covers (fixed for one verification)
     */
    void checked(long checkedBlocks, long height);
}
