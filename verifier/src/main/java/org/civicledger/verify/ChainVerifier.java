package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Verifies an embedded ledger's block file end to end: records, hashes by each block's format
 * version, number continuity and previous-hash linkage, the orderer's signature on every block and
 * every creator's signature, each signer's certificate issued by a trusted CA.
 */
final class ChainVerifier {
    static final String ORDERER_MSP = "OrdererMSP";
    static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);
    /** The order of P-256's base point: a low-S signature has s at most half of it. */
    private static final BigInteger P256_N = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private final TrustStore trust;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Signers already found to chain to a CA of their MSP: a creator signs many transactions. */
    private final Map<Identity, X509Certificate> issued = new HashMap<>();
    /** Parsed creators by their base64 serialized identity. */
    private final Map<String, Identity> parsedCreators = new HashMap<>();
    /** Replays each verified block's writes and checks its state digest; null to leave the state unchecked. */
    private final StateReplay state;

    ChainVerifier(TrustStore trust) {
        this(trust, null);
    }

    ChainVerifier(TrustStore trust, StateReplay state) {
        this.trust = trust;
        this.state = state;
    }

    ChainReport verify(Path blockFile) throws IOException, VerificationFailure {
        long blocks = 0;
        long transactions = 0;
        long valid = 0;
        String previousHash = null;
        long lastNumber = -1;
        int lastVersion = 0;
        Identity orderer = null;
        X509Certificate ordererCa = null;
        Map<String, Long> creators = new TreeMap<>();
        Map<Integer, Long> versions = new TreeMap<>();
        // signatures verify on every core while this thread reads on; failures are still named in chain order
        SignatureChecks signatures = SignatureChecks.perCore();
        try (RecordReader records = new RecordReader(blockFile)) {
            byte[] payload;
            while ((payload = records.next()) != null) {
                long expected = blocks;
                String at = "block " + expected;
                JsonNode block;
                try {
                    block = mapper.readTree(payload);
                } catch (IOException e) {
                    throw new VerificationFailure(at + ": the record is not a block (not JSON: " + e.getMessage().lines().findFirst().orElse("") + ")");
                }
                if (block == null || !block.isObject()) {
                    throw new VerificationFailure(at + ": the record is not a block (not a JSON object)");
                }
                long number = requiredLong(block, "number", at);
                if (number != expected) {
                    throw new VerificationFailure(at + ": block number is " + number + ", expected " + expected
                            + " (numbers must run 0, 1, 2, … with no gap)");
                }
                int version = block.hasNonNull("version") ? (int) requiredLong(block, "version", at) : 1;
                if (version != 1 && version != 2) {
                    throw new VerificationFailure(at + ": unknown block format version " + version);
                }
                if (version < lastVersion) {
                    throw new VerificationFailure(at + ": format version " + version + " after version " + lastVersion
                            + " (versions never decrease)");
                }
                String prev = requiredText(block, "previousHash", at);
                String dataHash = requiredText(block, "dataHash", at);
                String stateDigest = requiredText(block, "stateDigest", at);
                String time = requiredText(block, "time", at);
                String hash = requiredText(block, "hash", at);
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

                // Transactions: each creator's signature over its signed bytes, certificate from a trusted CA.
                List<byte[]> txBytes = new ArrayList<>(txs.size());
                List<byte[]> sigs = new ArrayList<>(txs.size());
                for (int i = 0; i < txs.size(); i++) {
                    String tat = at + " tx " + i;
                    JsonNode envelope = txs.get(i);
                    JsonNode tx = envelope.path("transaction");
                    if (!tx.isObject()) {
                        throw new VerificationFailure(tat + ": no transaction");
                    }
                    byte[] signed = mapper.writeValueAsBytes(tx);
                    byte[] signature = base64(envelope, "signature", tat);
                    txBytes.add(signed);
                    sigs.add(signature);
                    String code = codes.get(i);
                    boolean badSignatureRecorded = "BAD_CREATOR_SIGNATURE".equals(code);
                    Identity creator;
                    try {
                        creator = creator(tx, tat);
                    } catch (IOException e) {
                        if (badSignatureRecorded) {
                            continue;
                        }
                        throw new VerificationFailure(tat + ": creator identity is malformed (" + e.getMessage() + ")");
                    }
                    String problem = null;
                    if (!creator.mspId().equals(tx.path("mspId").asText(null))) {
                        problem = "creator's MSP id " + creator.mspId() + " differs from the transaction's mspId "
                                + tx.path("mspId").asText(null);
                    } else if (issuer(creator).isEmpty()) {
                        problem = "creator certificate (" + creator.mspId() + " " + creator.subject()
                                + ") is not issued by a trusted CA of " + creator.mspId();
                    }
                    if (problem != null && !badSignatureRecorded) {
                        throw new VerificationFailure(tat + ": " + problem);
                    }
                    if (problem == null && !badSignatureRecorded) {
                        signatures.verify(creator.certificate(), signed, signature,
                                tat + ": creator signature does not verify");
                    }
                    if ("VALID".equals(code)) {
                        valid++;
                    }
                    creators.merge(creator.mspId() + "'s " + creator.subject(), 1L, Long::sum);
                }

                // Data hash, header hash, linkage.
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
                String expectedPrev = previousHash == null ? GENESIS_PREVIOUS_HASH : previousHash;
                if (!prev.equals(expectedPrev)) {
                    throw new VerificationFailure(at + ": previous hash does not match "
                            + (previousHash == null ? "the genesis value (64 zeros)" : "block " + (expected - 1) + "'s hash"));
                }

                // Orderer.
                Identity signer;
                try {
                    signer = Identity.parse(base64(block, "signer", at));
                } catch (IOException e) {
                    throw new VerificationFailure(at + ": orderer identity is malformed (" + e.getMessage() + ")");
                }
                if (!ORDERER_MSP.equals(signer.mspId())) {
                    throw new VerificationFailure(at + ": signed by " + signer.mspId() + ", not by the orderer (" + ORDERER_MSP + ")");
                }
                Optional<X509Certificate> ca = issuer(signer);
                if (ca.isEmpty()) {
                    throw new VerificationFailure(at + ": orderer certificate (" + signer.subject()
                            + ") is not issued by a trusted CA of " + ORDERER_MSP);
                }
                signatures.verify(signer.certificate(), signedBytes, base64(block, "signature", at),
                        at + ": orderer signature does not verify");
                if (state != null) {
                    state.block(at, txs, codes, stateDigest);
                }
                if (orderer == null || !orderer.certificate().equals(signer.certificate())) {
                    orderer = signer;
                    ordererCa = ca.get();
                }

                previousHash = hash;
                lastNumber = number;
                lastVersion = version;
                versions.merge(version, 1L, Long::sum);
                transactions += txs.size();
                blocks++;
            }
            signatures.drain();
        } catch (VerificationFailure found) {
            throw signatures.earliest(found);
        } finally {
            signatures.close();
        }
        if (blocks == 0) {
            throw new VerificationFailure("the block file holds no block");
        }
        return new ChainReport(blocks, transactions, valid, lastNumber, previousHash, orderer.mspId(),
                orderer.subject(), ordererCa.getSubjectX500Principal().getName(), creators, versions, trust.size());
    }

    /** A creator signs many transactions: its serialized identity is parsed once. */
    private Identity creator(JsonNode tx, String at) throws IOException, VerificationFailure {
        JsonNode serialized = tx.get("creator");
        Identity known = serialized != null && serialized.isTextual() ? parsedCreators.get(serialized.asText()) : null;
        if (known != null) {
            return known;
        }
        Identity parsed = Identity.parse(base64(tx, "creator", at));
        if (parsedCreators.size() < 10_000) {
            parsedCreators.put(serialized.asText(), parsed);
        }
        return parsed;
    }

    /** @return the trusted CA of the MSP the signer claims that issued its certificate, if any */
    private Optional<X509Certificate> issuer(Identity signer) {
        X509Certificate known = issued.get(signer);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<X509Certificate> ca = trust.issuerOf(signer.certificate(), signer.mspId());
        ca.ifPresent(c -> issued.put(signer, c));
        return ca;
    }

    /** DER SHA256withECDSA on P-256 with a low S, as the README specifies. */
    static boolean verifies(X509Certificate cert, byte[] data, byte[] der) {
        try {
            if (!lowS(der)) {
                return false;
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(data);
            return verifier.verify(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Reads s from {@code SEQUENCE { INTEGER r, INTEGER s }} (short-form lengths, as P-256 always has). */
    static boolean lowS(byte[] der) {
        if (der.length < 8 || der[0] != 0x30 || (der[1] & 0xff) != der.length - 2 || der[2] != 0x02) {
            return false;
        }
        int rLength = der[3] & 0xff;
        int sAt = 4 + rLength;
        if (sAt + 2 > der.length || der[sAt] != 0x02) {
            return false;
        }
        int sLength = der[sAt + 1] & 0xff;
        if (sAt + 2 + sLength != der.length) {
            return false;
        }
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(der, sAt + 2, der.length));
        return s.signum() > 0 && s.compareTo(P256_N.shiftRight(1)) <= 0;
    }

    private static long requiredLong(JsonNode node, String field, String at) throws VerificationFailure {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new VerificationFailure(at + ": " + field + " is missing or not a whole number");
        }
        return v.asLong();
    }

    private static String requiredText(JsonNode node, String field, String at) throws VerificationFailure {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new VerificationFailure(at + ": " + field + " is missing");
        }
        return v.asText();
    }

    private static byte[] base64(JsonNode node, String field, String at) throws VerificationFailure {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new VerificationFailure(at + ": " + field + " is missing");
        }
        try {
            return Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(at + ": " + field + " is not base64");
        }
    }
}
