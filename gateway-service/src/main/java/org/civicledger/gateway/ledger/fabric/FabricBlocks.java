package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.identity.Creator;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.TxInfo;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Fabric's own blocks as auditors see them: header hashes computed as Fabric computes them, and each
 * transaction's creator, endorsing organisations, function, arguments, validation code and chaincode
 * event read from the block itself. Pure functions over the protobuf messages.
 */
final class FabricBlocks {
    private static final HexFormat HEX = HexFormat.of();

    private FabricBlocks() {
    }

    /** One transaction of a block, parsed. {@code function} and {@code events} are empty for config transactions. */
    record ParsedTx(int index, String txId, HeaderType type, String validationCode, byte[] creator, String time,
                    String function, List<String> arguments, List<String> endorsingMsps, String chaincode,
                    List<ChaincodeEvent> events) {

        boolean valid() {
            return TxValidationCode.VALID.name().equals(validationCode);
        }
    }

    /** @return the bytes Fabric hashes for a block header: DER SEQUENCE {number, previousHash, dataHash} */
    static byte[] headerBytes(BlockHeader header) {
        try {
            return new DERSequence(new ASN1Encodable[] {
                new ASN1Integer(new BigInteger(Long.toUnsignedString(header.getNumber()))),
                new DEROctetString(header.getPreviousHash().toByteArray()),
                new DEROctetString(header.getDataHash().toByteArray())}).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the block's hash (SHA-256 of its header bytes), as the next block's previous hash names it */
    static byte[] headerHash(BlockHeader header) {
        return Sha256.of(headerBytes(header));
    }

    /** @return SHA-256 of the concatenated envelopes: the data hash the header must carry */
    static byte[] dataHash(BlockData data) {
        MessageDigest digest = Sha256.digest();
        data.getDataList().forEach(envelope -> digest.update(envelope.toByteArray()));
        return digest.digest();
    }

    static BlockInfo info(Block block) {
        List<ParsedTx> txs = transactions(block);
        String time = txs.isEmpty() ? null : txs.get(0).time();
        return new BlockInfo(block.getHeader().getNumber(), hex(headerHash(block.getHeader())),
                hex(block.getHeader().getPreviousHash()), hex(block.getHeader().getDataHash()), null, time,
                txs.stream().map(ParsedTx::txId).toList(), java.util.Collections.unmodifiableList(txs.stream()
                        .map(tx -> tx.valid() ? LedgerEvent.communityOf(events(block.getHeader().getNumber(), tx))
                                : null).toList()),
                // configtxgen's genesis block names no creator: null there
                java.util.Collections.unmodifiableList(txs.stream()
                        .map(tx -> Creator.parse(tx.creator()).map(Creator::mspId).orElse(null)).toList()),
                txs.stream().map(ParsedTx::validationCode).toList(), null);
    }

    static TxInfo txInfo(long blockNumber, ParsedTx tx) {
        Creator creator = Creator.parse(tx.creator()).orElse(new Creator(null, null));
        List<LedgerEvent> events = tx.valid() ? events(blockNumber, tx) : List.of();
        return new TxInfo(tx.txId(), blockNumber, tx.index(), tx.validationCode(), creator.mspId(), creator.clientId(),
                tx.endorsingMsps().stream().map(TxInfo.Endorsement::new).toList(), tx.time(), tx.function(),
                tx.arguments(), events);
    }

    /** @return the chaincode events of a transaction as ledger events at {@code block:tx} */
    static List<LedgerEvent> events(long blockNumber, ParsedTx tx) {
        return tx.events().stream().map(e -> new LedgerEvent(LedgerEvent.position(blockNumber, tx.index()),
                blockNumber, tx.index(), tx.txId(), e.getEventName(), e.getPayload().toStringUtf8())).toList();
    }

    /** @return every transaction of the block, in order, with its validation code from the block metadata */
    static List<ParsedTx> transactions(Block block) {
        ByteString filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) : ByteString.EMPTY;
        List<ParsedTx> result = new ArrayList<>();
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            String code = i < filter.size() ? codeName(filter.byteAt(i)) : "NOT_VALIDATED";
            result.add(parse(i, block.getData().getData(i), code));
        }
        return result;
    }

    static ParsedTx parse(int index, ByteString envelopeBytes, String validationCode) {
        try {
            Envelope envelope = Envelope.parseFrom(envelopeBytes);
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            SignatureHeader signature = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
            HeaderType type = HeaderType.forNumber(channel.getType());
            String time = time(channel.getTimestamp());
            if (type != HeaderType.ENDORSER_TRANSACTION) {
                return new ParsedTx(index, channel.getTxId(), type, validationCode, signature.getCreator().toByteArray(),
                        time, "", List.of(), List.of(), "", List.of());
            }
            return endorserTransaction(index, channel, signature, time, validationCode,
                    Transaction.parseFrom(payload.getData()));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("transaction " + index + " of the block cannot be read: " + e.getMessage(), e);
        }
    }

    private static ParsedTx endorserTransaction(int index, ChannelHeader channel, SignatureHeader signature,
            String time, String validationCode, Transaction transaction) throws InvalidProtocolBufferException {
        String function = "";
        List<String> arguments = new ArrayList<>();
        List<String> endorsers = new ArrayList<>();
        List<ChaincodeEvent> events = new ArrayList<>();
        String chaincode = "";
        for (TransactionAction action : transaction.getActionsList()) {
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(actionPayload.getChaincodeProposalPayload()).getInput());
            List<ByteString> args = invocation.getChaincodeSpec().getInput().getArgsList();
            if (!args.isEmpty()) {
                function = args.get(0).toString(StandardCharsets.UTF_8);
                args.subList(1, args.size()).forEach(a -> arguments.add(a.toString(StandardCharsets.UTF_8)));
            }
            for (Endorsement endorsement : actionPayload.getAction().getEndorsementsList()) {
                Creator.parse(endorsement.getEndorser().toByteArray()).map(Creator::mspId).ifPresent(endorsers::add);
            }
            ChaincodeAction result = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                    actionPayload.getAction().getProposalResponsePayload()).getExtension());
            chaincode = result.getChaincodeId().getName();
            if (!result.getEvents().isEmpty()) {
                ChaincodeEvent event = ChaincodeEvent.parseFrom(result.getEvents());
                if (!event.getEventName().isEmpty()) {
                    events.add(event);
                }
            }
        }
        return new ParsedTx(index, channel.getTxId(), HeaderType.ENDORSER_TRANSACTION, validationCode,
                signature.getCreator().toByteArray(), time, function, List.copyOf(arguments), List.copyOf(endorsers),
                chaincode, List.copyOf(events));
    }

    private static String codeName(byte code) {
        TxValidationCode known = TxValidationCode.forNumber(Byte.toUnsignedInt(code));
        return known == null ? "UNKNOWN_" + Byte.toUnsignedInt(code) : known.name();
    }

    private static String time(Timestamp timestamp) {
        if (timestamp.getSeconds() == 0 && timestamp.getNanos() == 0) {
            return null;
        }
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String hex(ByteString bytes) {
        return hex(bytes.toByteArray());
    }
}
