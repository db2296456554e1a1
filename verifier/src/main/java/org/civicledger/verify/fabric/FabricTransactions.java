package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
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
 * One Fabric transaction (a {@code common.Envelope} of a block) checked by the rules a committing
 * peer applies that need no world state:
 * <ul>
 *   <li>the creator's certificate is issued by a trusted CA of the MSP it claims and was valid at the
 *       channel header's time; an endorser transaction's id is SHA-256(nonce ‖ creator), as Fabric derives it;</li>
 *   <li>for an endorser transaction, every action's signature header is the envelope's; its proposal
 *       response payload binds to this proposal: {@code proposal_hash} = SHA-256(channel header bytes ‖
 *       signature header bytes ‖ chaincode proposal payload bytes as the transaction carries them), Fabric's
 *       {@code protoutil.GetProposalHash2} (the committer's rule; the client already stripped the transient map,
 *       so it equals the endorser's {@code GetProposalHash1}); every endorsement's signature over
 *       (proposal response payload ‖ endorser) verifies with the endorser's certificate, issued by a trusted CA
 *       of its MSP and valid at that time; the endorsing organisations meet the {@link EndorsementPolicy};</li>
 *   <li>last, the creator's signature over the envelope's payload (checked last so that a change inside the
 *       payload is named by the innermost part it breaks).</li>
 * </ul>
 * Other transaction types (config updates) get the creator's certificate and signature only.
 */
final class FabricTransactions {
    /** Codes a peer gives only after the signature and policy checks passed (MVCC is checked after them). */
    private static final Set<TxValidationCode> CHECKED_CODES = Set.of(TxValidationCode.VALID,
            TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);

    /** A transaction as checked. {@code endorsers}: the distinct MSPs whose endorsement verified. */
    record Checked(String txId, String channel, HeaderType type, Instant time, FabricSigners.Signer creator,
                   List<String> endorsers, String policy, TxContent content, boolean signaturesChecked) {
    }

    private final FabricSigners signers;
    private final EndorsementPolicy policy;

    FabricTransactions(FabricSigners signers, EndorsementPolicy policy) {
        this.signers = signers;
        this.policy = policy;
    }

    EndorsementPolicy policy() {
        return policy;
    }

    /** @return whether a transaction the peer gave {@code code} must pass every signature and policy check */
    static boolean signaturesRequired(TxValidationCode code) {
        return code != null && CHECKED_CODES.contains(code);
    }

    /**
     * @param at              the part, e.g. "block 17 tx 2"
     * @param checkSignatures false for a transaction the peer found invalid before its signatures or policy
     *                        could pass: then only its headers are read
     * @param unsignedGenesis the genesis block's config transaction, which configtxgen leaves unsigned
     * @param expectTxId      the id the proof names (null in a chain)
     * @param expectChannel   the channel the proof names (null in a chain)
     */
    Checked check(String at, ByteString envelopeBytes, boolean checkSignatures, boolean unsignedGenesis,
                  String expectTxId, String expectChannel) throws VerificationFailure {
        Envelope envelope;
        Header header;
        ChannelHeader channel;
        SignatureHeader signature;
        try {
            envelope = Envelope.parseFrom(envelopeBytes);
            header = Payload.parseFrom(envelope.getPayload()).getHeader();
            channel = ChannelHeader.parseFrom(header.getChannelHeader());
            signature = SignatureHeader.parseFrom(header.getSignatureHeader());
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the envelope cannot be read (" + e.getMessage() + ")");
        }
        if (expectTxId != null && !expectTxId.equals(channel.getTxId())) {
            throw new VerificationFailure(at + ": its channel header's txId is " + TxContent.quote(channel.getTxId())
                    + ", not " + TxContent.quote(expectTxId));
        }
        if (expectChannel != null && !expectChannel.equals(channel.getChannelId())) {
            throw new VerificationFailure(at + ": its channel header's channel is "
                    + TxContent.quote(channel.getChannelId()) + ", not " + TxContent.quote(expectChannel));
        }
        HeaderType type = HeaderType.forNumber(channel.getType());
        Instant time = Instant.ofEpochSecond(channel.getTimestamp().getSeconds(), channel.getTimestamp().getNanos());
        boolean endorser = type == HeaderType.ENDORSER_TRANSACTION;
        if (!checkSignatures || (unsignedGenesis && envelope.getSignature().isEmpty() && signature.getCreator().isEmpty())) {
            return new Checked(channel.getTxId(), channel.getChannelId(), type, time, null, List.of(), null,
                    endorser ? contentOrNone(envelope) : TxContent.NONE, false);
        }
        if (!channel.hasTimestamp()) {
            throw new VerificationFailure(at + ": its channel header has no timestamp");
        }
        FabricSigners.Signer creator = signers.signer(signature.getCreator(), at, "creator");
        FabricSigners.validAt(creator, time, at, "creator");
        List<String> endorsers = List.of();
        String rule = null;
        TxContent content = TxContent.NONE;
        if (endorser) {
            String derived = FabricHashes.hex(FabricHashes.sha256(signature.getNonce().toByteArray(),
                    signature.getCreator().toByteArray()));
            if (!derived.equals(channel.getTxId())) {
                throw new VerificationFailure(at + ": its txId is not SHA-256(nonce ‖ creator) of its signature header");
            }
            Actions actions = actions(at, envelope, header, time);
            endorsers = actions.endorsers();
            rule = actions.policy();
            content = actions.content();
        }
        FabricSigners.verify(creator, envelope.getPayload().toByteArray(), envelope.getSignature(), at, "creator signature");
        return new Checked(channel.getTxId(), channel.getChannelId(), type, time, creator, endorsers, rule, content, true);
    }

    private record Actions(List<String> endorsers, TxContent content, String policy) {
    }

    private Actions actions(String at, Envelope envelope, Header header, Instant time) throws VerificationFailure {
        Transaction transaction;
        try {
            transaction = Transaction.parseFrom(Payload.parseFrom(envelope.getPayload()).getData());
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the transaction cannot be read (" + e.getMessage() + ")");
        }
        if (transaction.getActionsCount() == 0) {
            throw new VerificationFailure(at + ": the transaction has no action");
        }
        Set<String> endorsers = new LinkedHashSet<>();
        TxContent content = null;
        String rule = null;
        for (int k = 0; k < transaction.getActionsCount(); k++) {
            TransactionAction action = transaction.getActions(k);
            String aat = transaction.getActionsCount() == 1 ? at : at + " action " + k;
            if (!action.getHeader().equals(header.getSignatureHeader())) {
                throw new VerificationFailure(aat + ": the action's signature header is not the envelope's");
            }
            ChaincodeActionPayload payload;
            ProposalResponsePayload response;
            try {
                payload = ChaincodeActionPayload.parseFrom(action.getPayload());
                response = ProposalResponsePayload.parseFrom(payload.getAction().getProposalResponsePayload());
            } catch (InvalidProtocolBufferException e) {
                throw new VerificationFailure(aat + ": the proposal response payload cannot be read (" + e.getMessage() + ")");
            }
            byte[] proposalHash = FabricHashes.sha256(header.getChannelHeader().toByteArray(),
                    header.getSignatureHeader().toByteArray(), payload.getChaincodeProposalPayload().toByteArray());
            if (!ByteString.copyFrom(proposalHash).equals(response.getProposalHash())) {
                throw new VerificationFailure(aat + ": the proposal response payload's proposal hash does not match"
                        + " this proposal (channel header, signature header, chaincode proposal payload)");
            }
            Set<String> actionEndorsers = new LinkedHashSet<>();
            byte[] responseBytes = payload.getAction().getProposalResponsePayload().toByteArray();
            List<Endorsement> endorsements = payload.getAction().getEndorsementsList();
            for (int j = 0; j < endorsements.size(); j++) {
                Endorsement e = endorsements.get(j);
                FabricSigners.Signer signer = signers.signer(e.getEndorser(), aat + " endorsement " + j, "endorser");
                String eat = aat + " endorsement " + j + " (" + signer.mspId() + ")";
                FabricSigners.validAt(signer, time, eat, "endorser");
                byte[] signed = new byte[responseBytes.length + e.getEndorser().size()];
                System.arraycopy(responseBytes, 0, signed, 0, responseBytes.length);
                e.getEndorser().copyTo(signed, responseBytes.length);
                FabricSigners.verify(signer, signed, e.getSignature(), eat, "signature");
                actionEndorsers.add(signer.mspId());
            }
            ChaincodeAction result = chaincodeAction(aat, response);
            Set<String> approvers = LifecycleApproval.organisations(result);
            if (approvers.isEmpty()) {
                if (!policy.met(actionEndorsers)) {
                    List<String> counted = policy.counted(actionEndorsers);
                    throw new VerificationFailure(aat + ": endorsement policy not met: " + policy.explain()
                            + ", endorsed by " + counted.size()
                            + (counted.isEmpty() ? "" : " (" + String.join(", ", counted) + ")"));
                }
                rule = policy.describe();
            } else {
                if (!actionEndorsers.containsAll(approvers)) {
                    throw new VerificationFailure(aat + ": endorsement policy not met: a chaincode approval of "
                            + String.join(", ", approvers) + " needs their own endorsement (their implicit collection's"
                            + " policy), endorsed by " + String.join(", ", actionEndorsers));
                }
                rule = LifecycleApproval.describe(approvers);
            }
            endorsers.addAll(actionEndorsers);
            if (content == null) {
                content = content(aat, payload, response);
            }
        }
        return new Actions(List.copyOf(endorsers), content, rule);
    }

    private static ChaincodeAction chaincodeAction(String at, ProposalResponsePayload response) throws VerificationFailure {
        try {
            return ChaincodeAction.parseFrom(response.getExtension());
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the chaincode action cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The business content of a transaction whose signatures were not checked (the peer found it invalid). */
    private static TxContent contentOrNone(Envelope envelope) {
        try {
            Transaction transaction = Transaction.parseFrom(Payload.parseFrom(envelope.getPayload()).getData());
            ChaincodeActionPayload payload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
            return content("", payload, ProposalResponsePayload.parseFrom(payload.getAction().getProposalResponsePayload()));
        } catch (InvalidProtocolBufferException | VerificationFailure | RuntimeException e) {
            return TxContent.NONE;
        }
    }

    private static TxContent content(String at, ChaincodeActionPayload payload, ProposalResponsePayload response)
            throws VerificationFailure {
        try {
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(payload.getChaincodeProposalPayload()).getInput());
            List<ByteString> args = invocation.getChaincodeSpec().getInput().getArgsList();
            String function = args.isEmpty() ? "" : args.get(0).toString(StandardCharsets.UTF_8);
            List<String> arguments = new ArrayList<>();
            args.stream().skip(1).forEach(a -> arguments.add(a.toString(StandardCharsets.UTF_8)));
            ChaincodeAction action = ChaincodeAction.parseFrom(response.getExtension());
            String chaincode = action.getChaincodeId().getName();
            if (chaincode.isEmpty()) {
                chaincode = invocation.getChaincodeSpec().getChaincodeId().getName();
            }
            String eventName = "";
            String eventPayload = "";
            if (!action.getEvents().isEmpty()) {
                ChaincodeEvent event = ChaincodeEvent.parseFrom(action.getEvents());
                eventName = event.getEventName();
                eventPayload = event.getPayload().toString(StandardCharsets.UTF_8);
            }
            Map<String, List<String>> writes = new LinkedHashMap<>();
            if (!action.getResults().isEmpty()) {
                for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
                    List<String> keys = new ArrayList<>();
                    for (KVWrite write : KVRWSet.parseFrom(ns.getRwset()).getWritesList()) {
                        keys.add(TxContent.quote(write.getKey()) + (write.getIsDelete() ? " (deleted)" : ""));
                    }
                    if (!keys.isEmpty()) {
                        writes.put(ns.getNamespace(), List.copyOf(keys));
                    }
                }
            }
            return new TxContent(chaincode, function, List.copyOf(arguments), eventName, eventPayload, writes);
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure(at + ": the transaction's content cannot be read (" + e.getMessage() + ")");
        }
    }
}
