package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.civicledger.verify.StateReplay;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * The public writes of one namespace in a VALID endorser transaction, as a committing peer applies them to
 * its world state: every action's {@code TxReadWriteSet}, the {@code KVRWSet} of that namespace, each write in
 * order; a write marked {@code is_delete}, or with an empty value, removes the key (Fabric's
 * {@code rwsetutil.IsKVWriteDelete}: a peer commits an empty value as a delete). Other namespaces ({@code _lifecycle}, other chaincodes) and
 * private data collections are skipped. The bytes are those {@link FabricTransactions} just verified.
 */
final class FabricWrites {
    /** The chaincode whose namespace holds the points books: the name {@code network/} deploys it under. */
    static final String CHAINCODE = "civic-ledger";

    private FabricWrites() {
    }

    /** @return how many writes of {@code namespace} were applied */
    static long apply(String at, ByteString envelopeBytes, String namespace, StateReplay state) throws VerificationFailure {
        long applied = 0;
        try {
            Transaction transaction = Transaction.parseFrom(Payload.parseFrom(Envelope.parseFrom(envelopeBytes)
                    .getPayload()).getData());
            for (TransactionAction action : transaction.getActionsList()) {
                ChaincodeActionPayload payload = ChaincodeActionPayload.parseFrom(action.getPayload());
                ChaincodeAction result = ChaincodeAction.parseFrom(ProposalResponsePayload
                        .parseFrom(payload.getAction().getProposalResponsePayload()).getExtension());
                for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(result.getResults()).getNsRwsetList()) {
                    if (!namespace.equals(ns.getNamespace())) {
                        continue;
                    }
                    for (KVWrite write : KVRWSet.parseFrom(ns.getRwset()).getWritesList()) {
                        try {
                            boolean delete = write.getIsDelete() || write.getValue().isEmpty();
                            state.write(write.getKey(), delete ? null : write.getValue().toByteArray());
                        } catch (VerificationFailure e) {
                            throw new VerificationFailure(at + ": " + e.getMessage());
                        }
                        applied++;
                    }
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the write set cannot be read (" + e.getMessage() + ")");
        }
        return applied;
    }
}
