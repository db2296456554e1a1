package org.civicledger.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of one embedded block by the gateway README's block format, the same for {@code chain} (every
 * block of a file) and for a proof (the block that holds its transaction): the format version; the data hash
 * and header hash recomputed by it; every transaction's creator, whose signature over the transaction's signed
 * bytes verifies with a certificate of the MSP the transaction names, issued by a trusted CA of that MSP and
 * valid at the transaction's time; the orderer's signature over the hash and validation codes, with a
 * certificate of a trusted CA of {@code OrdererMSP} valid at the block's time. A transaction the ledger itself
 * recorded as {@code BAD_CREATOR_SIGNATURE} is not a failure: the ledger said so. How blocks link is the
 * caller's.
 */
final class EmbeddedBlocks {
    static final String BAD_CREATOR_SIGNATURE = "BAD_CREATOR_SIGNATURE";

    private final TrustStore trust;
    /** Where signatures are verified: at once (a proof), or on every core in chain order ({@code chain}). */
    private final SignatureChecks signatures;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Signers already found to chain to a CA of their MSP: a creator signs many transactions. */
    private final Map<Identity, X509Certificate> issued = new HashMap<>();
    /** Parsed creators by their base64 serialized identity. */
    private final Map<String, Identity> parsedCreators = new HashMap<>();

    /** Checks that verify each signature at once, on the calling thread. */
    EmbeddedBlocks(TrustStore trust) {
        this(trust, new SignatureChecks(0));
    }

    /** @param signatures where signatures are verified; a failure may then surface at a later call or its drain */
    EmbeddedBlocks(TrustStore trust, SignatureChecks signatures) {
        this.trust = trust;
        this.signatures = signatures;
    }

