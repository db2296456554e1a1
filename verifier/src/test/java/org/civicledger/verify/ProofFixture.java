package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.civicledger.gateway.ledger.ProofRange;
import org.civicledger.gateway.ledger.TxProof;

/**
 * An embedded ledger's transaction proof, built from a data dir's block file to the gateway README's
 * "Transaction proofs" (the one place the tests make proofs). Written before {@code EmbeddedLedger.proof}
 * existed: {@link #txProof} is what the ledger answers (swap it for {@code ledger.proof(txId, checkpoint)}),
 * {@link #json} the wire document the API writes of it.
 */
final class ProofFixture {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProofFixture() {
    }

    /** @return the proof document of {@code txId}, its header chain ending at {@code checkpoint} (default: the latest) */
    static byte[] proof(Path dataDir, String txId, OptionalLong checkpoint) throws IOException {
        return json(txProof(dataDir, txId, checkpoint));
    }

    static TxProof txProof(Path dataDir, String txId, OptionalLong checkpoint) throws IOException {
        List<byte[]> blocks = CivicVerifyTest.readRecords(dataDir.resolve("ledger/blocks.dat"));
        for (int n = 0; n < blocks.size(); n++) {
            JsonNode block = MAPPER.readTree(blocks.get(n));
            JsonNode txs = block.path("transactions");
            for (int i = 0; i < txs.size(); i++) {
                if (txId.equals(txs.get(i).path("transaction").path("txId").asText())) {
                    long last = ProofRange.checkpoint(n, blocks.size(), checkpoint);
                    List<byte[]> headers = new ArrayList<>();
                    for (long h = n + 1; h <= last; h++) {
                        headers.add(header(MAPPER.readTree(blocks.get((int) h))));
                    }
                    JsonNode sealed = MAPPER.readTree(blocks.get((int) last));
                    return new TxProof("EMBEDDED", null, txId, n, i, block.path("validationCodes").get(i).asText(),
                            blocks.get(n), headers, last, sealed.path("hash").asText(), seal(sealed), null);
                }
            }
        }
        throw new IllegalArgumentException("no block holds transaction " + txId);
    }

    /** The wire document, its fields in the README's order. */
    static byte[] json(TxProof proof) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", "civic-ledger/proof/1");
        doc.put("ledger", proof.ledger());
        doc.put("channel", proof.channel());
        doc.put("txId", proof.txId());
        doc.put("blockNumber", proof.blockNumber());
        doc.put("txIndex", proof.txIndex());
        doc.put("validationCode", proof.validationCode());
        doc.put("block", b64.encodeToString(proof.block()));
        ArrayNode headers = doc.putArray("headers");
        proof.headers().forEach(h -> headers.add(b64.encodeToString(h)));
        doc.put("checkpoint", proof.checkpoint());
        doc.put("checkpointHash", proof.checkpointHash());
        doc.put("seal", b64.encodeToString(proof.seal()));
        return MAPPER.writeValueAsBytes(doc);
    }

    /** {@code {dataHash, hash, number, previousHash, stateDigest, time, version}}, keys sorted, values as stored. */
    private static byte[] header(JsonNode block) throws IOException {
        TreeMap<String, JsonNode> header = new TreeMap<>();
        for (String field : List.of("dataHash", "hash", "number", "previousHash", "stateDigest", "time", "version")) {
            if (block.has(field)) {
                header.put(field, block.get(field));
            }
        }
        return MAPPER.writeValueAsBytes(header);
    }

    /** {@code {signature, signer, validationCodes}} of the checkpoint block, as stored. */
    private static byte[] seal(JsonNode block) throws IOException {
        TreeMap<String, JsonNode> seal = new TreeMap<>();
        for (String field : List.of("signature", "signer", "validationCodes")) {
            seal.put(field, block.get(field));
        }
        return MAPPER.writeValueAsBytes(seal);
    }
}
