package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A block's {@code TRANSACTIONS_FILTER} metadata: one validation code byte per transaction, written by
 * each peer as it validates. The orderer's signature does not cover it: it is the peer's word. A block as
 * an orderer delivers it ({@code peer channel fetch} from an orderer) has none: no peer validated it.
 */
final class ValidationCodes {
    private final ByteString filter;

    ValidationCodes(Block block) {
        filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) : ByteString.EMPTY;
    }

    /** @return whether a peer wrote the block's validation codes */
    boolean present() {
        return !filter.isEmpty();
    }

    /** @return the code of transaction {@code index}, null when unknown to Fabric's enum */
    TxValidationCode code(int index, String at) throws VerificationFailure {
        if (index >= filter.size()) {
            throw new VerificationFailure(at + ": the block's transactions filter has no validation code for it");
        }
        return TxValidationCode.forNumber(Byte.toUnsignedInt(filter.byteAt(index)));
    }

    /** @return the code's name, e.g. "VALID", "MVCC_READ_CONFLICT", or "UNKNOWN_n" */
    String name(int index) {
        TxValidationCode code = TxValidationCode.forNumber(Byte.toUnsignedInt(filter.byteAt(index)));
        return code != null ? code.name() : "UNKNOWN_" + Byte.toUnsignedInt(filter.byteAt(index));
    }
}
