package org.civicledger.verify.fabric;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Set;
import java.util.TreeSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;

/**
 * A chaincode definition approval ({@code peer lifecycle chaincode approveformyorg}): a {@code _lifecycle}
 * transaction that writes only into organisations' implicit collections ({@code _implicit_org_<MSP>}).
 * Fabric validates such writes by the collection's own endorsement policy, the organisation's endorsement,
 * not by the channel's MAJORITY: so a real channel's approvals carry one endorsement each.
 */
final class LifecycleApproval {
    static final String LIFECYCLE = "_lifecycle";
    static final String IMPLICIT_PREFIX = "_implicit_org_";

    private LifecycleApproval() {
    }

    /**
     * @return the organisations whose implicit collections the action writes, when it is a {@code _lifecycle}
     *         action that writes nothing else; empty otherwise (then the channel's policy applies)
     */
    static Set<String> organisations(ChaincodeAction action) {
        if (!LIFECYCLE.equals(action.getChaincodeId().getName()) || action.getResults().isEmpty()) {
            return Set.of();
        }
        Set<String> orgs = new TreeSet<>();
        try {
            for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
                KVRWSet kv = KVRWSet.parseFrom(ns.getRwset());
                if (kv.getWritesCount() > 0 || kv.getMetadataWritesCount() > 0) {
                    return Set.of();
                }
                for (CollectionHashedReadWriteSet collection : ns.getCollectionHashedRwsetList()) {
                    HashedRWSet hashed = HashedRWSet.parseFrom(collection.getHashedRwset());
                    if (hashed.getHashedWritesCount() == 0 && hashed.getMetadataWritesCount() == 0) {
                        continue;
                    }
                    if (!LIFECYCLE.equals(ns.getNamespace())
                            || !collection.getCollectionName().startsWith(IMPLICIT_PREFIX)) {
                        return Set.of();
                    }
                    orgs.add(collection.getCollectionName().substring(IMPLICIT_PREFIX.length()));
                }
            }
        } catch (InvalidProtocolBufferException e) {
            return Set.of();
        }
        return orgs;
    }

    /** @return e.g. "a chaincode approval of BankMSP, endorsed by its own organisation" */
    static String describe(Set<String> orgs) {
        return "a chaincode approval of " + String.join(", ", orgs) + ", endorsed by its own organisation";
    }
}