    /** @return the block JSON object of a record's (or a proof's) payload */
    JsonNode parse(byte[] payload, String at) throws VerificationFailure {
        JsonNode block;
        try {
            block = mapper.readTree(payload);
        } catch (IOException e) {
            throw new VerificationFailure(at + ": the record is not a block (not JSON: " + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (block == null || !block.isObject()) {
            throw new VerificationFailure(at + ": the record is not a block (not a JSON object)");
        }
        return block;
    }

    /** @return the format version a block (or a header) names: 1 when it names none, else 1 or 2 */
    static int version(JsonNode node, String at) throws VerificationFailure {
        int version = node.hasNonNull("version") ? (int) Fields.requiredLong(node, "version", at) : 1;
        if (version != 1 && version != 2) {
            throw new VerificationFailure(at + ": unknown block format version " + version);
        }
        return version;
    }

    /**
     * @param at the block as failures name it ("block 17")
     * @throws VerificationFailure naming the block, transaction and part that failed
     */
    EmbeddedBlock verify(JsonNode block, String at) throws VerificationFailure {
        long number = Fields.requiredLong(block, "number", at);
        int version = version(block, at);
        String prev = Fields.requiredText(block, "previousHash", at);
        String dataHash = Fields.requiredText(block, "dataHash", at);
        String stateDigest = Fields.requiredText(block, "stateDigest", at);
        String time = Fields.requiredText(block, "time", at);
        String hash = Fields.requiredText(block, "hash", at);
        JsonNode txs = block.path("transactions");
        JsonNode codesNode = block.path("validationCodes");
        if (!txs.isArray() && !txs.isMissingNode()) {
            throw new VerificationFailure(at + ": transactions is not a list");
        }
        if (!codesNode.isArray() && !codesNode.isMissingNode()) {
            throw new VerificationFailure(at + ": validationCodes is not a list");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode c : codesNode) {
            codes.add(c.asText());
        }
        if (codes.size() != txs.size()) {
            throw new VerificationFailure(at + ": " + codes.size() + " validation codes for " + txs.size()
                    + " transactions");
        }

        List<byte[]> txBytes = new ArrayList<>(txs.size());
        List<byte[]> sigs = new ArrayList<>(txs.size());
        List<JsonNode> transactions = new ArrayList<>(txs.size());
        List<Identity> creators = new ArrayList<>(txs.size());
        for (int i = 0; i < txs.size(); i++) {
            String tat = at + " tx " + i;
            JsonNode envelope = txs.get(i);
            JsonNode tx = envelope.path("transaction");
            if (!tx.isObject()) {
                throw new VerificationFailure(tat + ": no transaction");
            }
            byte[] signed = bytes(tx);
            byte[] signature = Fields.base64(envelope, "signature", tat);
            txBytes.add(signed);
            sigs.add(signature);
            transactions.add(tx);
            creators.add(creator(tx, signed, signature, BAD_CREATOR_SIGNATURE.equals(codes.get(i)), tat));
        }

        if (!Encoding.dataHash(version, txBytes, sigs).equals(dataHash)) {
            throw new VerificationFailure(at + ": data hash does not match its transactions");
        }
        String recomputed;
        byte[] signedBytes;
        try {
            recomputed = Encoding.headerHash(version, number, prev, dataHash, stateDigest, time);
            signedBytes = Encoding.signedBytes(version, hash, codes);
        } catch (Encoding.Malformed e) {
            throw new VerificationFailure(at + ": malformed header: " + e.getMessage());
        }
        if (!recomputed.equals(hash)) {
            throw new VerificationFailure(at + ": block hash does not match its header");
        }
        Identity orderer = orderer(Fields.base64(block, "signer", at), time, at);
        signatures.verify(orderer.certificate(), signedBytes, Fields.base64(block, "signature", at),
                at + ": orderer signature does not verify");
        return new EmbeddedBlock(number, version, prev, hash, time, List.copyOf(codes), List.copyOf(transactions),
                Collections.unmodifiableList(creators), orderer, issuer(orderer).orElseThrow());
    }

    /**
     * Checks an orderer's serialized identity: MSP {@code OrdererMSP}, certificate issued by a trusted CA of
     * it and valid at {@code time} (its signature is the caller's to check: it signs different bytes).
     *
     * @param at the part as failures name it ("block 17", "seal")
     */
    Identity orderer(byte[] serialized, String time, String at) throws VerificationFailure {
        Identity signer;
        try {
            signer = Identity.parse(serialized);
        } catch (IOException e) {
            throw new VerificationFailure(at + ": orderer identity is malformed (" + e.getMessage() + ")");
        }
        if (!ChainVerifier.ORDERER_MSP.equals(signer.mspId())) {
            throw new VerificationFailure(at + ": signed by " + signer.mspId() + ", not by the orderer ("
                    + ChainVerifier.ORDERER_MSP + ")");
        }
        if (issuer(signer).isEmpty()) {
            throw new VerificationFailure(at + ": orderer certificate (" + signer.subject()
                    + ") is not issued by a trusted CA of " + ChainVerifier.ORDERER_MSP);
        }
        String invalid = invalidAt(signer.certificate(), time, "block's time");
        if (invalid != null) {
            throw new VerificationFailure(at + ": orderer certificate (" + signer.subject() + ") " + invalid);
        }
        return signer;
    }

    /**
     * @return the creator, once every check passed (or, where the ledger recorded a bad creator signature,
     *     whatever could be read of it: null if nothing)
     */
    private Identity creator(JsonNode tx, byte[] signed, byte[] signature, boolean badSignatureRecorded, String at)
            throws VerificationFailure {
        Identity creator;
        try {
            creator = parseCreator(tx, at);
        } catch (IOException e) {
            if (badSignatureRecorded) {
                return null;
            }
            throw new VerificationFailure(at + ": creator identity is malformed (" + e.getMessage() + ")");
        }
        String problem = null;
        String invalid;
        if (!creator.mspId().equals(tx.path("mspId").asText(null))) {
            problem = "creator's MSP id " + creator.mspId() + " differs from the transaction's mspId "
                    + tx.path("mspId").asText(null);
        } else if (issuer(creator).isEmpty()) {
            problem = "creator certificate (" + creator.mspId() + " " + creator.subject()
                    + ") is not issued by a trusted CA of " + creator.mspId();
        } else if ((invalid = invalidAt(creator.certificate(), tx.path("timestamp").asText(null),
                "transaction's time")) != null) {
            problem = "creator certificate (" + creator.mspId() + " " + creator.subject() + ") " + invalid;
        }
        if (badSignatureRecorded) {
            return creator; // the ledger said so: not a failure, and nothing to verify
        }
        if (problem != null) {
            throw new VerificationFailure(at + ": " + problem);
        }
        signatures.verify(creator.certificate(), signed, signature, at + ": creator signature does not verify");
        return creator;
    }

    /** A creator signs many transactions: its serialized identity is parsed once. */
    private Identity parseCreator(JsonNode tx, String at) throws IOException, VerificationFailure {
        JsonNode serialized = tx.get("creator");
        Identity known = serialized != null && serialized.isTextual() ? parsedCreators.get(serialized.asText()) : null;
        if (known != null) {
            return known;
        }
        Identity parsed = Identity.parse(Fields.base64(tx, "creator", at));
        if (parsedCreators.size() < 10_000) {
            parsedCreators.put(serialized.asText(), parsed);
        }
        return parsed;
    }

    /** @return the trusted CA of the MSP the signer claims that issued its certificate, if any */
    Optional<X509Certificate> issuer(Identity signer) {
        X509Certificate known = issued.get(signer);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<X509Certificate> ca = trust.issuerOf(signer.certificate(), signer.mspId());
        ca.ifPresent(c -> issued.put(signer, c));
        return ca;
    }

    /**
     * @param time an ISO-8601 instant, as the ledger writes a transaction's timestamp and a block's time
     * @return why {@code cert} was not valid at {@code time} ("was not valid at the transaction's time …"), or
     *     null if it was
     */
    static String invalidAt(X509Certificate cert, String time, String whose) {
        Instant at;
        try {
            at = Instant.parse(time);
        } catch (DateTimeParseException | NullPointerException e) {
            return "cannot be checked at the " + whose + ": it is not an ISO-8601 instant";
        }
        Date when = Date.from(at);
        if (when.before(cert.getNotBefore()) || when.after(cert.getNotAfter())) {
            return "was not valid at the " + whose + " " + time + " (valid from "
                    + cert.getNotBefore().toInstant() + " to " + cert.getNotAfter().toInstant() + ")";
        }
        return null;
    }

    /** The transaction's signed bytes: its canonical JSON as the record holds it (keys in stored order). */
    private byte[] bytes(JsonNode tx) {
        try {
            return mapper.writeValueAsBytes(tx);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was just read cannot be written back", e);
        }
    }
}
