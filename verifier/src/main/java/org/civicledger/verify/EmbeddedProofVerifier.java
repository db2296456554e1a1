package org.civicledger.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Verifies an embedded ledger's transaction proof (gateway README, "Transaction proofs"): the block passes its
 * own checks ({@link EmbeddedBlocks}: hashes by its version, the orderer's signature, every creator) and holds
 * the transaction at {@code txIndex}, with the validation code the block itself records; each header's hash
 * recomputes by its version and the next header's previous hash is it, from the block's hash to the
 * checkpoint's; and the seal is a trusted orderer's signature over the checkpoint's hash and codes.
 */
final class EmbeddedProofVerifier {
    private static final Set<String> HEADER_FIELDS = Set.of("dataHash", "hash", "number", "previousHash",
            "stateDigest", "time", "version");
    private static final Set<String> SEAL_FIELDS = Set.of("signature", "signer", "validationCodes");

    private final EmbeddedBlocks checks;
    /** A field given twice could be read one way here and another way elsewhere: refused. */
    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    EmbeddedProofVerifier(TrustStore trust) {
        this.checks = new EmbeddedBlocks(trust);
    }

    /** @throws VerificationFailure naming the part of the proof that failed */
    EmbeddedProofReport verify(ProofDocument doc) throws VerificationFailure {
        if (!"EMBEDDED".equals(doc.ledger())) {
            throw new VerificationFailure("ledger: not an embedded ledger's proof");
        }
        if (doc.channel() != null) {
            throw new VerificationFailure("channel: an embedded ledger's proof names no channel");
        }
        JsonNode json = object(doc.block(), "block");
        long number = Fields.requiredLong(json, "number", "block");
        if (number != doc.blockNumber()) {
            throw new VerificationFailure("blockNumber: the proof names block " + doc.blockNumber()
                    + ", its block is block " + number);
        }
        EmbeddedBlock block = checks.verify(json, "block " + number);
        JsonNode tx = transaction(doc, block);
        String code = block.codes().get(doc.txIndex());
        if (!code.equals(doc.validationCode())) {
            throw new VerificationFailure("validationCode: the proof says " + Text.printable(doc.validationCode())
                    + ", block " + number + " records " + Text.printable(code) + " for transaction " + doc.txIndex());
        }

        Link checkpoint = new Link(number, block.hash(), block.version(), block.time());
        for (byte[] header : doc.headers()) {
            checkpoint = next(checkpoint, header, number);
        }
        if (doc.checkpoint() != checkpoint.number()) {
            throw new VerificationFailure("checkpoint: the proof names block " + doc.checkpoint()
                    + ", its header chain ends at block " + checkpoint.number());
        }
        if (!doc.checkpointHash().equals(checkpoint.hash())) {
            throw new VerificationFailure("checkpointHash: does not match block " + checkpoint.number() + "'s hash");
        }
        Identity sealer = seal(doc, block, checkpoint);

        Identity creator = block.creators().get(doc.txIndex());
        String creatorCa = creator == null ? null
                : checks.issuer(creator).map(ca -> ca.getSubjectX500Principal().getName()).orElse(null);
        JsonNode event = tx.path("event");
        return new EmbeddedProofReport(doc.txId(), code, creatorCa == null ? null : creator, creatorCa,
                tx.path("mspId").asText(""), tx.path("timestamp").asText(""), number, block.version(), block.hash(),
                doc.headers().size(), checkpoint.number(), checkpoint.hash(), sealer,
                checks.issuer(sealer).orElseThrow().getSubjectX500Principal().getName(), tx.path("function").asText(""),
                args(tx), event.isObject() ? event.path("name").asText("") : null,
                event.isObject() ? payload(event) : null);
    }

    /** A block of the header chain: what the next header and the seal are checked against. */
    private record Link(long number, String hash, int version, String time) {
    }

    /**
     * @return the header after {@code last}, once its number follows, its version does not decrease, its previous
     *     hash is {@code last}'s hash and its own hash recomputes by its version
     */
    private Link next(Link last, byte[] bytes, long blockNumber) throws VerificationFailure {
        String at = "header " + (last.number() + 1);
        JsonNode header = strictObject(bytes, HEADER_FIELDS, at);
        long n = Fields.requiredLong(header, "number", at);
        if (n != last.number() + 1) {
            throw new VerificationFailure(at + ": number is " + n + ", expected " + (last.number() + 1)
                    + " (headers run from the block's number + 1 with no gap)");
        }
        int version = EmbeddedBlocks.version(header, at);
        if (version < last.version()) {
            throw new VerificationFailure(at + ": format version " + version + " after version " + last.version()
                    + " (versions never decrease)");
        }
        String previous = Fields.requiredText(header, "previousHash", at);
        if (!previous.equals(last.hash())) {
            throw new VerificationFailure(at + ": previous hash does not match "
                    + (last.number() == blockNumber ? "block " : "header ") + last.number() + "'s hash");
        }
        String time = Fields.requiredText(header, "time", at);
        String hash = Fields.requiredText(header, "hash", at);
        try {
            String recomputed = Encoding.headerHash(version, n, previous, Fields.requiredText(header, "dataHash", at),
                    Fields.requiredText(header, "stateDigest", at), time);
            if (!recomputed.equals(hash)) {
                throw new VerificationFailure(at + ": hash does not match the header's fields");
            }
        } catch (Encoding.Malformed e) {
            throw new VerificationFailure(at + ": malformed header: " + e.getMessage());
        }
        return new Link(n, hash, version, time);
    }

    /** @return the transaction at {@code txIndex}, once its id is the proof's */
    private static JsonNode transaction(ProofDocument doc, EmbeddedBlock block) throws VerificationFailure {
        List<JsonNode> txs = block.transactions();
        if (doc.txIndex() >= txs.size()) {
            throw new VerificationFailure("txIndex: block " + block.number() + " has " + txs.size()
                    + " transaction" + (txs.size() == 1 ? "" : "s") + ", no index " + doc.txIndex());
        }
        JsonNode tx = txs.get(doc.txIndex());
        if (doc.txId().equals(tx.path("txId").asText(null))) {
            return tx;
        }
        for (int i = 0; i < txs.size(); i++) {
            if (doc.txId().equals(txs.get(i).path("txId").asText(null))) {
                throw new VerificationFailure("txIndex: transaction " + Text.printable(doc.txId()) + " is at index " + i
                        + " of block " + block.number() + ", not " + doc.txIndex());
            }
        }
        throw new VerificationFailure("txId: block " + block.number() + " holds no transaction "
                + Text.printable(doc.txId()));
    }

    /**
     * The seal: a trusted orderer's signature over the checkpoint's signed bytes (its hash and the seal's codes, by
     * the checkpoint's version). The codes of a checkpoint after the block are covered by that signature only
     * (headers carry no transactions); a checkpoint that is the block itself must repeat the block's codes.
     */
    private Identity seal(ProofDocument doc, EmbeddedBlock block, Link checkpoint) throws VerificationFailure {
        JsonNode seal = strictObject(doc.seal(), SEAL_FIELDS, "seal");
        JsonNode codesNode = seal.get("validationCodes");
        if (codesNode == null || !codesNode.isArray()) {
            throw new VerificationFailure("seal: validationCodes is missing or not a list");
        }
        List<String> codes = new ArrayList<>(codesNode.size());
        for (JsonNode c : codesNode) {
            if (!c.isTextual()) {
                throw new VerificationFailure("seal: a validation code is not text");
            }
            codes.add(c.asText());
        }
        if (doc.headers().isEmpty() && !codes.equals(block.codes())) {
            throw new VerificationFailure("seal: validation codes differ from block " + block.number() + "'s");
        }
        Identity sealer = checks.orderer(Fields.base64(seal, "signer", "seal"), checkpoint.time(), "seal");
        byte[] signed;
        try {
            signed = Encoding.signedBytes(checkpoint.version(), checkpoint.hash(), codes);
        } catch (Encoding.Malformed e) {
            throw new VerificationFailure("seal: " + e.getMessage());
        }
        if (!ChainVerifier.verifies(sealer.certificate(), signed, Fields.base64(seal, "signature", "seal"))) {
            throw new VerificationFailure("seal: orderer signature does not verify");
        }
        return sealer;
    }

    private JsonNode strictObject(byte[] bytes, Set<String> fields, String at) throws VerificationFailure {
        JsonNode node = object(bytes, at);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new VerificationFailure(at + ": unexpected field " + Text.printable(name));
            }
        }
        return node;
    }

    private JsonNode object(byte[] bytes, String at) throws VerificationFailure {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new VerificationFailure(at + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) {
            throw new VerificationFailure(at + ": not a JSON object");
        }
        return node;
    }

    private static List<String> args(JsonNode tx) {
        List<String> out = new ArrayList<>();
        tx.path("args").forEach(a -> out.add(a.asText()));
        return out;
    }

    private static String payload(JsonNode event) {
        try {
            return new String(Base64.getDecoder().decode(event.path("payload").asText("")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "(a payload that is not base64)";
        }
    }
}
