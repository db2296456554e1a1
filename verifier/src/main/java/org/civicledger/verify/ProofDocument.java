package org.civicledger.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A transaction proof's JSON document ({@code civic-ledger/proof/1}, gateway README "Transaction proofs"),
 * read strictly: every field present with its type, none other, none twice. What its bytes prove is the verifier's of
 * its ledger ({@link EmbeddedProofVerifier} for {@code EMBEDDED}).
 *
 * @param block   the base64-decoded block, as the ledger stores it
 * @param headers the base64-decoded headers of blocks {@code blockNumber + 1} to {@code checkpoint}
 * @param seal    the base64-decoded orderer's signature on the checkpoint block
 */
public record ProofDocument(String ledger, String channel, String txId, long blockNumber, int txIndex,
                     String validationCode, byte[] block, List<byte[]> headers, long checkpoint,
                     String checkpointHash, byte[] seal) {
    static final String FORMAT = "civic-ledger/proof/1";
    static final Set<String> LEDGERS = Set.of("EMBEDDED", "FABRIC");
    /** Larger than any proof a ledger makes (a block of at most 64 MiB, base64, and 1,000 headers). */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    private static final Set<String> FIELDS = Set.of("format", "ledger", "channel", "txId", "blockNumber", "txIndex",
            "validationCode", "block", "headers", "checkpoint", "checkpointHash", "seal");

    /**
     * @throws IOException         if the file cannot be read, or is larger than {@link #MAX_BYTES}
     * @throws VerificationFailure if it is not a proof document, naming the field
     */
    static ProofDocument read(Path file) throws IOException, VerificationFailure {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than a proof can be (" + MAX_BYTES + " bytes)");
        }
        JsonNode doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new VerificationFailure("proof: not JSON (" + e.getOriginalMessage() + ")");
        }
        return parse(doc);
    }

    static ProofDocument parse(JsonNode doc) throws VerificationFailure {
        if (doc == null || !doc.isObject()) {
            throw new VerificationFailure("proof: not a JSON object");
        }
        for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new VerificationFailure("proof: unexpected field " + Text.printable(name));
            }
        }
        String format = text(doc, "format");
        if (!FORMAT.equals(format)) {
            throw new VerificationFailure("format: not " + FORMAT);
        }
        String ledger = text(doc, "ledger");
        if (!LEDGERS.contains(ledger)) {
            throw new VerificationFailure("ledger: neither EMBEDDED nor FABRIC");
        }
        JsonNode channelNode = doc.get("channel");
        if (channelNode != null && !(channelNode.isNull() || channelNode.isTextual())) {
            throw new VerificationFailure("channel: not text (absent or null on the embedded ledger)");
        }
        String channel = channelNode == null || channelNode.isNull() ? null : channelNode.asText();
        long blockNumber = natural(doc, "blockNumber");
        long txIndex = natural(doc, "txIndex");
        if (txIndex > Integer.MAX_VALUE) {
            throw new VerificationFailure("txIndex: too large");
        }
        JsonNode headersNode = doc.get("headers");
        if (headersNode == null || !headersNode.isArray()) {
            throw new VerificationFailure("headers: missing or not a list");
        }
        List<byte[]> headers = new ArrayList<>(headersNode.size());
        for (int i = 0; i < headersNode.size(); i++) {
            headers.add(Fields.base64(headersNode.get(i), "header " + (blockNumber + 1 + i)));
        }
        return new ProofDocument(ledger, channel, text(doc, "txId"), blockNumber, (int) txIndex,
                text(doc, "validationCode"), Fields.base64(doc.get("block"), "block"), List.copyOf(headers),
                natural(doc, "checkpoint"), text(doc, "checkpointHash"), Fields.base64(doc.get("seal"), "seal"));
    }

    private static String text(JsonNode doc, String field) throws VerificationFailure {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual()) {
            throw new VerificationFailure(field + ": missing or not text");
        }
        return v.asText();
    }

    private static long natural(JsonNode doc, String field) throws VerificationFailure {
        JsonNode v = doc.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw new VerificationFailure(field + ": missing or not a whole number from 0");
        }
        return v.asLong();
    }
}
