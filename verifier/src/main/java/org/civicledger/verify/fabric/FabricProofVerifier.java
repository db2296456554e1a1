package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.List;
import org.civicledger.verify.ProofDocument;
import org.civicledger.verify.ProofReport;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Verifies a Fabric transaction proof ({@code ledger: FABRIC}, the gateway README's "Transaction proofs"):
 * the transaction at {@code txIndex} of {@code block} ({@link FabricTransactions}), the block's data hash,
 * the header chain from the block to the checkpoint, the checkpoint's hash and the orderer's seal on it.
 * The validation code is read from the block's transactions filter: the peer's word.
 */
final class FabricProofVerifier {
    /** What a proof proved: {@code valid} false means it checks out and the transaction is INVALID. */
    private record Outcome(boolean valid, String paragraph) implements ProofReport {
    }

    private final FabricTransactions transactions;
    private final FabricSeal seal;

    FabricProofVerifier(FabricTransactions transactions, FabricSeal seal) {
        this.transactions = transactions;
        this.seal = seal;
    }

    /** @param proof a document {@link ProofDocument#read} accepted, whose ledger is FABRIC */
    ProofReport verify(ProofDocument proof) throws VerificationFailure {
        String channel = proof.channel();
        if (channel == null) {
            throw new VerificationFailure("channel: a Fabric proof names its channel");
        }
        String txId = proof.txId();
        long blockNumber = proof.blockNumber();
        long txIndexValue = proof.txIndex();
        long checkpoint = proof.checkpoint();
        String checkpointHash = proof.checkpointHash();
        List<byte[]> headers = proof.headers();

        Block block;
        try {
            block = Block.parseFrom(proof.block());
        } catch (InvalidProtocolBufferException e) {
            throw new VerificationFailure("block: not a common.Block (" + e.getMessage() + ")");
        }
        String at = "block " + blockNumber;
        if (block.getHeader().getNumber() != blockNumber) {
            throw new VerificationFailure("block: its header's number is " + Long.toUnsignedString(block.getHeader().getNumber())
                    + ", not the proof's blockNumber " + blockNumber);
        }
        int count = block.getData().getDataCount();
        if (txIndexValue >= count) {
            throw new VerificationFailure(at + ": has " + count + " transactions, no tx " + txIndexValue);
        }
        int txIndex = (int) txIndexValue;
        String tat = at + " tx " + txIndex;
        ValidationCodes codes = new ValidationCodes(block);
        TxValidationCode code = codes.code(txIndex, tat);
        String codeName = codes.name(txIndex);
        String stated = proof.validationCode();
        if (!stated.equals(codeName)) {
            throw new VerificationFailure("validationCode: the proof says " + TxContent.quote(stated)
                    + ", the block's transactions filter says " + codeName);
        }
        FabricTransactions.Checked tx = transactions.check(tat, block.getData().getData(txIndex),
                FabricTransactions.signaturesRequired(code), false, txId, channel);
        if (!Arrays.equals(FabricHashes.dataHash(block.getData()), block.getHeader().getDataHash().toByteArray())) {
            throw new VerificationFailure(at + ": data hash does not match its transactions");
        }

        // The header chain from the block to the checkpoint.
        BlockHeader last = block.getHeader();
        byte[] previous = FabricHashes.headerHash(last);
        for (int i = 0; i < headers.size(); i++) {
            long n = blockNumber + 1 + i;
            String hat = "header " + n;
            BlockHeader header;
            try {
                header = BlockHeader.parseFrom(headers.get(i));
            } catch (InvalidProtocolBufferException e) {
                throw new VerificationFailure(hat + ": not a common.BlockHeader (" + e.getMessage() + ")");
            }
            if (header.getNumber() != n) {
                throw new VerificationFailure(hat + ": its number is " + Long.toUnsignedString(header.getNumber())
                        + ", expected " + n);
            }
            if (!Arrays.equals(previous, header.getPreviousHash().toByteArray())) {
                throw new VerificationFailure(hat + ": previous hash does not match block " + (n - 1));
            }
            previous = FabricHashes.headerHash(header);
            last = header;
        }
        long reached = blockNumber + headers.size();
        if (checkpoint != reached) {
            throw new VerificationFailure("checkpoint: the proof names block " + checkpoint + ", its headers end at block "
                    + reached);
        }
        String lastHash = FabricHashes.hex(previous);
        if (!lastHash.equals(checkpointHash)) {
            throw new VerificationFailure("checkpointHash does not match " + (headers.isEmpty() ? "block " : "header ")
                    + reached + "'s hash (" + lastHash + ")");
        }
        FabricSigners.Signer orderer = seal.verify("seal", ByteString.copyFrom(proof.seal()), last);

        return new Outcome(code == TxValidationCode.VALID,
                paragraph(tx, codeName, blockNumber, txIndex, checkpoint, lastHash, orderer, headers.size()));
    }

    private String paragraph(FabricTransactions.Checked tx, String code, long blockNumber, int txIndex, long checkpoint,
                             String checkpointHash, FabricSigners.Signer orderer, int headers) {
        boolean valid = TxValidationCode.VALID.name().equals(code);
        StringBuilder s = new StringBuilder();
        if (valid) {
            s.append("Verified: transaction ").append(tx.txId());
        } else {
            s.append("PROVED INVALID: transaction ").append(tx.txId()).append(" is ").append(code)
                    .append(" in block ").append(blockNumber).append(". Transaction ").append(tx.txId());
        }
        s.append(" on channel ").append(tx.channel());
        if (tx.signaturesChecked()) {
            s.append(", created by ").append(tx.creator().name()).append(" at ").append(tx.time())
                    .append(" (certificate issued by trusted CA ").append(tx.creator().caName()).append(")")
                    .append(", endorsed by ").append(and(tx.endorsers()))
                    .append(" (policy ").append(tx.policy()).append(": met)");
        } else {
            s.append(" (its creator's and endorsers' signatures were not checked: the peer found it ").append(code)
                    .append(", a failure found before or instead of them)");
        }
        s.append(valid ? ", valid" : ", recorded as " + code).append(" in block ").append(blockNumber)
                .append(" (tx ").append(txIndex).append(")");
        if (headers == 0) {
            s.append(", the checkpoint (hash ").append(checkpointHash).append(")");
        } else {
            s.append(", whose hash chains through ").append(headers).append(" header").append(headers == 1 ? "" : "s")
                    .append(" to block ").append(checkpoint).append(" (hash ").append(checkpointHash).append(")");
        }
        s.append(", signed by ").append(orderer.name()).append(" (certificate issued by trusted CA ")
                .append(orderer.caName()).append("). ");
        if (tx.content() != TxContent.NONE) {
            s.append(tx.content().describe()).append(' ');
        }
        s.append("The validation code ").append(code).append(" is the peer's word, from the block's transactions filter,"
                + " which the orderer's signature does not cover: the creator's and endorsers' signatures, their CAs, the"
                + " proposal hash and the endorsement policy are re-checked here; MVCC (reads against the world state)"
                + " is not. Compare block ").append(checkpoint).append("'s hash with one you hold.");
        return s.toString();
    }

    private static String and(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
