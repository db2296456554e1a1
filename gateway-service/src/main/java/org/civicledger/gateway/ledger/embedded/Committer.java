package org.civicledger.gateway.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.identity.SignatureVerifier;

/**
 * Orders, validates and commits transactions, one block at a time, on one thread — the
 * embedded ledger's orderer and committing peer.
 *
 * <p>Whatever is waiting when the previous block is done goes into the next block (up to
 * {@code maxBatch}): under load blocks grow and one fsync covers many transactions (group
 * commit); idle, a lone transaction commits at once. A transaction is acknowledged only after
 * its block is forced to disk.
 */
final class Committer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Committer.class.getName());
    private static final Version DELETED = new Version(-1, -1);

    private final WorldState state;
    private final CommittedCache committed;
    private final BlockFile blocks;
    private final LedgerIdentity orderer;
    private final SignatureVerifier verifier;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final java.util.concurrent.atomic.LongAdder ordered = new java.util.concurrent.atomic.LongAdder();
    private volatile boolean running = true;
    private static final long CHECKPOINT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private long lastCheckpoint = System.nanoTime();
    private long nextNumber;
    private String previousHash;
    private String stateDigest;

    /** How a transaction ended: its block and validation code. */
    record Outcome(long block, ValidationCode code) {
    }

    private record Pending(Endorsed endorsed, CompletableFuture<Outcome> done) {
    }

    Committer(WorldState state, CommittedCache committed, BlockFile blocks, LedgerIdentity orderer,
              SignatureVerifier verifier, int maxBatch, long nextNumber, String previousHash, String stateDigest) {
        this.state = state;
        this.committed = committed;
        this.blocks = blocks;
        this.orderer = orderer;
        this.verifier = verifier;
        this.maxBatch = maxBatch;
        this.nextNumber = nextNumber;
        this.previousHash = previousHash;
        this.stateDigest = stateDigest;
        this.thread = new Thread(this::run, "civic-ledger-committer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a transaction for the next block; its signature is checked here, on the caller's thread. */
    CompletableFuture<Outcome> order(Envelope envelope, byte[] transactionBytes) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("the ledger is closed"));
            return done;
        }
        queue.add(new Pending(Endorsed.of(envelope, transactionBytes, verifier), done));
        ordered.increment();
        return done;
    }

    /** @return how many transactions have been handed to {@link #order} so far (tests wait on it) */
    long ordered() {
        return ordered.sum();
    }

    /** Called with every committed block, on the committer thread, after it is durable. */
    void onBlock(Consumer<Block> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<Block> listener) {
        listeners.remove(listener);
    }

    long height() {
        synchronized (this) {
            return nextNumber;
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                commitBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commitBatch(List<Pending> batch) {
        try {
            Block block = commitEndorsed(batch.stream().map(Pending::endorsed).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(new Outcome(block.number(), block.validationCodes().get(i)));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "block commit failed; its transactions are not committed", e);
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /** Validates {@code envelopes} in order, writes them as one durable block and applies it. */
    Block commit(List<Envelope> envelopes) {
        return commitEndorsed(envelopes.stream().map(e -> Endorsed.of(e, verifier)).toList());
    }

    private synchronized Block commitEndorsed(List<Endorsed> endorsed) {
        List<Envelope> envelopes = endorsed.stream().map(Endorsed::envelope).toList();
        List<byte[]> bytes = endorsed.stream().map(Endorsed::transactionBytes).toList();
        List<ValidationCode> codes = validate(endorsed);
        BlockFormat format = BlockFormat.CURRENT;
        String dataHash = format.dataHash(bytes, envelopes);
        String digest = digestAfter(envelopes, codes);
        String time = Instant.now().toString();
        String hash = format.headerHash(nextNumber, previousHash, dataHash, digest, time);
        Block block = new Block(nextNumber, previousHash, dataHash, digest, time, envelopes, codes, hash,
                orderer.serialized(), orderer.sign(format.signedBytes(hash, codes)), format.version());
        long index = blocks.append(BlockCodec.encode(block, bytes));
        if (index != nextNumber) {
            throw new IllegalStateException("block file holds " + index + " blocks, expected " + nextNumber);
        }
        blocks.force();
        state.applying(() -> {
            state.apply(block);
            remember(block);
        });
        if (System.nanoTime() - lastCheckpoint > CHECKPOINT_INTERVAL_NANOS) {
            state.checkpoint(); // blocks after the last checkpoint are replayed on start
            lastCheckpoint = System.nanoTime();
        }
        previousHash = hash;
        stateDigest = digest;
        nextNumber++;
        for (Consumer<Block> listener : listeners) {
            listener.accept(block);
        }
        return block;
    }

    private void remember(Block block) {
        for (int i = 0; i < block.transactions().size(); i++) {
            if (block.validationCodes().get(i) != ValidationCode.VALID) {
                continue;
            }
            Version version = new Version(block.number(), i);
            for (ReadWriteSet.KeyWrite write : block.transactions().get(i).transaction().rwset().writes()) {
                committed.written(write.key(), write.delete() ? null : write.value(), version);
            }
        }
    }

    /** The state digest once this block's valid writes are applied. */
    private String digestAfter(List<Envelope> envelopes, List<ValidationCode> codes) {
        StateDigest digest = new StateDigest(stateDigest);
        Map<String, byte[]> values = new HashMap<>(); // keys written earlier in this block; null = deleted
        for (int i = 0; i < envelopes.size(); i++) {
            if (codes.get(i) != ValidationCode.VALID) {
                continue;
            }
            for (ReadWriteSet.KeyWrite write : envelopes.get(i).transaction().rwset().writes()) {
                byte[] old = values.containsKey(write.key()) ? values.get(write.key())
                        : committed.load(write.key()).map(WorldState.Versioned::value).orElse(null);
                if (old != null) {
                    digest.remove(write.key(), old);
                }
                if (!write.delete()) {
                    digest.add(write.key(), write.value());
                }
                values.put(write.key(), write.delete() ? null : write.value());
            }
        }
        return digest.hex();
    }

    private List<ValidationCode> validate(List<Endorsed> endorsed) {
        Map<String, Version> written = new HashMap<>();
        Set<String> txIds = new HashSet<>();
        List<ValidationCode> codes = new ArrayList<>();
        for (int i = 0; i < endorsed.size(); i++) {
            Transaction tx = endorsed.get(i).envelope().transaction();
            ValidationCode code = validate(endorsed.get(i), written, txIds);
            codes.add(code);
            if (code == ValidationCode.VALID) {
                for (ReadWriteSet.KeyWrite write : tx.rwset().writes()) {
                    written.put(write.key(), write.delete() ? DELETED : new Version(nextNumber, i));
                }
            }
        }
        return codes;
    }

    private ValidationCode validate(Endorsed endorsed, Map<String, Version> written, Set<String> txIds) {
        Transaction tx = endorsed.envelope().transaction();
        if (!txIds.add(tx.txId()) || state.location(tx.txId()).isPresent()) {
            return ValidationCode.DUPLICATE_TXID;
        }
        if (!endorsed.signatureValid()) {
            return ValidationCode.BAD_CREATOR_SIGNATURE;
        }
        for (ReadWriteSet.KeyRead read : tx.rwset().reads()) {
            if (!Objects.equals(read.version(), current(read.key(), written))) {
                return ValidationCode.MVCC_READ_CONFLICT;
            }
        }
        for (ReadWriteSet.RangeRead range : tx.rwset().ranges()) {
            if (!rangeUnchanged(range, written)) {
                return ValidationCode.PHANTOM_READ_CONFLICT;
            }
        }
        return ValidationCode.VALID;
    }

    private Version current(String key, Map<String, Version> written) {
        Version inBlock = written.get(key);
        if (inBlock != null) {
            return inBlock == DELETED ? null : inBlock;
        }
        return committed.version(key);
    }

    /** Re-runs the range: the same keys at the same versions, and nothing written into it earlier in this block. */
    private boolean rangeUnchanged(ReadWriteSet.RangeRead range, Map<String, Version> written) {
        String last = range.exhausted() || range.results().isEmpty() ? null
                : range.results().get(range.results().size() - 1).key();
        for (String key : written.keySet()) {
            boolean afterStart = key.compareTo(range.start()) >= 0;
            boolean beforeEnd = last != null ? key.compareTo(last) <= 0
                    : range.end() == null || range.end().isEmpty() || key.compareTo(range.end()) < 0;
            if (afterStart && beforeEnd) {
                return false;
            }
        }
        int limit = range.exhausted() ? Integer.MAX_VALUE : range.results().size();
        List<ReadWriteSet.KeyRead> now = state.range(range.start(), range.end(), limit).stream()
                .map(e -> new ReadWriteSet.KeyRead(e.getKey(), e.getValue().version())).toList();
        return now.equals(range.results());
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            state.checkpoint();
        }
    }
}
