package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.identity.Identities;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.ConflictRetry;
import org.civicledger.gateway.ledger.IntegrityProgress;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerCounters;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.civicledger.gateway.ledger.ProofRange;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.TxResult;
import org.hyperledger.fabric.client.CallOption;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The ledger port on a real Fabric network, through the Fabric Gateway of one peer
 * ({@code org.hyperledger.fabric:fabric-gateway}): one shared gRPC channel, each caller transacting
 * with its own identity and signer, deadlines on every call, {@code submitAsync} then the commit
 * status (the same signed transaction sent again while its status is late: {@link CommitWait}), and
 * transactions invalidated by a concurrent write (MVCC, phantom) endorsed again a bounded number of
 * times ({@link ConflictRetry}). An endorsed transaction that writes nothing (a
 * replay, a no-op) is not submitted: it would only add a block. Auditor reads come from the channel's own blocks
 * through the peer's {@code qscc}; events from its block events; a transaction's proof from both ({@link FabricProofs}).
 * Thread-safe.
 */
public final class FabricLedger implements LedgerPort {
    private static final Logger LOG = Logger.getLogger(FabricLedger.class.getName());
    private static final String QSCC = "qscc";
    private static final CommitWait COMMIT_WAIT = new CommitWait(CommitWait.RESUBMIT_AFTER, Deadlines.SUBMIT,
            Deadlines.COMMIT_STATUS, System::nanoTime);

    private final NetworkProfile profile;
    private final Identities identities;
    private final ConflictRetry conflicts;
    private final ManagedChannel channel;
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final LedgerIdentity reader;
    private final LongAdder committed = new LongAdder();

    private FabricLedger(NetworkProfile profile, Identities identities, int maxAttempts, ManagedChannel channel) {
        this.profile = profile;
        this.identities = identities;
        this.conflicts = ConflictRetry.fabric(maxAttempts);
        this.channel = channel;
        // Reads that belong to no caller (blocks, events) are made as the gateway organisation's admin.
        this.reader = identities.identity(profile.gatewayPeer().mspId(), "Admin", true);
    }

