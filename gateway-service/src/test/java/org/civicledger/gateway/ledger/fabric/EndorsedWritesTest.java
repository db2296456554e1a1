package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.ledger.ConflictRetry;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWriteHash;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the Fabric adapter submits (only what writes) and how it ends a conflicting one (CONTENDED). */
class EndorsedWritesTest {
    private static final KVRead READ = KVRead.newBuilder().setKey("contribution/c1").build();

    @Nested
    class WritesNothing {
        @Test
        void is_true_for_a_replay_that_only_read() {
            assertTrue(EndorsedWrites.writesNothing(prepared(KVRWSet.newBuilder().addReads(READ).build(), null, null)));
        }

        @Test
        void is_false_for_a_write_a_delete_or_a_metadata_write() {
            KVRWSet write = KVRWSet.newBuilder().addReads(READ).addWrites(KVWrite.newBuilder().setKey("account/r")
                    .setValue(ByteString.copyFromUtf8("{}"))).build();
            KVRWSet delete = KVRWSet.newBuilder().addWrites(KVWrite.newBuilder().setKey("receivable/m/1")
                    .setIsDelete(true)).build();
            KVRWSet metadata = KVRWSet.newBuilder().addMetadataWrites(
                    org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataWrite.newBuilder().setKey("k")).build();
            assertFalse(EndorsedWrites.writesNothing(prepared(write, null, null)));
            assertFalse(EndorsedWrites.writesNothing(prepared(delete, null, null)));
            assertFalse(EndorsedWrites.writesNothing(prepared(metadata, null, null)));
        }

        @Test
        void is_false_for_a_private_collection_write_or_an_event_alone() {
            HashedRWSet hashed = HashedRWSet.newBuilder().addHashedWrites(KVWriteHash.newBuilder()
                    .setKeyHash(ByteString.copyFromUtf8("h"))).build();
            assertFalse(EndorsedWrites.writesNothing(prepared(KVRWSet.getDefaultInstance(), hashed, null)));
            assertFalse(EndorsedWrites.writesNothing(prepared(KVRWSet.getDefaultInstance(), null, "ConsentRevoked")));
        }

        @Test
        void is_false_for_bytes_it_cannot_read() {
            assertFalse(EndorsedWrites.writesNothing(new byte[] {1, 2, 3}));
        }
    }

    @Nested
    class Invalidated {
        private final ConflictRetry oneAttempt = ConflictRetry.fabric(1);

        @Test
        void a_conflict_with_attempts_left_is_endorsed_again() {
            assertNull(FabricLedger.invalidated(TxValidationCode.MVCC_READ_CONFLICT, 1, ConflictRetry.fabric(2), "t"));
            assertNull(FabricLedger.invalidated(TxValidationCode.PHANTOM_READ_CONFLICT, 1, ConflictRetry.fabric(2), "t"));
        }

        @Test
        void a_conflict_on_the_last_attempt_is_CONTENDED_not_LEDGER_UNAVAILABLE() {
            for (TxValidationCode code : new TxValidationCode[] {TxValidationCode.MVCC_READ_CONFLICT,
                TxValidationCode.PHANTOM_READ_CONFLICT}) {
                LedgerRefusal refusal = FabricLedger.invalidated(code, 1, oneAttempt, "t1");
                assertEquals(ErrorCode.CONTENDED, refusal.code());
                assertEquals("t1", refusal.txId());
                assertTrue(refusal.getMessage().contains(code.name()));
            }
        }

        @Test
        void any_other_invalidation_is_LEDGER_UNAVAILABLE() {
            assertEquals(ErrorCode.LEDGER_UNAVAILABLE, FabricLedger.invalidated(
                    TxValidationCode.ENDORSEMENT_POLICY_FAILURE, 1, ConflictRetry.fabric(5), "t").code());
        }
    }

    /** A PreparedTransaction as the Fabric Gateway returns it from endorse(): one action, one namespace. */
    private static byte[] prepared(KVRWSet kv, HashedRWSet collection, String eventName) {
        NsReadWriteSet.Builder ns = NsReadWriteSet.newBuilder().setNamespace("civic-ledger").setRwset(kv.toByteString());
        if (collection != null) {
            ns.addCollectionHashedRwset(CollectionHashedReadWriteSet.newBuilder().setCollectionName("private")
                    .setHashedRwset(collection.toByteString()));
        }
        ChaincodeAction.Builder result = ChaincodeAction.newBuilder()
                .setResults(TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV).addNsRwset(ns)
                        .build().toByteString());
        if (eventName != null) {
            result.setEvents(ChaincodeEvent.newBuilder().setEventName(eventName).setChaincodeId("civic-ledger")
                    .build().toByteString());
        }
        ChaincodeActionPayload action = ChaincodeActionPayload.newBuilder().setAction(ChaincodeEndorsedAction
                .newBuilder().setProposalResponsePayload(ProposalResponsePayload.newBuilder()
                        .setExtension(result.build().toByteString()).build().toByteString())).build();
        Transaction transaction = Transaction.newBuilder().addActions(TransactionAction.newBuilder()
                .setPayload(action.toByteString())).build();
        Payload payload = Payload.newBuilder().setData(transaction.toByteString()).build();
        return PreparedTransaction.newBuilder().setTransactionId("t")
                .setEnvelope(Envelope.newBuilder().setPayload(payload.toByteString())).build().toByteArray();
    }
}
