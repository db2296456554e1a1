package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
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
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * Builds Fabric blocks the way a network does — a config block naming the organisations' CAs, then
 * blocks of endorser transactions signed by their creators and endorsers and sealed by an orderer's
 * signature — with identities from a real {@link IdentityStore}, so the auditor-side code can be
 * checked against blocks whose every byte is known (and tampered with).
 */
final class FabricChain {
    static final String CHANNEL = "civic";
    static final String CHAINCODE = "civic";
    static final String ORDERER_MSP = "OrdererMSP";
    static final String COMMUNITY_MSP = "CommunityMSP";
    static final String BANK_MSP = "BankMSP";

    final IdentityStore identities;
    final LedgerIdentity orderer;
    final LedgerIdentity app;
    final LedgerIdentity communityPeer;
    final LedgerIdentity bankPeer;
    final List<Block> blocks = new ArrayList<>();

    FabricChain(Path dir) {
        identities = IdentityStore.open(dir);
        orderer = identities.identity(ORDERER_MSP, "orderer0", false);
        app = identities.identity(COMMUNITY_MSP, "demo-app", false);
        communityPeer = identities.identity(COMMUNITY_MSP, "peer0", false);
        bankPeer = identities.identity(BANK_MSP, "peer0", false);
        blocks.add(block(List.of(configEnvelope(List.of(COMMUNITY_MSP, BANK_MSP))), new byte[0], false));
    }

    /** One transaction of a block: what it calls, its event, and its validation code (0 = VALID). */
    record Tx(String txId, LedgerIdentity creator, List<String> args, String eventName, String eventPayload, int code) {
        static Tx valid(String txId, LedgerIdentity creator, String eventName, String... args) {
            return new Tx(txId, creator, List.of(args), eventName, "{\"txId\":\"" + txId + "\"}", 0);
        }
    }

    /** Appends a signed block of these transactions; returns it. */
    Block append(Tx... txs) {
        List<Envelope> envelopes = new ArrayList<>();
        byte[] filter = new byte[txs.length];
        for (int i = 0; i < txs.length; i++) {
            envelopes.add(endorserEnvelope(txs[i]));
            filter[i] = (byte) txs[i].code();
        }
        Block previous = blocks.get(blocks.size() - 1);
        Block block = block(envelopes, FabricBlocks.headerHash(previous.getHeader()), true, filter);
        blocks.add(block);
        return block;
    }

    Block block(long n) {
        return blocks.get((int) n);
    }

