package org.civicledger.gateway.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.Creator;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.identity.SignatureVerifier;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.ConflictRetry;
import org.civicledger.gateway.ledger.IntegrityProgress;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerCounters;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.TxResult;
import org.hyperledger.fabric.shim.Chaincode;

/**
 * The default ledger: the chaincode's contracts in-process, with Fabric's transaction flow —
 * simulate against committed state, sign, order into a block, validate every read (MVCC) and
 * commit — over a block file (the durable record) and a RocksDB world state (the checkpoint). A
 * transaction whose simulation writes nothing and sets no event (a replay, a no-op) is answered from
 * committed state and never ordered, so it adds no block.
 *
 * <p>{@code
 * try (EmbeddedLedger ledger = EmbeddedLedger.open(dataDir, IdentityStore.open(dataDir))) {
 *     TxResult r = ledger.submit(app, "Points:award", json);
 * }
 * }
 */
public final class EmbeddedLedger implements LedgerPort {
    static final int MAX_BATCH = 1_000;
    /** Committed keys kept in memory for validation and simulation (a few hundred bytes each). */
    static final int CACHE_ENTRIES = 100_000;
    static final String ORDERER_MSP = "OrdererMSP";
    private static final Logger LOG = Logger.getLogger(EmbeddedLedger.class.getName());
    private static final long COMMIT_TIMEOUT_SECONDS = 60;

    private final WorldState state;
    private final CommittedCache committed;
    private final LongAdder committedCount = new LongAdder();
    private final ConflictRetry conflicts;
    private final BlockFile blocks;
    private final Committer committer;
    private final SignatureVerifier verifier;
    /** The transactions' timestamps (as on Fabric, where the client's proposal carries the time). */
    private final Clock clock;
    /** Transaction id nonces: a DRBG per thread, as one shared generator serialises the submitting threads. */
    private static final ThreadLocal<SecureRandom> NONCES = ThreadLocal.withInitial(EmbeddedLedger::drbg);

    private EmbeddedLedger(WorldState state, CommittedCache committed, BlockFile blocks, Committer committer,
                           SignatureVerifier verifier, Clock clock, ConflictRetry conflicts) {
        this.conflicts = conflicts;
        this.state = state;
        this.committed = committed;
        this.blocks = blocks;
        this.committer = committer;
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * Starts loading the chaincode's contracts (the contract router's one-time classpath scan, seconds)
     * on a background thread, so that it overlaps whatever else the process is starting; the first
     * transaction waits for it if it is not done.
     */
    public static void loadContractsInBackground() {
        ContractRuntime.loadInBackground();
    }

    /**
     * Opens the ledger under {@code dataDir/ledger}, recovering as needed: a torn tail of the
     * block file is cut, and state behind (or disagreeing with) the blocks is brought up to them.
     */
    public static EmbeddedLedger open(Path dataDir, IdentityStore identities) {
        return open(dataDir, identities, Clock.systemUTC(), ConflictRetry.DEFAULT_MAX_ATTEMPTS);
    }

    /** As {@link #open(Path, IdentityStore)}, making at most {@code maxAttempts} attempts of a conflicting write. */
    public static EmbeddedLedger open(Path dataDir, IdentityStore identities, int maxAttempts) {
        return open(dataDir, identities, Clock.systemUTC(), maxAttempts);
    }

    /**
     * As {@link #open(Path, IdentityStore, int)}, with {@code clock} timestamping the transactions (tests
     * move time with it; production uses the system clock).
     */
    public static EmbeddedLedger open(Path dataDir, IdentityStore identities, Clock clock, int maxAttempts) {
        Path dir = dataDir.resolve("ledger");
        BlockFile blocks = BlockFile.open(dir.resolve("blocks.dat"));
        WorldState state = openState(dir.resolve("state"));
        Block last = recover(state, blocks);
        LedgerIdentity orderer = identities.identity(ORDERER_MSP, "orderer", false);
        SignatureVerifier verifier = new SignatureVerifier(identities);
        CommittedCache committed = new CommittedCache(state, CACHE_ENTRIES);
        Committer committer = new Committer(state, committed, blocks, orderer, verifier, MAX_BATCH, blocks.size(),
                last == null ? Block.GENESIS_PREVIOUS_HASH : last.hash(),
                last == null ? StateDigest.EMPTY : last.stateDigest());
        return new EmbeddedLedger(state, committed, blocks, committer, verifier, clock,
                ConflictRetry.embedded(maxAttempts));
    }

