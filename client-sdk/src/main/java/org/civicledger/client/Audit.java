package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Limits;
import org.civicledger.api.audit.AuditTransaction;
import org.civicledger.api.audit.Block;
import org.civicledger.api.audit.IntegrityReport;
import org.civicledger.api.audit.IntegrityRun;
import org.civicledger.api.audit.LedgerActivity;
import org.civicledger.api.audit.Reconciliation;
import org.civicledger.api.audit.TransactionProof;

/**
 * What auditors verify: transactions, blocks, the integrity of the chain, and the points invariants (role AUDITOR;
 * an ADMIN reads its own community's). Obtained from {@link CivicLedgerClient#audit()}.
 */
public interface Audit {

    /**
     * Reads a transaction, valid or not.
     *
     * @param txId the transaction id, as every write's result carries it
     * @return the transaction: its block, validation code, creator, endorsements, call and event
     * @throws NotFoundException    if there is no such transaction
     * @throws CivicLedgerException on any other API or transport error
     */
    default AuditTransaction transaction(String txId) {
        return HttpTransport.await(transactionAsync(txId));
    }

    /**
     * Asynchronous {@link #transaction(String)}.
     *
     * @param txId the transaction id
     * @return a future of the transaction
     */
    @Endpoint("GET /api/v1/audit/transactions/{txId}")
    CompletableFuture<AuditTransaction> transactionAsync(String txId);

    /**
     * Fetches a transaction's proof, valid or not, up to the default checkpoint: the latest block, or the block
     * {@value Limits#MAX_PROOF_HEADERS} after the transaction's if the latest is further. Written as JSON
     * ({@code Wire.mapper().writeValueAsBytes(proof)}), it is the document {@code civic-verify} checks offline.
     *
     * @param txId the transaction id, as every write's result carries it
     * @return the proof: the ledger's own bytes of the transaction's block and of the later blocks' headers up to
     *         the checkpoint, with the orderer's signature on the checkpoint
     * @throws NotFoundException    if there is no such transaction
     * @throws ForbiddenException   if the caller may not read the transaction (an ADMIN, another community's)
     * @throws CivicLedgerException on any other API or transport error
     */
    default TransactionProof proof(String txId) {
        return HttpTransport.await(proofAsync(txId));
    }

    /**
     * Asynchronous {@link #proof(String)}.
     *
     * @param txId the transaction id
     * @return a future of the proof
     */
    @Endpoint("GET /api/v1/audit/transactions/{txId}/proof")
    CompletableFuture<TransactionProof> proofAsync(String txId);

    /**
     * Fetches a transaction's proof whose header chain ends at a block the caller names, for instance one whose
     * hash it already holds.
     *
     * @param txId       the transaction id
     * @param checkpoint the block the header chain ends at: from the transaction's block to the latest, at most
     *                   {@value Limits#MAX_PROOF_HEADERS} blocks after the transaction's
     * @return the proof
     * @throws IllegalArgumentException  if the checkpoint is negative
     * @throws ValidationFailedException if the checkpoint is out of that range
     * @throws NotFoundException         if there is no such transaction
     * @throws ForbiddenException        if the caller may not read the transaction
     * @throws CivicLedgerException      on any other API or transport error
     */
    default TransactionProof proof(String txId, long checkpoint) {
        return HttpTransport.await(proofAsync(txId, checkpoint));
    }

    /**
     * Asynchronous {@link #proof(String, long)}.
     *
     * @param txId       the transaction id
     * @param checkpoint the block the header chain ends at
     * @return a future of the proof
     */
    @Endpoint("GET /api/v1/audit/transactions/{txId}/proof")
    CompletableFuture<TransactionProof> proofAsync(String txId, long checkpoint);

    /**
     * Reads a block.
     *
     * @param number the block number, from 0
     * @return the block
     * @throws IllegalArgumentException if the number is negative
     * @throws NotFoundException        if the chain is not that long
     * @throws CivicLedgerException     on any other API or transport error
     */
    default Block block(long number) {
        return HttpTransport.await(blockAsync(number));
    }

    /**
     * Asynchronous {@link #block(long)}.
     *
     * @param number the block number, from 0
     * @return a future of the block
     */
    @Endpoint("GET /api/v1/audit/blocks/{number}")
    CompletableFuture<Block> blockAsync(long number);

