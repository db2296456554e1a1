package org.civicledger.verify.fabric;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.LastConfig;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWriteHash;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A Fabric channel built as a network builds it, every byte known: CommunityMSP, BankMSP and AuditMSP
 * (peers and a demo app) and OrdererMSP, each with its own CA (the gateway's {@link IdentityStore}, a
 * test dependency; low-S ECDSA as Fabric signs). An unsigned genesis config block, then blocks of
 * endorser transactions (proposal hash, endorsements over proposal response payload ‖ endorser, creator
 * signature, txId = SHA-256(nonce ‖ creator)), each sealed by the orderer's SIGNATURES metadata, with
 * the peer's transactions filter. Also writes the trust folder, block files and proof documents.
 */
final class FabricFixture {
    static final String CHANNEL = "civic";
    static final String CHAINCODE = "civic";
    /** The chaincode whose namespace holds the points books, as the network deploys it. */
    static final String LEDGER_CHAINCODE = "civic-ledger";
    static final String[] MSPS = {"CommunityMSP", "BankMSP", "AuditMSP", "OrdererMSP"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    final IdentityStore identities;
    final LedgerIdentity orderer;
    final LedgerIdentity app;
    final LedgerIdentity communityPeer;
    final LedgerIdentity bankPeer;
    final LedgerIdentity auditPeer;
    final List<Block> blocks = new ArrayList<>();

    /**
     * A transaction to put in a block. {@code code}: the peer's validation code (0 = VALID). {@code ledgerWrites}: null
     * for the fixture's own chaincode writing {@code "{}"} to each of {@code writes}; else the real chaincode's write set,
     * in {@link #LEDGER_CHAINCODE}'s namespace.
     */
    record Tx(LedgerIdentity creator, List<LedgerIdentity> endorsers, String function, List<String> args,
              String eventName, String eventPayload, List<String> writes, int code, Instant time, String approvalOf,
              List<KVWrite> ledgerWrites) {

        Tx code(TxValidationCode c) {
            return new Tx(creator, endorsers, function, args, eventName, eventPayload, writes, c.getNumber(), time, approvalOf,
                    ledgerWrites);
        }

        Tx endorsedBy(LedgerIdentity... e) {
            return new Tx(creator, List.of(e), function, args, eventName, eventPayload, writes, code, time, approvalOf,
                    ledgerWrites);
        }

        Tx createdBy(LedgerIdentity c) {
            return new Tx(c, endorsers, function, args, eventName, eventPayload, writes, code, time, approvalOf, ledgerWrites);
        }

        Tx at(Instant t) {
            return new Tx(creator, endorsers, function, args, eventName, eventPayload, writes, code, t, approvalOf, ledgerWrites);
        }
    }

    FabricFixture(Path dir) {
        this(IdentityStore.open(dir));
    }

    /** A new chain (its own genesis block) with the identities of {@code store}. */
    FabricFixture(IdentityStore store) {
        identities = store;
        orderer = identities.identity("OrdererMSP", "orderer", false);
        app = identities.identity("CommunityMSP", "demo-app", false);
        communityPeer = identities.identity("CommunityMSP", "peer0", false);
        bankPeer = identities.identity("BankMSP", "peer0", false);
        auditPeer = identities.identity("AuditMSP", "peer0", false);
        blocks.add(block(List.of(genesisConfig()), new byte[32], new byte[1], false));
    }

    /** An award by CommunityMSP's demo-app, endorsed by CommunityMSP and BankMSP. */
    Tx award(String contributionId, String residentId) {
        String payload = "{\"contributionId\":\"" + contributionId + "\",\"residentId\":\"" + residentId + "\",\"points\":20}";
        return new Tx(app, List.of(communityPeer, bankPeer), "Points:award",
                List.of("{\"contributionId\":\"" + contributionId + "\",\"residentId\":\"" + residentId
                        + "\",\"activityType\":\"patrol\",\"quantity\":1}"),
                "PointsAwarded", payload, List.of("balance\u0000" + residentId, "contribution\u0000" + contributionId), 0,
                Instant.now(), null, null);
    }

    /**
     * A chaincode definition approval ({@code approveformyorg}) by {@code peer}'s organisation, endorsed by its
     * peer alone: a {@code _lifecycle} transaction writing only that organisation's implicit collection.
     */
    Tx approval(LedgerIdentity admin, LedgerIdentity peer) {
        return new Tx(admin, List.of(peer), "ApproveChaincodeDefinitionForMyOrg", List.of("\u0008\u0001"), "", "",
                List.of(), 0, Instant.now(), peer.mspId(), null);
    }

    /**
     * A transaction of the real chaincode ({@link #LEDGER_CHAINCODE}) with its write set, by CommunityMSP's demo-app,
     * endorsed by CommunityMSP and AuditMSP (a majority of the three application organisations).
     */
    Tx ledgerTx(String function, List<String> args, List<KVWrite> ledgerWrites) {
        return new Tx(app, List.of(communityPeer, auditPeer), function, args, "", "", List.of(), 0, Instant.now(), null,
                List.copyOf(ledgerWrites));
    }

    /** Appends a sealed block of these transactions; returns its number. */
    long append(Tx... txs) {
        List<Envelope> envelopes = new ArrayList<>();
        byte[] filter = new byte[txs.length];
        for (int i = 0; i < txs.length; i++) {
            envelopes.add(endorserEnvelope(txs[i]));
            filter[i] = (byte) txs[i].code();
        }
        return add(envelopes, filter);
    }

    /** Appends a sealed block with a config update signed by the orderer (as an orderer wraps one). */
    long appendConfig() {
        ByteString signatureHeader = signatureHeader(orderer, nonce());
        Payload payload = Payload.newBuilder()
                .setHeader(header(HeaderType.CONFIG, "", signatureHeader, Instant.now()))
                .setData(ConfigEnvelope.newBuilder().setConfig(Config.newBuilder().setSequence(1)).build().toByteString())
                .build();
        Envelope envelope = Envelope.newBuilder().setPayload(payload.toByteString())
                .setSignature(ByteString.copyFrom(orderer.sign(payload.toByteArray()))).build();
        return add(List.of(envelope), new byte[1]);
    }

    private long add(List<Envelope> envelopes, byte[] filter) {
        Block previous = blocks.get(blocks.size() - 1);
        blocks.add(block(envelopes, FabricHashes.headerHash(previous.getHeader()), filter, true));
        return blocks.size() - 1;
    }

    Block block(long n) {
        return blocks.get((int) n);
    }

    /** @return the txId of transaction {@code index} of block {@code n} */
    String txId(long n, int index) {
        try {
            Envelope envelope = Envelope.parseFrom(block(n).getData().getData(index));
            return ChannelHeader.parseFrom(Payload.parseFrom(envelope.getPayload()).getHeader().getChannelHeader()).getTxId();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the proof of tx {@code index} of block {@code n} up to {@code checkpoint}, as the gateway README specifies */
    ObjectNode proof(long n, int index, long checkpoint) {
        Block block = block(n);
        int code = Byte.toUnsignedInt(block.getMetadata().getMetadata(2).byteAt(index));
        ObjectNode proof = JSON.createObjectNode();
        proof.put("format", "civic-ledger/proof/1");
        proof.put("ledger", "FABRIC");
        proof.put("channel", CHANNEL);
        proof.put("txId", txId(n, index));
        proof.put("blockNumber", n);
        proof.put("txIndex", index);
        proof.put("validationCode", TxValidationCode.forNumber(code).name());
        proof.put("block", b64(block.toByteArray()));
        ArrayNode headers = proof.putArray("headers");
        for (long h = n + 1; h <= checkpoint; h++) {
            headers.add(b64(block(h).getHeader().toByteArray()));
        }
        proof.put("checkpoint", checkpoint);
        proof.put("checkpointHash", FabricHashes.hex(FabricHashes.headerHash(block(checkpoint).getHeader())));
        proof.put("seal", b64(block(checkpoint).getMetadata().getMetadata(0).toByteArray()));
        return proof;
    }

    /** Writes a trust folder: each organisation's CA certificate as {@code <MSP>.crt}. */
    Path writeTrust(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String msp : MSPS) {
            Files.writeString(dir.resolve(msp + ".crt"), pem(msp));
        }
        return dir;
    }

    /** Writes every block as {@code peer channel fetch} would: {@code civic_<n>.block}. */
    Path writeBlocks(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Block block : blocks) {
            Files.write(dir.resolve(CHANNEL + "_" + block.getHeader().getNumber() + ".block"), block.toByteArray());
        }
        return dir;
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private Block block(List<Envelope> envelopes, byte[] previousHash, byte[] filter, boolean sealed) {
        BlockData data = BlockData.newBuilder().addAllData(envelopes.stream().map(Envelope::toByteString).toList()).build();
        BlockHeader header = BlockHeader.newBuilder().setNumber(blocks.size())
                .setPreviousHash(ByteString.copyFrom(previousHash))
                .setDataHash(ByteString.copyFrom(FabricHashes.dataHash(data))).build();
        Metadata signatures = sealed ? seal(header, orderer) : Metadata.getDefaultInstance();
        BlockMetadata metadata = BlockMetadata.newBuilder().addMetadata(signatures.toByteString())
                .addMetadata(ByteString.EMPTY).addMetadata(ByteString.copyFrom(filter)).addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY).build();
        return Block.newBuilder().setHeader(header).setData(data).setMetadata(metadata).build();
    }

    /** @return SIGNATURES metadata: {@code signer}'s signature over value ‖ signature header ‖ DER(header) */
    static Metadata seal(BlockHeader header, LedgerIdentity signer) {
        ByteString value = OrdererBlockMetadata.newBuilder().setLastConfig(LastConfig.newBuilder().setIndex(0)).build()
                .toByteString();
        ByteString signatureHeader = signatureHeader(signer, nonce());
        byte[] signed = value.concat(signatureHeader).concat(ByteString.copyFrom(FabricHashes.headerBytes(header)))
                .toByteArray();
        return Metadata.newBuilder().setValue(value).addSignatures(MetadataSignature.newBuilder()
                .setSignatureHeader(signatureHeader).setSignature(ByteString.copyFrom(signer.sign(signed)))).build();
    }

    private Envelope genesisConfig() {
        Payload payload = Payload.newBuilder()
                .setHeader(header(HeaderType.CONFIG, "", ByteString.EMPTY, Instant.now()))
                .setData(ConfigEnvelope.newBuilder().setConfig(Config.newBuilder()).build().toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    Envelope endorserEnvelope(Tx tx) {
        String chaincode = tx.approvalOf() != null ? "_lifecycle" : tx.ledgerWrites() != null ? LEDGER_CHAINCODE : CHAINCODE;
        ByteString nonce = nonce();
        ByteString signatureHeader = signatureHeader(tx.creator(), nonce);
        String txId = FabricHashes.hex(FabricHashes.sha256(nonce.toByteArray(), tx.creator().serialized()));
        Header header = header(HeaderType.ENDORSER_TRANSACTION, txId, signatureHeader, tx.time());
        List<ByteString> args = new ArrayList<>();
        args.add(ByteString.copyFromUtf8(tx.function()));
        tx.args().forEach(a -> args.add(ByteString.copyFromUtf8(a)));
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec
                .newBuilder().setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
                .setInput(ChaincodeInput.newBuilder().addAllArgs(args))).build();
        ByteString proposalPayload = ChaincodeProposalPayload.newBuilder().setInput(invocation.toByteString()).build()
                .toByteString();
        KVRWSet.Builder kv = KVRWSet.newBuilder();
        tx.writes().forEach(k -> kv.addWrites(KVWrite.newBuilder().setKey(k).setValue(ByteString.copyFromUtf8("{}"))));
        if (tx.ledgerWrites() != null) {
            kv.addAllWrites(tx.ledgerWrites());
        }
        NsReadWriteSet.Builder lifecycle = NsReadWriteSet.newBuilder().setNamespace("_lifecycle")
                .setRwset(KVRWSet.getDefaultInstance().toByteString());
        if (tx.approvalOf() != null) {
            lifecycle.addCollectionHashedRwset(CollectionHashedReadWriteSet.newBuilder()
                    .setCollectionName("_implicit_org_" + tx.approvalOf())
                    .setHashedRwset(HashedRWSet.newBuilder().addHashedWrites(KVWriteHash.newBuilder()
                            .setKeyHash(ByteString.copyFrom(FabricHashes.sha256(utf8("namespaces/fields/civic#1/Sequence"))))
                            .setValueHash(ByteString.copyFrom(FabricHashes.sha256(utf8("1"))))).build().toByteString()));
        }
        TxReadWriteSet.Builder results = TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV)
                .addNsRwset(lifecycle);
        if (tx.approvalOf() == null) {
            results.addNsRwset(NsReadWriteSet.newBuilder().setNamespace(chaincode).setRwset(kv.build().toByteString()));
        }
        ChaincodeAction action = ChaincodeAction.newBuilder().setChaincodeId(ChaincodeID.newBuilder().setName(chaincode)
                        .setVersion("1.0"))
                .setResults(results.build().toByteString())
                .setEvents(ChaincodeEvent.newBuilder().setChaincodeId(CHAINCODE).setTxId(txId).setEventName(tx.eventName())
                                .setPayload(ByteString.copyFromUtf8(tx.eventPayload())).build().toByteString())
                .setResponse(Response.newBuilder().setStatus(200)).build();
        byte[] proposalHash = FabricHashes.sha256(header.getChannelHeader().toByteArray(),
                header.getSignatureHeader().toByteArray(), proposalPayload.toByteArray());
        ByteString response = ProposalResponsePayload.newBuilder().setProposalHash(ByteString.copyFrom(proposalHash))
                .setExtension(action.toByteString()).build().toByteString();
        ChaincodeEndorsedAction.Builder endorsed = ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(response);
        for (LedgerIdentity endorser : tx.endorsers()) {
            ByteString id = ByteString.copyFrom(endorser.serialized());
            endorsed.addEndorsements(Endorsement.newBuilder().setEndorser(id)
                    .setSignature(ByteString.copyFrom(endorser.sign(response.concat(id).toByteArray()))));
        }
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(proposalPayload).setAction(endorsed).build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setHeader(signatureHeader).setPayload(actionPayload.toByteString())).build();
        Payload payload = Payload.newBuilder().setHeader(header).setData(transaction.toByteString()).build();
        ByteString payloadBytes = payload.toByteString();
        return Envelope.newBuilder().setPayload(payloadBytes)
                .setSignature(ByteString.copyFrom(tx.creator().sign(payloadBytes.toByteArray()))).build();
    }

    private static Header header(HeaderType type, String txId, ByteString signatureHeader, Instant time) {
        ChannelHeader channel = ChannelHeader.newBuilder().setType(type.getNumber()).setChannelId(CHANNEL).setTxId(txId)
                .setTimestamp(Timestamp.newBuilder().setSeconds(time.getEpochSecond()).setNanos(time.getNano()))
                .build();
        return Header.newBuilder().setChannelHeader(channel.toByteString()).setSignatureHeader(signatureHeader).build();
    }

    static ByteString signatureHeader(LedgerIdentity signer, ByteString nonce) {
        return SignatureHeader.newBuilder().setCreator(ByteString.copyFrom(signer.serialized())).setNonce(nonce).build()
                .toByteString();
    }

    private static ByteString nonce() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return ByteString.copyFrom(nonce);
    }

    String pem(String mspId) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(identities.caCertificate(mspId).getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
