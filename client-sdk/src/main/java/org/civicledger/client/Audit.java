package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What auditors verify: transactions, blocks, the integrity of the chain, and the points invariants (role AUDITOR;
 * ADMIN may read). Obtained from {@link CivicLedgerClient#audit()}.
 */
public interface Audit {
    /** The most blocks {@link #latestBlocks(int)} returns. */
    int MAX_BLOCKS = 100;

    /**
     * Reads a transaction ({@code GET /api/v1/audit/transactions/{txId}}).
     *
     * @param txId the transaction id, as every write's result carries it
     * @return the transaction: its block, validation code, creator, call and events
     * @throws NotFoundException    if there is no such transaction
     * @throws CivicLedgerException on any other API or transport error
     */
    AuditTransaction transaction(String txId);

    /**
     * Asynchronous {@link #transaction(String)}.
     *
     * @param txId the transaction id
     * @return a future of the transaction
     */
    CompletableFuture<AuditTransaction> transactionAsync(String txId);

    /**
     * Reads a block ({@code GET /api/v1/audit/blocks/{number}}).
     *
     * @param number the block number, from 0
     * @return the block
     * @throws NotFoundException    if the chain is not that long
     * @throws CivicLedgerException on any other API or transport error
     */
    Block block(long number);

    /**
     * Asynchronous {@link #block(long)}.
     *
     * @param number the block number
     * @return a future of the block
     */
    CompletableFuture<Block> blockAsync(long number);

    /**
     * Reads the latest blocks ({@code GET /api/v1/audit/blocks?limit=}).
     *
     * @param limit how many, 1 to {@value #MAX_BLOCKS}
     * @return up to {@code limit} blocks, newest first, as an unmodifiable list
     * @throws IllegalArgumentException if the limit is out of range
     * @throws CivicLedgerException     on any API or transport error
     */
    List<Block> latestBlocks(int limit);

    /**
     * Asynchronous {@link #latestBlocks(int)}.
     *
     * @param limit how many, 1 to {@value #MAX_BLOCKS}
     * @return a future of the blocks
     * @throws IllegalArgumentException if the limit is out of range
     */
    CompletableFuture<List<Block>> latestBlocksAsync(int limit);

    /**
     * Recomputes the hash chain and checks every signature ({@code GET /api/v1/audit/integrity}); can take a while
     * on a long chain.
     *
     * @return the report
     * @throws CivicLedgerException on any API or transport error
     */
    IntegrityReport verifyIntegrity();

    /**
     * Asynchronous {@link #verifyIntegrity()}.
     *
     * @return a future of the report
     */
    CompletableFuture<IntegrityReport> verifyIntegrityAsync();

    /**
     * Reconciles the points books over all accounts ({@code GET /api/v1/audit/reconciliation}).
     *
     * @return the totals and every mismatch
     * @throws CivicLedgerException on any API or transport error
     */
    Reconciliation reconcile();

    /**
     * Asynchronous {@link #reconcile()}.
     *
     * @return a future of the reconciliation
     */
    CompletableFuture<Reconciliation> reconcileAsync();
}
