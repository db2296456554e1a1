package org.civicledger.client;

import java.util.Objects;

/**
 * The result of recomputing the ledger's hash chain and checking every signature: the answer to
 * {@link Audit#verifyIntegrity}.
 */
public final class IntegrityReport {
    private final boolean verified;
    private final long height;
    private final long checkedBlocks;
    private final Long firstBadBlock;
    private final boolean stateVerified;
    private final String problem;

    IntegrityReport(boolean verified, long height, long checkedBlocks, Long firstBadBlock, boolean stateVerified,
            String problem) {
        this.verified = verified;
        this.height = height;
        this.checkedBlocks = checkedBlocks;
        this.firstBadBlock = firstBadBlock;
        this.stateVerified = stateVerified;
        this.problem = problem;
    }

    /**
     * Returns whether every block verified.
     *
     * @return whether every block verified
     */
    public boolean verified() {
        return verified;
    }

    /**
     * Returns the chain's height.
     *
     * @return the chain's height
     */
    public long height() {
        return height;
    }

    /**
     * Returns how many blocks were checked.
     *
     * @return how many blocks were checked
     */
    public long checkedBlocks() {
        return checkedBlocks;
    }

    /**
     * Returns the first block that failed, or {@code null} when every block verified.
     *
     * @return the first block that failed, or {@code null} when every block verified
     */
    public Long firstBadBlock() {
        return firstBadBlock;
    }

    /**
     * Returns whether the world state matches the digest the last block commits to.
     *
     * @return whether the world state matches the digest the last block commits to
     */
    public boolean stateVerified() {
        return stateVerified;
    }

    /**
     * Returns what failed, or {@code null}.
     *
     * @return what failed, or {@code null}
     */
    public String problem() {
        return problem;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IntegrityReport)) {
            return false;
        }
        IntegrityReport o = (IntegrityReport) other;
        return verified == o.verified && height == o.height && checkedBlocks == o.checkedBlocks
                && Objects.equals(firstBadBlock, o.firstBadBlock) && stateVerified == o.stateVerified
                && Objects.equals(problem, o.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verified, height, checkedBlocks, firstBadBlock, stateVerified, problem);
    }

    @Override
    public String toString() {
        return "IntegrityReport{verified=" + verified
                + ", height=" + height
                + ", checkedBlocks=" + checkedBlocks
                + ", firstBadBlock=" + firstBadBlock
                + ", stateVerified=" + stateVerified
                + ", problem=" + problem + "}";
    }
}