    /**
     * Connects to the network {@code profileFile} describes ({@link NetworkProfile}: an organisation's own
     * profile, or {@code gateway.json} of {@code network/up.sh}'s development network), through its first peer.
     * Nothing is sent until the first call.
     *
     * @throws IllegalStateException when the description is missing or unusable, or names an identity of another
     *     organisation than its own, or one its organisation's CA did not issue
     */
    public static FabricLedger open(java.nio.file.Path profileFile, int maxAttempts) {
        NetworkProfile profile = NetworkProfile.read(profileFile);
        NetworkProfile.Peer peer = profile.gatewayPeer();
        ChannelCredentials tls;
        try {
            tls = TlsChannelCredentials.newBuilder().trustManager(peer.tlsRootCert().toFile()).build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the TLS CA certificate " + peer.tlsRootCert() + " of "
                    + peer.endpoint(), e);
        }
        ManagedChannel channel = Grpc.newChannelBuilder(peer.endpoint(), tls).overrideAuthority(peer.serverName())
                .build();
        LOG.info("Fabric mode: channel " + profile.channel() + ", chaincode " + profile.chaincode() + ", through the "
                + peer.mspId() + " peer at " + peer.endpoint());
        return new FabricLedger(profile, new FabricIdentities(profile), maxAttempts, channel);
    }

    /** @return the identities this network's organisations issued to the gateway's callers and admins */
    public Identities identities() {
        return identities;
    }

    @Override
    public TxResult submit(LedgerIdentity caller, String function, String... args) {
        for (int attempt = 1; ; attempt++) {
            Proposal proposal = contract(caller).newProposal(function).addArguments(args).build();
            String txId = proposal.getTransactionId();
            org.hyperledger.fabric.client.Status status;
            String payload;
            try {
                Transaction transaction = proposal.endorse(Deadlines.endorse());
                payload = new String(transaction.getResult(), StandardCharsets.UTF_8);
                if (EndorsedWrites.writesNothing(transaction.getBytes())) {
                    return TxResult.unwritten(payload); // a replay or a no-op: no block for it
                }
                SubmittedTransaction submitted = transaction.submitAsync(Deadlines.submit());
                status = COMMIT_WAIT.await(txId, deadline -> transaction.submitAsync(Deadlines.after(deadline)),
                        deadline -> submitted.getStatus(Deadlines.after(deadline)));
            } catch (EndorseException e) {
                // Endorsers that disagree have not all committed the latest block yet: endorse again.
                if (FabricErrors.isEndorserDisagreement(e) && conflicts.again(attempt)) {
                    continue;
                }
                throw logged(FabricErrors.refusal(e, txId), e);
            } catch (GatewayException e) {
                throw logged(FabricErrors.refusal(e, txId), e);
            }
            if (status.isSuccessful()) {
                committed.increment();
                return TxResult.committed(txId, status.getBlockNumber(), payload);
            }
            LedgerRefusal refusal = invalidated(status.getCode(), attempt, conflicts, txId);
            if (refusal != null) {
                throw refusal;
            }
        }
    }

    /**
     * What an invalidated transaction comes to: null to endorse it again (a concurrent write won, and
     * the budget allows another attempt), {@code CONTENDED} once the budget is spent, and
     * {@code LEDGER_UNAVAILABLE} for any other validation code.
     */
    static LedgerRefusal invalidated(TxValidationCode code, int attempt, ConflictRetry conflicts, String txId) {
        boolean conflict = code == TxValidationCode.MVCC_READ_CONFLICT || code == TxValidationCode.PHANTOM_READ_CONFLICT;
        if (!conflict) {
            return new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "transaction invalidated: " + code, txId);
        }
        return conflicts.again(attempt) ? null : conflicts.exhausted(attempt, code.name(), txId);
    }

    /** Operators see why the network failed a call (peers, orderers, their messages); clients see the code. */
    private static LedgerRefusal logged(LedgerRefusal refusal, GatewayException e) {
        if (refusal.code() == ErrorCode.LEDGER_UNAVAILABLE) {
            LOG.warning("Fabric call failed (" + refusal.txId() + "): " + FabricErrors.describe(e));
        }
        return refusal;
    }

    @Override
    public String evaluate(LedgerIdentity caller, String function, String... args) {
        Proposal proposal = contract(caller).newProposal(function).addArguments(args).build();
        try {
            return new String(proposal.evaluate(Deadlines.evaluate()), StandardCharsets.UTF_8);
        } catch (GatewayException e) {
            throw logged(FabricErrors.refusal(e, proposal.getTransactionId()), e);
        }
    }

    @Override
    public LedgerCounters counters() {
        return new LedgerCounters(committed.sum(), conflicts.retried());
    }

    @Override
    public long height() {
        try {
            return BlockchainInfo.parseFrom(query("GetChainInfo", profile.channel())).getHeight();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("qscc GetChainInfo answered something that is not chain info", e);
        }
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        if (number < 0 || number >= height()) {
            return Optional.empty();
        }
        return Optional.of(FabricBlocks.info(rawBlock(number)));
    }

    @Override
    public List<BlockInfo> latestBlocks(int limit) {
        long height = height();
        List<BlockInfo> blocks = new ArrayList<>();
        for (long n = height - 1; n >= 0 && blocks.size() < limit; n--) {
            blocks.add(FabricBlocks.info(rawBlock(n)));
        }
        return blocks;
    }

    @Override
    public Optional<TxInfo> transaction(String txId) {
        return blockHolding(txId).flatMap(raw -> {
            Block block = parseBlock(raw, "GetBlockByTxID");
            return FabricProofs.find(block, txId).map(tx -> FabricBlocks.txInfo(block.getHeader().getNumber(), tx));
        });
    }

    /**
     * One read of the transaction's block ({@code GetBlockByTxID}, whose bytes the proof carries as the peer answered
     * them); the later blocks' headers and the checkpoint's seal from one block event stream, closed at the checkpoint.
     */
    @Override
    public Optional<TxProof> proof(String txId, OptionalLong checkpoint) {
        Optional<byte[]> raw = blockHolding(txId);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Block block = parseBlock(raw.get(), "GetBlockByTxID");
        Optional<FabricBlocks.ParsedTx> tx = FabricProofs.find(block, txId);
        if (tx.isEmpty()) {
            return Optional.empty();
        }
        long number = block.getHeader().getNumber();
        FabricProofs.Headers headers = new FabricProofs.Headers(block, ProofRange.checkpoint(number, height(), checkpoint));
        if (headers.wantsMore()) {
            blocksFrom(headers.next(), headers::add);
        }
        return Optional.of(FabricProofs.proof(profile.channel(), raw.get(), tx.get(), headers));
    }

    /** @return the bytes of the block that holds {@code txId}, as the peer answered them; empty if none does */
    private Optional<byte[]> blockHolding(String txId) {
        try {
            return Optional.of(contract(reader, QSCC).newProposal("GetBlockByTxID").addArguments(profile.channel(), txId)
                    .build().evaluate(Deadlines.evaluate()));
        } catch (GatewayException e) {
            if (FabricErrors.isUnavailable(e)) {
                throw FabricErrors.refusal(e, null);
            }
            return Optional.empty(); // qscc answers an unknown id with an error
        }
    }

    /**
     * Reads blocks from {@code start} on from the peer's block events, handing each to {@code more} until it answers
     * false; then closes the stream.
     */
    private void blocksFrom(long start, Predicate<Block> more) {
        try (CloseableIterator<Block> blocks = network(reader).newBlockEventsRequest().startBlock(start).build()
                .getEvents(Deadlines.blocks())) {
            while (blocks.hasNext() && more.test(blocks.next())) {
                // each block is taken by more
            }
        } catch (GatewayRuntimeException e) {
            throw FabricErrors.unavailable(e.getStatus(), null);
        }
    }

    @Override
    public List<BlockInfo> blocksBefore(long before, int limit) {
        List<BlockInfo> blocks = new ArrayList<>();
        for (long n = Math.min(before, height()) - 1; n >= 0 && blocks.size() < limit; n--) {
            blocks.add(FabricBlocks.info(rawBlock(n)));
        }
        return blocks;
    }

    @Override
    public IntegrityReport verifyIntegrity(IntegrityProgress progress) {
        return new FabricIntegrity(this::rawBlock).verify(height(), progress);
    }

    @Override
    public AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink) {
        return new FabricEvents(() -> network(reader), profile.chaincode(), afterPosition, sink).start();
    }

    /** @return block {@code number} as the peer stores it */
    Block rawBlock(long number) {
        return parseBlock(query("GetBlockByNumber", profile.channel(), Long.toString(number)), "GetBlockByNumber");
    }

    private static Block parseBlock(byte[] bytes, String function) {
        try {
            return Block.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("qscc " + function + " answered something that is not a block", e);
        }
    }

    private byte[] query(String function, String... args) {
        Proposal proposal = contract(reader, QSCC).newProposal(function).addArguments(args).build();
        try {
            return proposal.evaluate(Deadlines.evaluate());
        } catch (GatewayException e) {
            throw FabricErrors.refusal(e, null);
        } catch (GatewayRuntimeException e) {
            throw FabricErrors.unavailable(e.getStatus(), null);
        }
    }

    private Contract contract(LedgerIdentity caller) {
        return contract(caller, profile.chaincode());
    }

    private Contract contract(LedgerIdentity caller, String chaincode) {
        return network(caller).getContract(chaincode);
    }

    private Network network(LedgerIdentity caller) {
        return gateways.computeIfAbsent(caller.clientId() + "|" + caller.mspId(), key -> connect(caller))
                .getNetwork(profile.channel());
    }

    /** A gateway connection for one identity over the shared channel; the identity signs the whole message. */
    private Gateway connect(LedgerIdentity caller) {
        return Gateway.newInstance()
                .identity(new X509Identity(caller.mspId(), caller.certificate()))
                .signer(caller::sign)
                .hash(Hash.NONE) // LedgerIdentity.sign hashes with SHA-256 itself
                .connection(channel)
                .connect();
    }

    @Override
    public void close() {
        gateways.values().forEach(Gateway::close);
        channel.shutdown();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.shutdownNow();
        }
    }

    /** Deadlines of the Gateway calls: long enough for a loaded 2-core network, short enough to fail clearly. */
    private static final class Deadlines {
        static final Duration SUBMIT = Duration.ofSeconds(15);
        /** The total wait for a commit status, re-submissions included ({@link CommitWait}). */
        static final Duration COMMIT_STATUS = Duration.ofSeconds(60);

        private Deadlines() {
        }

        static CallOption evaluate() {
            return CallOption.deadlineAfter(15, TimeUnit.SECONDS);
        }

        static CallOption endorse() {
            return CallOption.deadlineAfter(30, TimeUnit.SECONDS);
        }

        static CallOption submit() {
            return after(SUBMIT);
        }

        static CallOption after(Duration deadline) {
            return CallOption.deadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** A proof's block event stream: up to {@code Limits.MAX_PROOF_HEADERS} blocks. */
        static CallOption blocks() {
            return CallOption.deadlineAfter(60, TimeUnit.SECONDS);
        }
    }
}
