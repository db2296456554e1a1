package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link Audit} over the REST API. */
final class AuditImpl implements Audit {
    private static final String PATH = ApiPath.V1 + "audit/";

    private final HttpTransport transport;

    AuditImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public AuditTransaction transaction(String txId) {
        return HttpTransport.await(transactionAsync(txId));
    }

    @Override
    public CompletableFuture<AuditTransaction> transactionAsync(String txId) {
        return transport.get(PATH + "transactions/" + ApiPath.segment(txId, "txId"))
                .thenApply(AuditJson::transaction);
    }

    @Override
    public Block block(long number) {
        return HttpTransport.await(blockAsync(number));
    }

    @Override
    public CompletableFuture<Block> blockAsync(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("a block number is zero or more, was " + number);
        }
        return transport.get(PATH + "blocks/" + number).thenApply(AuditJson::block);
    }

    @Override
    public List<Block> latestBlocks(int limit) {
        return HttpTransport.await(latestBlocksAsync(limit));
    }

    @Override
    public CompletableFuture<List<Block>> latestBlocksAsync(int limit) {
        if (limit < 1 || limit > MAX_BLOCKS) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_BLOCKS + ", was " + limit);
        }
        return transport.get(ApiPath.query(PATH + "blocks", "limit", limit))
                .thenApply(node -> List.copyOf(JsonCodec.list(node, AuditJson::block)));
    }

    @Override
    public IntegrityReport verifyIntegrity() {
        return HttpTransport.await(verifyIntegrityAsync());
    }

    @Override
    public CompletableFuture<IntegrityReport> verifyIntegrityAsync() {
        return transport.get(PATH + "integrity").thenApply(AuditJson::integrity);
    }

    @Override
    public Reconciliation reconcile() {
        return HttpTransport.await(reconcileAsync());
    }

    @Override
    public CompletableFuture<Reconciliation> reconcileAsync() {
        return transport.get(PATH + "reconciliation").thenApply(AuditJson::reconciliation);
    }
}