    /**
     * Reads the latest blocks, newest first (the API pages no further back: read older ones by number).
     *
     * @param limit how many, 1 to {@value Limits#MAX_BLOCKS}
     * @return up to {@code limit} blocks, newest first
     * @throws IllegalArgumentException if the limit is out of range
     * @throws CivicLedgerException     on any API or transport error
     */
    default List<Block> latestBlocks(int limit) {
        return HttpTransport.await(latestBlocksAsync(limit));
    }

    /**
     * Asynchronous {@link #latestBlocks(int)}.
     *
     * @param limit how many, 1 to {@value Limits#MAX_BLOCKS}
     * @return a future of the blocks
     */
    @Endpoint("GET /api/v1/audit/blocks")
    CompletableFuture<List<Block>> latestBlocksAsync(int limit);

    /**
     * Recomputes the hash chain and checks every signature and the world state; can take a while on a long chain.
     *
     * @return the report
     * @throws CivicLedgerException on any API or transport error
     */
    default IntegrityReport verifyIntegrity() {
        return HttpTransport.await(verifyIntegrityAsync());
    }

    /**
     * Asynchronous {@link #verifyIntegrity()}.
     *
     * @return a future of the report
     */
    @Endpoint("GET /api/v1/audit/integrity")
    CompletableFuture<IntegrityReport> verifyIntegrityAsync();

    /**
     * Counts the ledger's recent activity for a dashboard: transactions per hour (every hour of the window), by the
     * MSP id of their creator and by validation code, from the newest blocks back to the start of the window (at
     * most {@value Limits#MAX_ACTIVITY_BLOCKS} blocks; {@code complete()} says whether that reached it). AUDITOR only.
     *
     * @param hours the window, 1 to {@value Limits#MAX_ACTIVITY_HOURS}, back from now, its start on the hour
     * @return the counts
     * @throws IllegalArgumentException if hours is out of range
     * @throws ForbiddenException       if the caller is not an AUDITOR
     * @throws CivicLedgerException     on any other API or transport error
     */
    default LedgerActivity activity(int hours) {
        return HttpTransport.await(activityAsync(hours));
    }

    /**
     * Asynchronous {@link #activity(int)}.
     *
     * @param hours the window, 1 to {@value Limits#MAX_ACTIVITY_HOURS}
     * @return a future of the counts
     */
    @Endpoint("GET /api/v1/audit/activity")
    CompletableFuture<LedgerActivity> activityAsync(int hours);

    /**
     * Starts verifying the whole chain in the background, as {@link #verifyIntegrity()} does in one call, and
     * answers at once; follow it with {@link #integrityRun(String)}. One run at a time per gateway: while one runs,
     * this answers that one. AUDITOR only.
     *
     * @return the run, RUNNING (or already finished, on a short chain)
     * @throws ForbiddenException   if the caller is not an AUDITOR
     * @throws CivicLedgerException on any other API or transport error
     */
    default IntegrityRun startIntegrityRun() {
        return HttpTransport.await(startIntegrityRunAsync());
    }

    /**
     * Asynchronous {@link #startIntegrityRun()}.
     *
     * @return a future of the run
     */
    @Endpoint("POST /api/v1/audit/integrity/runs")
    CompletableFuture<IntegrityRun> startIntegrityRunAsync();

    /**
     * Reads an integrity run: its state, the blocks checked of the height, and once DONE its report (the same as
     * {@link #verifyIntegrity()}'s). The gateway keeps its last few runs, until it restarts.
     *
     * @param runId the id {@link #startIntegrityRun()} answered
     * @return the run
     * @throws ValidationFailedException if the id is not a run id
     * @throws NotFoundException         if the gateway does not keep that run
     * @throws CivicLedgerException      on any other API or transport error
     */
    default IntegrityRun integrityRun(String runId) {
        return HttpTransport.await(integrityRunAsync(runId));
    }

    /**
     * Asynchronous {@link #integrityRun(String)}.
     *
     * @param runId the run's id
     * @return a future of the run
     */
    @Endpoint("GET /api/v1/audit/integrity/runs/{runId}")
    CompletableFuture<IntegrityRun> integrityRunAsync(String runId);

    /**
     * Reconciles the points books (an AUDITOR's over all accounts, an ADMIN's over its community's).
     *
     * @return the totals and every mismatch
     * @throws CivicLedgerException on any API or transport error
     */
    default Reconciliation reconcile() {
        return HttpTransport.await(reconcileAsync());
    }

    /**
     * Asynchronous {@link #reconcile()}.
     *
     * @return a future of the reconciliation
     */
    @Endpoint("GET /api/v1/audit/reconciliation")
    CompletableFuture<Reconciliation> reconcileAsync();
}