    private Block block(List<Envelope> envelopes, byte[] previousHash, boolean signed, byte[]... filter) {
        BlockData data = BlockData.newBuilder().addAllData(envelopes.stream().map(Envelope::toByteString).toList())
                .build();
        BlockHeader header = BlockHeader.newBuilder().setNumber(blocks.size())
                .setPreviousHash(ByteString.copyFrom(previousHash))
                .setDataHash(ByteString.copyFrom(FabricBlocks.dataHash(data))).build();
        Metadata signatures = Metadata.getDefaultInstance();
        if (signed) {
            ByteString value = ByteString.copyFromUtf8("orderer-block-metadata");
            ByteString signatureHeader = signatureHeader(orderer);
            byte[] signedBytes = value.concat(signatureHeader).concat(ByteString.copyFrom(FabricBlocks.headerBytes(header)))
                    .toByteArray();
            signatures = Metadata.newBuilder().setValue(value).addSignatures(MetadataSignature.newBuilder()
                    .setSignatureHeader(signatureHeader).setSignature(ByteString.copyFrom(orderer.sign(signedBytes)))).build();
        }
        byte[] validation = filter.length == 0 ? new byte[envelopes.size()] : filter[0];
        BlockMetadata metadata = BlockMetadata.newBuilder().addMetadata(signatures.toByteString())
                .addMetadata(ByteString.EMPTY).addMetadata(ByteString.copyFrom(validation)).addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY).build();
        return Block.newBuilder().setHeader(header).setData(data).setMetadata(metadata).build();
    }

    private Envelope configEnvelope(List<String> peerOrgs) {
        ConfigGroup.Builder application = ConfigGroup.newBuilder();
        peerOrgs.forEach(msp -> application.putGroups(msp, mspGroup(msp)));
        ConfigGroup channel = ConfigGroup.newBuilder().putGroups("Application", application.build())
                .putGroups("Orderer", ConfigGroup.newBuilder().putGroups(ORDERER_MSP, mspGroup(ORDERER_MSP)).build())
                .build();
        ConfigEnvelope config = ConfigEnvelope.newBuilder().setConfig(Config.newBuilder().setChannelGroup(channel)).build();
        Payload payload = Payload.newBuilder().setHeader(header(HeaderType.CONFIG, "", ByteString.EMPTY))
                .setData(config.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    private ConfigGroup mspGroup(String mspId) {
        FabricMSPConfig msp = FabricMSPConfig.newBuilder().setName(mspId)
                .addRootCerts(ByteString.copyFrom(pem(mspId), StandardCharsets.US_ASCII)).build();
        MSPConfig config = MSPConfig.newBuilder().setType(0).setConfig(msp.toByteString()).build();
        return ConfigGroup.newBuilder().putAllValues(Map.of("MSP", ConfigValue.newBuilder()
                .setValue(config.toByteString()).build())).build();
    }

    private String pem(String mspId) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(
                            identities.caCertificate(mspId).getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Envelope endorserEnvelope(Tx tx) {
        ByteString signatureHeader = signatureHeader(tx.creator());
        List<ByteString> args = new ArrayList<>();
        tx.args().forEach(a -> args.add(ByteString.copyFromUtf8(a)));
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.newBuilder().setChaincodeSpec(ChaincodeSpec
                .newBuilder().setChaincodeId(ChaincodeID.newBuilder().setName(CHAINCODE))
                .setInput(ChaincodeInput.newBuilder().addAllArgs(args))).build();
        ChaincodeAction result = ChaincodeAction.newBuilder().setChaincodeId(ChaincodeID.newBuilder().setName(CHAINCODE))
                .setEvents(tx.eventName() == null ? ByteString.EMPTY : ChaincodeEvent.newBuilder()
                        .setChaincodeId(CHAINCODE).setTxId(tx.txId()).setEventName(tx.eventName())
                        .setPayload(ByteString.copyFromUtf8(tx.eventPayload())).build().toByteString())
                .build();
        ByteString response = ProposalResponsePayload.newBuilder().setProposalHash(ByteString.copyFromUtf8("hash"))
                .setExtension(result.toByteString()).build().toByteString();
        ChaincodeEndorsedAction.Builder endorsed = ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(response);
        for (LedgerIdentity endorser : List.of(communityPeer, bankPeer)) {
            ByteString id = ByteString.copyFrom(endorser.serialized());
            endorsed.addEndorsements(Endorsement.newBuilder().setEndorser(id)
                    .setSignature(ByteString.copyFrom(endorser.sign(response.concat(id).toByteArray()))));
        }
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(ChaincodeProposalPayload.newBuilder().setInput(invocation.toByteString())
                        .build().toByteString())
                .setAction(endorsed).build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setHeader(signatureHeader).setPayload(actionPayload.toByteString())).build();
        Payload payload = Payload.newBuilder().setHeader(header(HeaderType.ENDORSER_TRANSACTION, tx.txId(), signatureHeader))
                .setData(transaction.toByteString()).build();
        ByteString payloadBytes = payload.toByteString();
        return Envelope.newBuilder().setPayload(payloadBytes)
                .setSignature(ByteString.copyFrom(tx.creator().sign(payloadBytes.toByteArray()))).build();
    }

    private static Header header(HeaderType type, String txId, ByteString signatureHeader) {
        ChannelHeader channel = ChannelHeader.newBuilder().setType(type.getNumber()).setChannelId(CHANNEL).setTxId(txId)
                .setTimestamp(com.google.protobuf.Timestamp.newBuilder().setSeconds(1_795_000_000L)).build();
        return Header.newBuilder().setChannelHeader(channel.toByteString()).setSignatureHeader(signatureHeader).build();
    }

    private static ByteString signatureHeader(LedgerIdentity signer) {
        return SignatureHeader.newBuilder().setCreator(ByteString.copyFrom(signer.serialized()))
                .setNonce(ByteString.copyFromUtf8("nonce")).build().toByteString();
    }
}
