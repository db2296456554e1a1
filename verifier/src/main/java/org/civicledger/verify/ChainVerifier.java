package org.civicledger.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies an embedded ledger's block file end to end: records, number continuity, previous-hash
 * linkage and format versions that never decrease, and each block's own checks ({@link EmbeddedBlocks}:
 * hashes by its format version, the orderer's and every creator's signature, each signer's certificate
 * issued by a trusted CA of its MSP and valid when it signed).
 */
public final class ChainVerifier {
    static final String ORDERER_MSP = "OrdererMSP";
    static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);
    /** The order of P-256's base point: a low-S signature has s at most half of it. */
    private static final BigInteger P256_N = new BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private final TrustStore trust;
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
        EmbeddedBlocks checks = new EmbeddedBlocks(trust, signatures);
        try (RecordReader records = new RecordReader(blockFile)) {
            byte[] payload;
            while ((payload = records.next()) != null) {
                long expected = blocks;
                String at = "block " + expected;
                JsonNode json = checks.parse(payload, at);
                long number = Fields.requiredLong(json, "number", at);
                if (number != expected) {
                    throw new VerificationFailure(at + ": block number is " + number + ", expected " + expected
                            + " (numbers must run 0, 1, 2, … with no gap)");
                }
                int version = EmbeddedBlocks.version(json, at);
                if (version < lastVersion) {
                    throw new VerificationFailure(at + ": format version " + version + " after version " + lastVersion
                            + " (versions never decrease)");
                }
                EmbeddedBlock block = checks.verify(json, at);
                if (state != null) {
                    state.block(at, json.path("transactions"), block.codes(), Fields.requiredText(json, "stateDigest", at));
                }
                String expectedPrev = previousHash == null ? GENESIS_PREVIOUS_HASH : previousHash;
                if (!block.previousHash().equals(expectedPrev)) {
                    throw new VerificationFailure(at + ": previous hash does not match "
                            + (previousHash == null ? "the genesis value (64 zeros)" : "block " + (expected - 1) + "'s hash"));
                }
                for (int i = 0; i < block.codes().size(); i++) {
                    if ("VALID".equals(block.codes().get(i))) {
                        valid++;
                    }
                    Identity creator = block.creators().get(i);
                    if (creator != null) {
                        creators.merge(creator.mspId() + "'s " + creator.subject(), 1L, Long::sum);
                    }
                }
                if (orderer == null || !orderer.certificate().equals(block.orderer().certificate())) {
                    orderer = block.orderer();
                    ordererCa = block.ordererCa();
                }
                previousHash = block.hash();
                lastNumber = number;
                lastVersion = version;
                versions.merge(version, 1L, Long::sum);
                transactions += block.transactions().size();
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

    /** DER SHA256withECDSA on P-256 with a low S, as the README specifies. */
    public static boolean verifies(X509Certificate cert, byte[] data, byte[] der) {
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
}
