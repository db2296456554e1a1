package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Limits;
import org.civicledger.api.Wire;
import org.civicledger.api.audit.AuditTransaction;
import org.civicledger.api.audit.Block;
import org.civicledger.api.audit.IntegrityReport;
import org.civicledger.api.audit.IntegrityRun;
import org.civicledger.api.audit.IntegrityRunRequest;
import org.civicledger.api.audit.LedgerActivity;
import org.civicledger.api.audit.Reconciliation;
import org.civicledger.api.audit.TransactionProof;

/** {@link Audit} over the REST API. */
final class AuditImpl implements Audit {
    private static final String PATH = ApiPath.V1 + "audit/";

    private final HttpTransport transport;

    AuditImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<AuditTransaction> transactionAsync(String txId) {
        return Calls.guarded(() -> transport.call("GET", PATH + "transactions/" + ApiPath.segment(txId, "txId"),
                null, Wire.type(AuditTransaction.class)));
    }

    @Override
    public CompletableFuture<TransactionProof> proofAsync(String txId) {
        return Calls.guarded(() -> transport.call("GET", proofPath(txId), null, Wire.type(TransactionProof.class)));
    }

    @Override
    public CompletableFuture<TransactionProof> proofAsync(String txId, long checkpoint) {
        if (checkpoint < 0) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a checkpoint is a block number, zero "
                    + "or more"));
        }
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(proofPath(txId), "checkpoint", checkpoint),
                null, Wire.type(TransactionProof.class)));
    }

    private static String proofPath(String txId) {
        return PATH + "transactions/" + ApiPath.segment(txId, "txId") + "/proof";
    }

    @Override
    public CompletableFuture<Block> blockAsync(long number) {
        if (number < 0) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a block number is zero or more"));
        }
        return transport.call("GET", PATH + "blocks/" + number, null, Wire.type(Block.class));
    }

    @Override
    public CompletableFuture<List<Block>> latestBlocksAsync(int limit) {
        if (limit < 1 || limit > Limits.MAX_BLOCKS) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("limit must be 1 to " + Limits.MAX_BLOCKS + ", was " + limit));
        }
        return transport.call("GET", ApiPath.query(PATH + "blocks", "limit", limit), null, Wire.listOf(Block.class));
    }

    @Override
    public CompletableFuture<IntegrityReport> verifyIntegrityAsync() {
        return transport.call("GET", PATH + "integrity", null, Wire.type(IntegrityReport.class));
    }

    @Override
    public CompletableFuture<LedgerActivity> activityAsync(int hours) {
        if (hours < 1 || hours > Limits.MAX_ACTIVITY_HOURS) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "hours must be 1 to " + Limits.MAX_ACTIVITY_HOURS + ", was " + hours));
        }
        return transport.call("GET", ApiPath.query(PATH + "activity", "hours", hours), null,
                Wire.type(LedgerActivity.class));
    }

    @Override
    public CompletableFuture<IntegrityRun> startIntegrityRunAsync() {
        // 202 for a new run, 200 for the running one: neither is a replay of a write
        return transport.call("POST", PATH + "integrity/runs", IntegrityRunRequest.empty(),
                Wire.type(IntegrityRun.class), false);
    }

    @Override
    public CompletableFuture<IntegrityRun> integrityRunAsync(String runId) {
        return Calls.guarded(() -> transport.call("GET", PATH + "integrity/runs/" + ApiPath.segment(runId, "runId"),
                null, Wire.type(IntegrityRun.class)));
    }

    @Override
    public CompletableFuture<Reconciliation> reconcileAsync() {
        return transport.call("GET", PATH + "reconciliation", null, Wire.type(Reconciliation.class));
    }
}
