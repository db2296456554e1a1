package org.civicledger.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A block as auditors see it: the answer to {@link Audit#block} and an item of {@link Audit#latestBlocks}.
 */
public final class Block {
    private final long number;
    private final String hash;
    private final String previousHash;
    private final String dataHash;
    private final String stateDigest;
    private final Instant time;
    private final List<String> transactions;

    Block(long number, String hash, String previousHash, String dataHash, String stateDigest, Instant time,
            List<String> transactions) {
        this.number = number;
        this.hash = Objects.requireNonNull(hash, "hash");
        this.previousHash = previousHash;
        this.dataHash = Objects.requireNonNull(dataHash, "dataHash");
        this.stateDigest = stateDigest;
        this.time = Objects.requireNonNull(time, "time");
        this.transactions = List.copyOf(Objects.requireNonNull(transactions, "transactions"));
    }

    /**
     * Returns the block number.
     *
     * @return the block number
     */
    public long number() {
        return number;
    }

    /**
     * Returns the block's header hash.
     *
     * @return the block's header hash
     */
    public String hash() {
        return hash;
    }

    /**
     * Returns the previous block's hash, or {@code null} for the first block.
     *
     * @return the previous block's hash, or {@code null} for the first block
     */
    public String previousHash() {
        return previousHash;
    }

    /**
     * Returns the hash of the block's transactions.
     *
     * @return the hash of the block's transactions
     */
    public String dataHash() {
        return dataHash;
    }

    /**
     * Returns the digest of the world state after the block, or {@code null} if the ledger reports none.
     *
     * @return the digest of the world state after the block, or {@code null} if the ledger reports none
     */
    public String stateDigest() {
        return stateDigest;
    }

    /**
     * Returns when the block was cut.
     *
     * @return when the block was cut
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns the ids of its transactions, in order, as an unmodifiable list.
     *
     * @return the ids of its transactions, in order, as an unmodifiable list
     */
    public List<String> transactions() {
        return transactions;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Block)) {
            return false;
        }
        Block o = (Block) other;
        return number == o.number && Objects.equals(hash, o.hash) && Objects.equals(previousHash, o.previousHash)
                && Objects.equals(dataHash, o.dataHash) && Objects.equals(stateDigest, o.stateDigest)
                && Objects.equals(time, o.time) && Objects.equals(transactions, o.transactions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, hash, previousHash, dataHash, stateDigest, time, transactions);
    }

    @Override
    public String toString() {
        return "Block{number=" + number
                + ", hash=" + hash
                + ", previousHash=" + previousHash
                + ", dataHash=" + dataHash
                + ", stateDigest=" + stateDigest
                + ", time=" + time
                + ", transactions=" + transactions + "}";
    }
}
