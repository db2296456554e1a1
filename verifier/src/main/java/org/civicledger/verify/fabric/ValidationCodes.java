package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A block's {@code TRANSACTIONS_FILTER} metadata: one validation code byte per transaction, written by
 * each peer as it validates. The orderer's signature does not cover it: it is the peer's word.
 */
final class ValidationCodes {
    private final ByteString filter;

    ValidationCodes(Block block) {
        filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) : ByteString.EMPTY;
    }

    /** @return the code of transaction {@code index}, null when unknown to Fabric's enum */
    TxValidationCode code(int index, String at) throws VerificationFailure {
        if (index >= filter.size()) {
            throw new VerificationFailure(at + ": the block's transactions filter has no validation code for it");
        }
        return TxValidationCode.forNumber(Byte.toUnsignedInt(filter.byteAt(index)));
    }

    static String name(TxValidationCode code, int index, ValidationCodes codes) {
        return code != null ? code.name() : "UNKNOWN_" + Byte.toUnsignedInt(codes.filter.byteAt(index));
    }
}
