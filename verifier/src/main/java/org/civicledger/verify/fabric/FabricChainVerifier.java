package org.civicledger.verify.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicledger.verify.StateReplay;
import org.civicledger.verify.VerificationFailure;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Verifies a folder of Fabric blocks as {@code peer channel fetch} writes them (any {@code *.block} file,
 * one {@code common.Block} each), ordered by header number, which must run with no gap from the first:
 * every block's previous hash (from the second on), data hash and orderer signature (the genesis block
 * carries none), and every transaction by {@link FabricTransactions} (config transactions: the creator
 * signature only).
 *
 * <p>With a {@link StateReplay}, it feeds it the writes of {@link FabricWrites#CHAINCODE}'s namespace of every
 * transaction the transactions filter marks VALID, in block order, for the books. That needs the chain from its
 * genesis block and every endorser transaction's validation code; otherwise the result says why the books were
 * not recomputed (never a guess).
 */
final class FabricChainVerifier {
    private final FabricTransactions transactions;
    private final FabricSeal seal;
    /** Null: the state is not replayed. */
    private final StateReplay state;

    FabricChainVerifier(FabricTransactions transactions, FabricSeal seal, StateReplay state) {
        this.transactions = transactions;
        this.seal = seal;
        this.state = state;
    }

    private record Counts(Map<String, Long> creators, Map<String, Long> orderers, Map<String, Long> endorsers) {
    }

    FabricVerifiers.Chain verify(Path folder) throws IOException, VerificationFailure {
        List<Block> blocks = read(folder);
        long first = blocks.get(0).getHeader().getNumber();
        String notRecomputed = state == null || first == 0 ? null : "the folder starts at block " + first
                + ", not at the genesis block, so the writes before it are unknown";
        Counts counts = new Counts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        long endorserTxs = 0;
        long valid = 0;
        long configTxs = 0;
        long otherTxs = 0;
        long unchecked = 0;
        long invalid = 0;
        long unvalidated = 0;
        boolean genesisUnsigned = false;
        String channel = null;
        byte[] previous = null;
        for (Block block : blocks) {
            long n = block.getHeader().getNumber();
            String at = "block " + n;
            if (previous != null && !Arrays.equals(previous, block.getHeader().getPreviousHash().toByteArray())) {
                throw new VerificationFailure(at + ": previous hash does not match block " + (n - 1));
            }
            ValidationCodes codes = new ValidationCodes(block);
            for (int i = 0; i < block.getData().getDataCount(); i++) {
                String tat = at + " tx " + i;
                // A block as an orderer delivers it has no codes: every transaction is checked in full.
                TxValidationCode code = codes.present() ? codes.code(i, tat) : null;
                boolean required = code == null || FabricTransactions.signaturesRequired(code);
                unvalidated += code == null ? 1 : 0;
                FabricTransactions.Checked tx = transactions.check(tat, block.getData().getData(i), required, n == 0,
                        null, channel);
                channel = tx.channel();
                if (tx.type() == HeaderType.ENDORSER_TRANSACTION) {
                    if (state != null && notRecomputed == null && code == null) {
                        notRecomputed = at + " has no transactions filter (as an orderer delivers it: which of its"
                                + " transactions are valid is unknown)";
                    }
                    if (state != null && notRecomputed == null && code == TxValidationCode.VALID) {
                        FabricWrites.apply(tat, block.getData().getData(i), FabricWrites.CHAINCODE, state);
                    }
                    endorserTxs++;
                    valid += code == TxValidationCode.VALID ? 1 : 0;
                    invalid += code != null && code != TxValidationCode.VALID ? 1 : 0;
                } else if (tx.type() == HeaderType.CONFIG) {
                    configTxs++;
                } else {
                    otherTxs++;
                }
                if (!tx.signaturesChecked()) {
                    unchecked += n == 0 ? 0 : 1;
                    continue;
                }
                counts.creators().merge(tx.creator().name(), 1L, Long::sum);
                tx.endorsers().forEach(msp -> counts.endorsers().merge(msp, 1L, Long::sum));
            }
            if (!Arrays.equals(FabricHashes.dataHash(block.getData()), block.getHeader().getDataHash().toByteArray())) {
                throw new VerificationFailure(at + ": data hash does not match its transactions");
            }
            ByteString signatures = FabricSeal.signaturesOf(block);
            if (n == 0 && FabricSeal.unsigned(signatures)) {
                genesisUnsigned = true;
            } else {
                FabricSigners.Signer orderer = seal.verify(at, signatures, block.getHeader());
                counts.orderers().merge(orderer.name() + " (certificate issued by trusted CA " + orderer.caName() + ")",
                        1L, Long::sum);
            }
            previous = FabricHashes.headerHash(block.getHeader());
        }
        long last = blocks.get(blocks.size() - 1).getHeader().getNumber();
        return new FabricVerifiers.Chain(paragraph(blocks.size(), first, last, FabricHashes.hex(previous), channel,
                new long[] {endorserTxs, valid, invalid, configTxs, otherTxs, unchecked, unvalidated}, genesisUnsigned,
                counts), notRecomputed);
    }

    /** @param n endorser transactions, valid, invalid, config, other, unchecked, without a validation code */
    private String paragraph(int blocks, long first, long last, String lastHash, String channel, long[] n,
                             boolean genesisUnsigned, Counts counts) {
        long endorserTxs = n[0];
        long valid = n[1];
        long invalid = n[2];
        long configTxs = n[3];
        long otherTxs = n[4];
        long unchecked = n[5];
        long unvalidated = n[6];
        EndorsementPolicy policy = transactions.policy();
        StringBuilder s = new StringBuilder("Verified ").append(blocks).append(" Fabric block").append(blocks == 1 ? "" : "s")
                .append(" of channel ").append(channel).append(", from block ").append(first).append(" to block ")
                .append(last).append(" whose hash is ").append(lastHash).append(": ")
                .append(endorserTxs + configTxs + otherTxs).append(" transactions (").append(endorserTxs)
                .append(" endorser transactions: ").append(valid).append(" valid, ").append(invalid).append(" invalid")
                .append(unvalidated > 0 ? ", " + (endorserTxs - valid - invalid) + " without a validation code" : "")
                .append("; ").append(configTxs).append(" config transaction").append(configTxs == 1 ? "" : "s");
        if (otherTxs > 0) {
            s.append("; ").append(otherTxs).append(" of other types");
        }
        s.append("), ordered by ").append(joined(counts.orderers()))
                .append(", created by ").append(joined(counts.creators()))
                .append(", endorsed by ").append(joined(counts.endorsers())).append(". ");
        s.append("Every block's number").append(first == 0 ? "" : " (from block " + first + ": its previous hash is not"
                + " checked)").append(", previous hash, data hash and orderer signature");
        if (genesisUnsigned) {
            s.append(" (block 0, the genesis block, carries none, as configtxgen makes it: compare its hash with the one"
                    + " your channel was created from)");
        }
        s.append(", and every endorser transaction's creator signature, endorsements (each signature, its CA, the"
                + " proposal hash) and endorsement policy (").append(policy.explain())
                .append("; a chaincode approval, which writes only its organisation's implicit collection: that"
                        + " organisation's endorsement, as Fabric validates it")
                .append(") check out, each signer's certificate issued by a trusted CA of its MSP and valid at the"
                        + " transaction's time. Config transactions: the creator signature only (the channel"
                        + " configuration they carry is not interpreted: the CAs trusted are --trust's).");
        if (unchecked > 0) {
            s.append(" ").append(unchecked).append(" transaction").append(unchecked == 1 ? "" : "s")
                    .append(" the peer found invalid for another reason than a read conflict were counted, not checked.");
        }
        if (unvalidated > 0) {
            s.append(" ").append(unvalidated).append(" transaction").append(unvalidated == 1 ? "" : "s")
                    .append(" came in blocks without a transactions filter (as an orderer delivers them: no peer's"
                            + " validation code), and were checked in full.");
        }
        s.append(" Not checked: the validation codes (the peer's word, not covered by the orderer's signature; MVCC is"
                + " not replayed).");
        return s.toString();
    }

    private static String joined(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "nobody";
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** @return the folder's blocks ordered by number, which must run with no gap */
    static List<Block> read(Path folder) throws IOException, VerificationFailure {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".block") && Files.isRegularFile(p)).toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *.block file in " + folder);
        }
        List<Block> blocks = new ArrayList<>(files.size());
        Map<Long, Path> seen = new TreeMap<>();
        for (Path file : files) {
            Block block;
            try {
                block = Block.parseFrom(Files.readAllBytes(file));
            } catch (InvalidProtocolBufferException e) {
                throw new VerificationFailure("file " + file.getFileName() + ": not a common.Block (" + e.getMessage() + ")");
            }
            Path before = seen.put(block.getHeader().getNumber(), file);
            if (before != null) {
                throw new VerificationFailure("block " + block.getHeader().getNumber() + ": both " + before.getFileName()
                        + " and " + file.getFileName() + " hold it");
            }
            blocks.add(block);
        }
        blocks.sort(Comparator.comparingLong(b -> b.getHeader().getNumber()));
        long expected = blocks.get(0).getHeader().getNumber();
        for (Block block : blocks) {
            if (block.getHeader().getNumber() != expected) {
                throw new VerificationFailure("block " + expected + ": missing (the folder's blocks must run with no gap;"
                        + " the next one is block " + block.getHeader().getNumber() + ")");
            }
            expected++;
        }
        return blocks;
    }
}