    /** Opens the world state; one that cannot be read is set aside and rebuilt from the blocks. */
    private static WorldState openState(Path dir) {
        try {
            return WorldState.open(dir);
        } catch (IllegalStateException e) {
            Path aside = dir.resolveSibling(dir.getFileName() + ".unreadable-" + System.currentTimeMillis());
            LOG.warning("world state " + dir + " cannot be read (" + e.getMessage() + "); moved to " + aside
                    + " and rebuilding it from the blocks");
            try {
                java.nio.file.Files.move(dir, aside);
            } catch (java.io.IOException moveFailed) {
                throw new java.io.UncheckedIOException("cannot set the unreadable world state aside", moveFailed);
            }
            return WorldState.open(dir);
        }
    }

    /** Brings state up to the block file; returns the last block, or null for an empty ledger. */
    static Block recover(WorldState state, BlockFile blocks) {
        long fileHeight = blocks.size();
        long stateHeight = state.height();
        if (stateHeight > fileHeight || (stateHeight > 0
                && !Block.fromBytes(blocks.read(stateHeight - 1)).hash().equals(state.lastBlockHash()))) {
            LOG.warning("world state (height " + stateHeight + ") disagrees with the block file (height "
                    + fileHeight + "): rebuilding it from the blocks");
            state.clear();
            stateHeight = 0;
        }
        for (long n = stateHeight; n < fileHeight; n++) {
            state.apply(Block.fromBytes(blocks.read(n)));
        }
        state.checkpoint();
        state.publishView();
        return fileHeight == 0 ? null : Block.fromBytes(blocks.read(fileHeight - 1));
    }

