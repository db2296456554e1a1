package org.civicledger.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * Reads an endorsed transaction's read-write set (the bytes of the Gateway's {@code PreparedTransaction}):
 * whether it writes anything or sets an event. One that does neither — a replay answered from the
 * record its id already holds, a no-op — changes nothing if committed, so it is not submitted at all.
 * Pure functions over the protobuf messages.
 */
final class EndorsedWrites {
    private EndorsedWrites() {
    }

    /**
     * @param preparedTransaction what {@code org.hyperledger.fabric.client.Transaction.getBytes()} returns
     * @return whether no namespace or collection of any action is written and no action sets an event;
     *     false for anything that cannot be read (it is then submitted, as before)
     */
    static boolean writesNothing(byte[] preparedTransaction) {
        try {
            Payload payload = Payload.parseFrom(PreparedTransaction.parseFrom(preparedTransaction).getEnvelope()
                    .getPayload());
            Transaction transaction = Transaction.parseFrom(payload.getData());
            if (transaction.getActionsCount() == 0) {
                return false;
            }
            for (TransactionAction action : transaction.getActionsList()) {
                ChaincodeAction result = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                        ChaincodeActionPayload.parseFrom(action.getPayload()).getAction().getProposalResponsePayload())
                        .getExtension());
                if (setsEvent(result.getEvents()) || writes(TxReadWriteSet.parseFrom(result.getResults()))) {
                    return false;
                }
            }
            return true;
        } catch (InvalidProtocolBufferException e) {
            return false;
        }
    }

    private static boolean setsEvent(ByteString event) throws InvalidProtocolBufferException {
        return !event.isEmpty() && !ChaincodeEvent.parseFrom(event).getEventName().isEmpty();
    }

    private static boolean writes(TxReadWriteSet rwset) throws InvalidProtocolBufferException {
        for (NsReadWriteSet ns : rwset.getNsRwsetList()) {
            KVRWSet kv = KVRWSet.parseFrom(ns.getRwset());
            if (kv.getWritesCount() > 0 || kv.getMetadataWritesCount() > 0) {
                return true;
            }
            for (CollectionHashedReadWriteSet collection : ns.getCollectionHashedRwsetList()) {
                HashedRWSet hashed = HashedRWSet.parseFrom(collection.getHashedRwset());
                if (hashed.getHashedWritesCount() > 0 || hashed.getMetadataWritesCount() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
