package org.civicledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.CallOption;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The Fabric network {@code network/up.sh} describes in {@code gateway.json}, seen through the raw
 * fabric-gateway client as one demo caller: one shared gRPC channel (TLS) to the first listed peer
 * (the Community organisation's), the caller's own certificate and key. Used for the put-only baseline
 * and to read the channel's blocks (their validation codes) through {@code qscc}.
 */
final class FabricNetwork implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Path profile;
    final String channel;
    /** The product's chaincode ({@code civic-ledger}). */
    final String chaincode;
    final String batchTimeout;
    final int batchMaxMessages;
    final String peerEndpoint;
    final String callerName;
    private final ManagedChannel grpc;
    private final Gateway gateway;
    private final Network network;

    /**
     * What a range of blocks holds: transactions, how many of each validation code, and what the
     * endorser transactions carry: per chaincode, the count, and totals of endorsements (by MSP), keys
     * read, keys written, range queries and envelope bytes.
     */
    record Blocks(long from, long to, long transactions, Map<String, Long> codes, Map<String, Long> shape) {
        long blocks() {
            return to - from;
        }

        long invalid() {
            return transactions - codes.getOrDefault(TxValidationCode.VALID.name(), 0L);
        }

        long mvccConflicts() {
            return codes.getOrDefault(TxValidationCode.MVCC_READ_CONFLICT.name(), 0L)
                    + codes.getOrDefault(TxValidationCode.PHANTOM_READ_CONFLICT.name(), 0L);
        }

        double transactionsPerBlock() {
            return blocks() == 0 ? 0 : (double) transactions / blocks();
        }
    }

    private FabricNetwork(Path profile, JsonNode root, String callerName) throws IOException {
        this.profile = profile;
        this.callerName = callerName;
        this.channel = root.path("channel").asText();
        this.chaincode = root.path("chaincode").asText();
        this.batchTimeout = root.path("batch").path("timeout").asText("?");
        this.batchMaxMessages = root.path("batch").path("maxMessageCount").asInt(-1);
        JsonNode peer = root.path("peers").get(0);
        this.peerEndpoint = peer.path("endpoint").asText();
        JsonNode caller = null;
        for (JsonNode c : root.path("callers")) {
            if (c.path("name").asText().equals(callerName)) {
                caller = c;
            }
        }
        if (caller == null) {
            throw new IllegalArgumentException(profile + " has no caller " + callerName);
        }
        X509Certificate certificate;
        PrivateKey key;
        try (Reader certReader = Files.newBufferedReader(resolve(caller.path("cert").asText()));
             Reader keyReader = Files.newBufferedReader(resolve(caller.path("key").asText()))) {
            certificate = Identities.readX509Certificate(certReader);
            key = Identities.readPrivateKey(keyReader);
        } catch (CertificateException | InvalidKeyException e) {
            throw new IOException("cannot read the identity of " + callerName + " in " + profile, e);
        }
        this.grpc = Grpc.newChannelBuilder(peerEndpoint, TlsChannelCredentials.newBuilder()
                        .trustManager(resolve(peer.path("tlsRootCert").asText()).toFile()).build())
                .overrideAuthority(URI.create("grpc://" + peerEndpoint).getHost()).build();
        this.gateway = Gateway.newInstance()
                .identity(new X509Identity(caller.path("mspId").asText(), certificate))
                .signer(Signers.newPrivateKeySigner(key))
                .connection(grpc)
                .connect();
        this.network = gateway.getNetwork(channel);
    }

    /** Connects as {@code callerName} (a demo caller of {@code gateway.json}). */
    static FabricNetwork open(Path profile, String callerName) throws IOException {
        Path file = profile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no Fabric network description at " + file + ": run network/up.sh");
        }
        return new FabricNetwork(file, MAPPER.readTree(file.toFile()), callerName);
    }

    private Path resolve(String path) {
        return profile.getParent().resolve(path);
    }

    /** The directory of the network's recorded PIDs ({@code network/.data/pids}). */
    Path pidsDir() {
        return profile.getParent().resolve("pids");
    }

    /**
     * The baseline: put number {@code n} writes key {@code <tag>-<n>} (distinct keys) with a
     * {@code value} through chaincode {@code chaincode}'s {@code Put:put}: endorse, submitAsync,
     * then wait for the commit status, as the gateway's fabric mode does per write.
     */
    AwardLoad.AwardSink putSink(String chaincode, String tag, String value) {
        return sink(chaincode, "Put:put", n -> new String[] {tag + "-" + n, value});
    }

    /** Transaction {@code n}: {@code function(arguments(n))} of {@code chaincode}, submitted as {@link #putSink} does. */
    AwardLoad.AwardSink sink(String chaincode, String function, java.util.function.LongFunction<String[]> arguments) {
        Contract contract = network.getContract(chaincode);
        return n -> {
            try {
                Status status = contract.newProposal(function).addArguments(arguments.apply(n)).build()
                        .endorse(deadline(30)).submitAsync(deadline(15)).getStatus(deadline(60));
                return status.isSuccessful() ? null : "invalidated: " + status.getCode();
            } catch (GatewayException | GatewayRuntimeException e) {
                return e.toString();
            }
        };
    }

    /** The channel's height on the peer (qscc GetChainInfo). */
    long height() {
        try {
            return BlockchainInfo.parseFrom(qscc("GetChainInfo", channel)).getHeight();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("qscc GetChainInfo answered something that is not chain info", e);
        }
    }

    /** Blocks {@code from} (inclusive) to {@code to} (exclusive): transactions and their validation codes. */
    Blocks blocks(long from, long to) {
        Map<String, Long> codes = new TreeMap<>();
        Map<String, Long> shape = new TreeMap<>();
        long transactions = 0;
        for (long number = from; number < to; number++) {
            Block block;
            try {
                block = Block.parseFrom(qscc("GetBlockByNumber", channel, Long.toString(number)));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("qscc GetBlockByNumber answered something that is not a block", e);
            }
            byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                    .toByteArray();
            for (byte b : filter) {
                TxValidationCode code = TxValidationCode.forNumber(b & 0xff);
                codes.merge(code == null ? "CODE_" + (b & 0xff) : code.name(), 1L, Long::sum);
                transactions++;
            }
            for (com.google.protobuf.ByteString envelope : block.getData().getDataList()) {
                try {
                    countShape(envelope, shape);
                } catch (InvalidProtocolBufferException e) {
                    shape.merge("unparsed", 1L, Long::sum);
                }
            }
        }
        return new Blocks(from, to, transactions, codes, shape);
    }

    /** Adds one endorser transaction's chaincode, endorsements, reads, writes and size to {@code shape}. */
    private static void countShape(com.google.protobuf.ByteString bytes, Map<String, Long> shape)
            throws InvalidProtocolBufferException {
        Envelope envelope = Envelope.parseFrom(bytes);
        Payload payload = Payload.parseFrom(envelope.getPayload());
        if (ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getType()
                != HeaderType.ENDORSER_TRANSACTION_VALUE) {
            return;
        }
        for (TransactionAction action : Transaction.parseFrom(payload.getData()).getActionsList()) {
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(ProposalResponsePayload
                    .parseFrom(actionPayload.getAction().getProposalResponsePayload()).getExtension());
            String cc = chaincodeAction.getChaincodeId().getName();
            shape.merge(cc + ".tx", 1L, Long::sum);
            shape.merge(cc + ".bytes", (long) bytes.size(), Long::sum);
            for (Endorsement e : actionPayload.getAction().getEndorsementsList()) {
                shape.merge(cc + ".endorsements", 1L, Long::sum);
                shape.merge(cc + ".endorsedBy." + SerializedIdentity.parseFrom(e.getEndorser()).getMspid(), 1L,
                        Long::sum);
            }
            for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(chaincodeAction.getResults()).getNsRwsetList()) {
                KVRWSet kv = KVRWSet.parseFrom(ns.getRwset());
                if (!ns.getNamespace().equals(cc)) { // e.g. _lifecycle: the chaincode definition's sequence
                    shape.merge(cc + ".readsOf." + ns.getNamespace(), (long) kv.getReadsCount(), Long::sum);
                    continue;
                }
                shape.merge(cc + ".reads", (long) kv.getReadsCount(), Long::sum);
                shape.merge(cc + ".writes", (long) kv.getWritesCount(), Long::sum);
                shape.merge(cc + ".rangeQueries", (long) kv.getRangeQueriesInfoCount(), Long::sum);
            }
        }
    }

    /** Per chaincode: per transaction, the average endorsements, reads, writes, range queries and bytes. */
    static Map<String, Object> perTransaction(Map<String, Long> shape) {
        Map<String, Object> out = new TreeMap<>();
        shape.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot < 0 || key.endsWith(".tx")) {
                return;
            }
            long count = shape.getOrDefault(key.substring(0, dot) + ".tx", 0L);
            if (count > 0) {
                out.put(key, Math.round(value * 100.0 / count) / 100.0);
            }
        });
        shape.forEach((key, value) -> {
            if (key.endsWith(".tx")) {
                out.put(key, value);
            }
        });
        return out;
    }

    private byte[] qscc(String function, String... args) {
        try {
            return network.getContract("qscc").newProposal(function).addArguments(args).build()
                    .evaluate(deadline(30));
        } catch (GatewayException e) {
            throw new IllegalStateException("qscc " + function + " failed: " + e, e);
        }
    }

    private static CallOption deadline(long seconds) {
        return CallOption.deadlineAfter(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        gateway.close();
        grpc.shutdown();
        if (!grpc.awaitTermination(5, TimeUnit.SECONDS)) {
            grpc.shutdownNow();
        }
    }
}