    @Override
    public TxResult submit(LedgerIdentity caller, String function, String... args) {
        for (int attempt = 1; ; attempt++) {
            Simulation simulation = simulate(caller, function, args);
            if (writesNothing(simulation.transaction())) {
                return TxResult.unwritten(simulation.payload());
            }
            byte[] bytes = Json.bytes(simulation.transaction());
            Envelope envelope = new Envelope(simulation.transaction(), caller.sign(bytes));
            Committer.Outcome outcome = await(envelope, bytes);
            String txId = envelope.transaction().txId();
            switch (outcome.code()) {
                case VALID:
                    committedCount.increment();
                    return TxResult.committed(txId, outcome.block(), simulation.payload());
                case MVCC_READ_CONFLICT:
                case PHANTOM_READ_CONFLICT:
                    if (conflicts.again(attempt)) {
                        continue;
                    }
                    throw conflicts.exhausted(attempt, outcome.code().name(), txId);
                default:
                    throw new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "transaction invalidated: "
                            + outcome.code(), txId);
            }
        }
    }

    /** A replay or a no-op: nothing to validate or commit, and the answer already reflects committed state. */
    static boolean writesNothing(Transaction tx) {
        return tx.rwset().writes().isEmpty() && tx.event() == null;
    }

    @Override
    public LedgerCounters counters() {
        return new LedgerCounters(committedCount.sum(), conflicts.retried());
    }

    @Override
    public String evaluate(LedgerIdentity caller, String function, String... args) {
        return simulate(caller, function, args).payload();
    }

    /** What a simulation produced: the transaction to order and the chaincode's result. */
    record Simulation(Transaction transaction, String payload) {
    }

    /**
     * Runs the function against committed state.
     *
     * @throws LedgerRefusal with the chaincode's code when it refuses
     */
    Simulation simulate(LedgerIdentity caller, String function, String... args) {
        String txId = newTxId(caller);
        Instant now = clock.instant();
        List<String> all = new ArrayList<>();
        all.add(function);
        all.addAll(List.of(args));
        SimulationStub stub = new SimulationStub(state, committed, this::valueAt, txId, now, caller.serialized(), caller.mspId(),
                all);
        Chaincode.Response response = state.reading(() -> ContractRuntime.invoke(stub));
        String payload = response.getPayload() == null ? ""
                : new String(response.getPayload(), StandardCharsets.UTF_8);
        if (response.getStatus() != Chaincode.Response.Status.SUCCESS) {
            ErrorCode code = ErrorCode.fromMessage(response.getMessage());
            if (code == null) { // an exception the chaincode did not expect: a defect, as on Fabric
                throw new LedgerRefusal(ErrorCode.INTERNAL, "the chaincode failed on " + function
                        + " without a refusal code", txId);
            }
            throw new LedgerRefusal(code, response.getMessage(), txId);
        }
        Transaction tx = new Transaction(txId, now.toString(), caller.mspId(), caller.serialized(), function,
                List.of(args), stub.readWriteSet(), stub.event(), response.getPayload());
        return new Simulation(tx, payload);
    }

    /** The value {@code key} was given by the transaction at {@code version}, read from its block. */
    byte[] valueAt(String key, Version version) {
        Block block = Block.fromBytes(blocks.read(version.block()));
        return block.transactions().get(version.tx()).transaction().rwset().writes().stream()
                .filter(w -> w.key().equals(key)).map(ReadWriteSet.KeyWrite::value).findFirst().orElse(null);
    }

    @Override
    public long height() {
        return committer.height();
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        if (number < 0 || number >= blocks.size()) {
            return Optional.empty();
        }
        return Optional.of(info(Block.fromBytes(blocks.read(number))));
    }

    @Override
    public List<BlockInfo> latestBlocks(int limit) {
        List<BlockInfo> out = new ArrayList<>();
        for (long n = blocks.size() - 1; n >= 0 && out.size() < limit; n--) {
            out.add(info(Block.fromBytes(blocks.read(n))));
        }
        return out;
    }

    @Override
    public Optional<TxInfo> transaction(String txId) {
        return state.location(txId).map(location -> {
            Block block = Block.fromBytes(blocks.read(location.block()));
            Transaction tx = block.transactions().get(location.tx()).transaction();
            Optional<Creator> creator = Creator.parse(tx.creator());
            return new TxInfo(txId, block.number(), location.tx(), location.code().name(),
                    creatorMsp(tx, creator), creator.map(Creator::clientId).orElse(null),
                    List.of(), tx.timestamp(), tx.function(), tx.args(), events(block, location.tx()));
        });
    }

    @Override
    public Optional<TxProof> proof(String txId, OptionalLong checkpoint) {
        return TransactionProofs.of(state, blocks, txId, checkpoint);
    }

    @Override
    public List<BlockInfo> blocksBefore(long before, int limit) {
        List<BlockInfo> out = new ArrayList<>();
        for (long n = Math.min(before, blocks.size()) - 1; n >= 0 && out.size() < limit; n--) {
            out.add(info(Block.fromBytes(blocks.read(n))));
        }
        return out;
    }

    @Override
    public IntegrityReport verifyIntegrity(IntegrityProgress progress) {
        return new IntegrityCheck(state, blocks, verifier, committer).run(progress);
    }

    @Override
    public AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink) {
        return EventFeed.subscribe(blocks, committer, afterPosition, sink);
    }

    private static BlockInfo info(Block block) {
        List<String> communities = new ArrayList<>();
        List<String> creators = new ArrayList<>();
        for (int i = 0; i < block.transactions().size(); i++) {
            communities.add(LedgerEvent.communityOf(events(block, i)));
            Transaction tx = block.transactions().get(i).transaction();
            creators.add(creatorMsp(tx, Creator.parse(tx.creator())));
        }
        return new BlockInfo(block.number(), block.hash(), block.previousHash(), block.dataHash(),
                block.stateDigest(), block.time(),
                block.transactions().stream().map(e -> e.transaction().txId()).toList(),
                java.util.Collections.unmodifiableList(communities), java.util.Collections.unmodifiableList(creators),
                block.validationCodes().stream().map(ValidationCode::name).toList(), block.format().version());
    }

    /** The MSP id of a transaction's creator: its certificate's, else the one the transaction records. */
    private static String creatorMsp(Transaction tx, Optional<Creator> creator) {
        return creator.map(Creator::mspId).orElse(tx.mspId());
    }

    /** The event of transaction {@code index} of a block, if it was valid and set one. */
    static List<LedgerEvent> events(Block block, int index) {
        Transaction tx = block.transactions().get(index).transaction();
        if (block.validationCodes().get(index) != ValidationCode.VALID || tx.event() == null) {
            return List.of();
        }
        return List.of(new LedgerEvent(LedgerEvent.position(block.number(), index), block.number(), index,
                tx.txId(), tx.event().name(), new String(tx.event().payload(), StandardCharsets.UTF_8)));
    }

    Committer committer() {
        return committer;
    }

    WorldState state() {
        return state;
    }

    BlockFile blocks() {
        return blocks;
    }

    private Committer.Outcome await(Envelope envelope, byte[] bytes) {
        try {
            return committer.order(envelope, bytes).get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "the ledger could not commit: " + e.getMessage(),
                    envelope.transaction().txId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "interrupted while committing",
                    envelope.transaction().txId());
        }
    }

    /** As Fabric: SHA-256 of a fresh nonce and the creator, hex. */
    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is required of every Java 9+ runtime", e);
        }
    }

    private String newTxId(LedgerIdentity caller) {
        byte[] nonce = new byte[24];
        NONCES.get().nextBytes(nonce);
        MessageDigest digest = Sha256.digest();
        digest.update(nonce);
        digest.update(caller.serialized());
        return Sha256.hex(digest);
    }

    @Override
    public void close() {
        committer.close();
        state.close();
        blocks.close();
    }
}
