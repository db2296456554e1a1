package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Set;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.SignatureHeader;

/**
 * An orderer's seal on a block: the block's {@code SIGNATURES} metadata ({@code common.Metadata}). Each
 * {@code MetadataSignature} names its orderer in its signature header and signs
 * {@code value ‖ signature_header ‖ DER(header)}. A seal needs at least one signature, and every one it
 * carries must verify, by a certificate a trusted CA of an orderer MSP issued.
 */
final class FabricSeal {
    private final FabricSigners signers;
    private final Set<String> ordererMsps;

    FabricSeal(FabricSigners signers, Set<String> ordererMsps) {
        this.signers = signers;
        this.ordererMsps = ordererMsps;
    }

    /** @return the block's own SIGNATURES metadata bytes (empty when it has none) */
    static ByteString signaturesOf(Block block) {
        return block.getMetadata().getMetadataCount() > BlockMetadataIndex.SIGNATURES_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE) : ByteString.EMPTY;
    }

    /** @return whether the metadata carries no signature at all (the genesis block's case) */
    static boolean unsigned(ByteString metadata) {
        try {
            return Metadata.parseFrom(metadata).getSignaturesCount() == 0;
        } catch (InvalidProtocolBufferException e) {
            return false;
        }
    }

    /**
     * @param at "seal" or "block 17", for the message
     * @return the first orderer that signed
     */
    FabricSigners.Signer verify(String at, ByteString metadataBytes, BlockHeader header) throws VerificationFailure {
        Metadata metadata;
        try {
            metadata = Metadata.parseFrom(metadataBytes);
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the orderer signature metadata cannot be read (" + e.getMessage() + ")");
        }
        if (metadata.getSignaturesCount() == 0) {
            throw new VerificationFailure(at + ": no orderer signature");
        }
        byte[] headerBytes = FabricHashes.headerBytes(header);
        FabricSigners.Signer first = null;
        for (int i = 0; i < metadata.getSignaturesCount(); i++) {
            MetadataSignature signature = metadata.getSignatures(i);
            String sat = metadata.getSignaturesCount() == 1 ? at : at + " signature " + i;
            ByteString creator;
            try {
                creator = SignatureHeader.parseFrom(signature.getSignatureHeader()).getCreator();
            } catch (InvalidProtocolBufferException e) {
                throw new VerificationFailure(sat + ": the orderer's signature header cannot be read");
            }
            if (creator.isEmpty()) {
                throw new VerificationFailure(sat + ": the orderer signature names no orderer certificate"
                        + " (BFT consenter identifiers are not supported)");
            }
            FabricSigners.Signer orderer = signers.signer(creator, sat, "orderer");
            if (!ordererMsps.contains(orderer.mspId())) {
                throw new VerificationFailure(sat + ": signed by " + orderer.name() + ", not by an orderer MSP ("
                        + String.join(", ", ordererMsps) + ")");
            }
            byte[] signed = metadata.getValue().concat(signature.getSignatureHeader())
                    .concat(ByteString.copyFrom(headerBytes)).toByteArray();
            FabricSigners.verify(orderer, signed, signature.getSignature(), sat, "orderer signature");
            if (first == null) {
                first = orderer;
            }
        }
        return first;
    }
}
