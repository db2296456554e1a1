package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.function.LongFunction;
import org.civicledger.gateway.ledger.IntegrityProgress;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.common.Payload;

/**
 * Verifies a Fabric channel's chain as an auditor would, from the blocks alone: every block's number,
 * previous-block hash and data hash; the orderer's signature on every block after the genesis block;
 * and for every valid transaction the creator's signature and each endorsement — each signer's
 * certificate checked against the CAs the channel configuration in force at that block trusts.
 * Reports the first block that fails. The world state is each peer's own (every peer validates the
 * same blocks), so it is not part of this report ({@code stateVerified} is null).
 */
final class FabricIntegrity {
    private final LongFunction<Block> blocks;

    /** @param blocks block {@code n} of the channel */
    FabricIntegrity(LongFunction<Block> blocks) {
        this.blocks = blocks;
    }

    /** @param progress told {@code height} first, then each block checked */
    IntegrityReport verify(long height, IntegrityProgress progress) {
        progress.checked(0, height);
        ChannelMsps msps = null;
        byte[] previousHash = null;
        for (long n = 0; n < height; n++) {
            Block block;
            try {
                block = blocks.apply(n);
            } catch (RuntimeException e) {
                return bad(height, n, "block " + n + " cannot be read: " + e.getMessage());
            }
            String problem;
            try {
                if (isConfig(block)) {
                    // A config block is checked against the configuration in force before it (none for the genesis block).
                    problem = check(block, n, previousHash, msps);
                    msps = ChannelMsps.fromConfigEnvelope(block.getData().getData(0));
                } else {
                    problem = msps == null ? "no channel configuration precedes block " + n
                            : check(block, n, previousHash, msps);
                }
            } catch (RuntimeException | InvalidProtocolBufferException e) {
                problem = "block " + n + " cannot be parsed: " + e.getMessage();
            }
            if (problem != null) {
                return bad(height, n, problem);
            }
            previousHash = FabricBlocks.headerHash(block.getHeader());
            progress.checked(n + 1, height);
        }
        return new IntegrityReport(true, height, height, null, null, null);
    }

    private static IntegrityReport bad(long height, long n, String problem) {
        return new IntegrityReport(false, height, n, n, null, problem);
    }

    private static String check(Block block, long n, byte[] previousHash, ChannelMsps msps)
            throws InvalidProtocolBufferException {
        if (block.getHeader().getNumber() != n) {
            return "block " + n + " carries number " + block.getHeader().getNumber();
        }
        if (previousHash != null && !Arrays.equals(previousHash, block.getHeader().getPreviousHash().toByteArray())) {
            return "block " + n + " does not name the hash of block " + (n - 1) + " as its previous hash";
        }
        if (!Arrays.equals(FabricBlocks.dataHash(block.getData()), block.getHeader().getDataHash().toByteArray())) {
            return "block " + n + "'s data hash does not match its transactions";
        }
        if (msps == null) {
            return n == 0 ? null : "block " + n + " has no channel configuration to check it against";
        }
        String signatures = ordererSignatures(block, n, msps);
        return signatures != null ? signatures : transactionSignatures(block, n, msps);
    }

    private static String ordererSignatures(Block block, long n, ChannelMsps msps) throws InvalidProtocolBufferException {
        if (block.getMetadata().getMetadataCount() <= BlockMetadataIndex.SIGNATURES_VALUE) {
            return "block " + n + " has no orderer signature";
        }
        String problem = sealProblem(block.getHeader(), block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE),
                msps);
        return problem == null ? null : "block " + n + "'s " + problem;
    }

    /**
     * @param signatures a block's {@code SIGNATURES} metadata (a {@code common.Metadata})
     * @return null when it holds at least one orderer signature and each verifies over
     *     {@code value ‖ signatureHeader ‖ DER(header)} by a signer of the channel; otherwise why not
     */
    static String sealProblem(BlockHeader header, ByteString signatures, ChannelMsps msps)
            throws InvalidProtocolBufferException {
        Metadata metadata = Metadata.parseFrom(signatures);
        if (metadata.getSignaturesCount() == 0) {
            return "orderer signature is missing";
        }
        byte[] headerBytes = FabricBlocks.headerBytes(header);
        for (MetadataSignature signature : metadata.getSignaturesList()) {
            ByteString signed = metadata.getValue().concat(signature.getSignatureHeader())
                    .concat(ByteString.copyFrom(headerBytes));
            ByteString creator = SignatureHeader.parseFrom(signature.getSignatureHeader()).getCreator();
            String problem = msps.problem(creator, signed.toByteArray(), signature.getSignature().toByteArray());
            if (problem != null) {
                return "orderer signature: " + problem;
            }
        }
        return null;
    }

    private static String transactionSignatures(Block block, long n, ChannelMsps msps)
            throws InvalidProtocolBufferException {
        for (FabricBlocks.ParsedTx tx : FabricBlocks.transactions(block)) {
            if (!tx.valid() || tx.type() != HeaderType.ENDORSER_TRANSACTION) {
                continue;
            }
            String problem = signatureProblem(block.getData().getData(tx.index()), msps);
            if (problem != null) {
                return "block " + n + ", transaction " + tx.index() + " (" + tx.txId() + "): " + problem;
            }
        }
        return null;
    }

    /**
     * @param envelope an endorser transaction's {@code common.Envelope}
     * @return null when its creator's signature and each of its endorsements verify by signers of the channel, and it
     *     has at least one endorsement; otherwise why not
     */
    static String signatureProblem(ByteString envelope, ChannelMsps msps) throws InvalidProtocolBufferException {
        Envelope parsed = Envelope.parseFrom(envelope);
        Payload payload = Payload.parseFrom(parsed.getPayload());
        ByteString creator = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader()).getCreator();
        String problem = msps.problem(creator, parsed.getPayload().toByteArray(), parsed.getSignature().toByteArray());
        return problem != null ? problem : endorsements(Transaction.parseFrom(payload.getData()), msps);
    }

    private static String endorsements(Transaction transaction, ChannelMsps msps) throws InvalidProtocolBufferException {
        for (TransactionAction action : transaction.getActionsList()) {
            ChaincodeActionPayload payload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ByteString response = payload.getAction().getProposalResponsePayload();
            if (payload.getAction().getEndorsementsCount() == 0) {
                return "no endorsement";
            }
            for (Endorsement endorsement : payload.getAction().getEndorsementsList()) {
                String problem = msps.problem(endorsement.getEndorser(),
                        response.concat(endorsement.getEndorser()).toByteArray(), endorsement.getSignature().toByteArray());
                if (problem != null) {
                    return "endorsement: " + problem;
                }
            }
        }
        return null;
    }

    private static boolean isConfig(Block block) throws InvalidProtocolBufferException {
        if (block.getData().getDataCount() != 1) {
            return false;
        }
        Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
        return org.hyperledger.fabric.protos.common.ChannelHeader.parseFrom(payload.getHeader().getChannelHeader())
                .getType() == HeaderType.CONFIG_VALUE;
    }
}
