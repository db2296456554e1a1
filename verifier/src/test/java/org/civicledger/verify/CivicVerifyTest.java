package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.ledger.embedded.MixedVersionChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * civic-verify against a real embedded ledger's data dir (made by the gateway's own ledger, a test
 * dependency only), then against copies of its block file tampered one part at a time.
 */
class CivicVerifyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] MSPS = RealLedger.MSPS;

    @TempDir
    static Path shared;
    static Path dataDir;
    static Path blocks;
    static Path trust;
    static Path otherDataDir;

    @TempDir
    Path work;

    @BeforeAll
    static void realLedger() throws IOException {
        RealLedger real = new RealLedger(shared);
        dataDir = real.dataDir;
        blocks = real.blocks;
        trust = real.trust;
        // Another deployment: CAs with the same names and other keys.
        otherDataDir = shared.resolve("other");
        IdentityStore other = IdentityStore.open(otherDataDir);
        for (String msp : MSPS) {
            other.identity(msp, "someone", false);
        }
    }

    record Result(int status, String out, String err) {
    }

    static Result verify(Path trustDir, Path blockFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CivicVerify.run(new String[] {"chain", "--trust", trustDir.toString(), blockFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRealChainVerifies() throws IOException {
        List<byte[]> records = readRecords(blocks);
        Result result = verify(trust, blocks);
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("Verified " + records.size() + " blocks, "), result.out());
        JsonNode last = MAPPER.readTree(records.get(records.size() - 1));
        assertTrue(result.out().contains("to block " + (records.size() - 1) + " whose hash is " + last.get("hash").asText()),
                result.out());
        assertTrue(result.out().contains("ordered by OrdererMSP's orderer"), result.out());
        assertTrue(result.out().contains("CommunityMSP's demo-app 12"), result.out());
        assertTrue(result.out().contains("of version 2"), result.out());
    }

    @Test
    void aChangedTimeIsCaughtByTheBlockHash() throws IOException {
        int target = readRecords(blocks).size() - 2;
        Path tampered = tamper(target, block -> {
            String time = block.get("time").asText();
            int digit = time.indexOf('T') + 1; // first digit of the hour
            char c = time.charAt(digit);
            block.put("time", time.substring(0, digit) + (c == '0' ? '1' : '0') + time.substring(digit + 1));
        });
        assertFails(tampered, "block " + target + ": block hash does not match its header");
    }

    @Test
    void aChangedCreatorSignatureIsNamed() throws IOException {
        int target = lastBlockWithTransactions();
        Path tampered = tamper(target, block -> {
            ObjectNode envelope = (ObjectNode) block.get("transactions").get(0);
            envelope.put("signature", flipped(envelope.get("signature").asText()));
        });
        assertFails(tampered, "block " + target + " tx 0: creator signature does not verify");
    }

    @Test
    void aChangedTransactionIsCaughtByItsCreatorSignature() throws IOException {
        int target = lastBlockWithTransactions();
        Path tampered = tamper(target, block -> {
            ObjectNode tx = (ObjectNode) block.get("transactions").get(0).get("transaction");
            tx.put("function", tx.get("function").asText() + "x");
        });
        assertFails(tampered, "block " + target + " tx 0: creator signature does not verify");
    }

    @Test
    void aChangedOrdererSignatureIsNamed() throws IOException {
        int target = 1;
        Path tampered = tamper(target, block -> block.put("signature", flipped(block.get("signature").asText())));
        assertFails(tampered, "block " + target + ": orderer signature does not verify");
    }

    @Test
    void aRemovedBlockBreaksTheChain() throws IOException {
        List<byte[]> records = new ArrayList<>(readRecords(blocks));
        records.remove(2);
        // Renumbering the blocks after it would change their hashes; leave them: the number gap is named.
        Path file = write(records);
        assertFails(file, "block 2: block number is 3, expected 2");
    }

    @Test
    void aDamagedRecordIsNamedByItsChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(blocks);
        bytes[bytes.length / 2] ^= 0x01;
        Path file = work.resolve("damaged.dat");
        Files.write(file, bytes);
        Result result = verify(trust, file);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("CRC32C does not match") || result.err().contains("bad record magic"),
                result.err());
    }

    @Test
    void anOrdererFromAnUntrustedCaFails() throws IOException {
        Path mixed = work.resolve("trust-other-orderer");
        Files.createDirectories(mixed);
        Files.copy(dataDir.resolve("identities/CommunityMSP/ca.crt"), mixed.resolve("CommunityMSP.crt"));
        Files.copy(dataDir.resolve("identities/AuditMSP/ca.crt"), mixed.resolve("AuditMSP.crt"));
        Files.copy(otherDataDir.resolve("identities/OrdererMSP/ca.crt"), mixed.resolve("OrdererMSP.crt"));
        Result result = verify(mixed, blocks);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("block 0: orderer certificate (orderer) is not issued by a trusted CA"),
                result.err());
    }

    @Test
    void aCreatorFromAnUntrustedCaFails() throws IOException {
        // The other deployment's CAs: same names, other keys; none issued this chain's certificates.
        Path others = otherDataDir.resolve("identities");
        Result result = verify(others, blocks);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().matches("(?s).*block \\d+ tx 0: creator certificate \\(CommunityMSP Admin\\) is not issued by a trusted CA.*"),
                result.err());
    }

    @Test
    void aCreatorCertificateIssuedByAnotherOrganisationsCaFails() throws IOException {
        // Every CA is trusted, but CommunityMSP's and AuditMSP's are filed under each other's MSP id: a
        // certificate must chain to a CA of the MSP it claims, not to any trusted CA.
        Path swapped = work.resolve("trust-swapped");
        Files.createDirectories(swapped);
        Files.copy(dataDir.resolve("identities/OrdererMSP/ca.crt"), swapped.resolve("OrdererMSP.crt"));
        Files.copy(dataDir.resolve("identities/CommunityMSP/ca.crt"), swapped.resolve("AuditMSP.crt"));
        Files.copy(dataDir.resolve("identities/AuditMSP/ca.crt"), swapped.resolve("CommunityMSP.crt"));
        Result result = verify(swapped, blocks);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().matches("(?s).*creator certificate \\((CommunityMSP|AuditMSP) Admin\\) is not issued "
                + "by a trusted CA of \\1.*"), result.err());
    }

    @Test
    void aChainOfLegacyThenCurrentBlocksVerifies() throws IOException {
        List<byte[]> records = readRecords(blocks);
        LedgerIdentity orderer = IdentityStore.open(dataDir).identity("OrdererMSP", "orderer", false);
        int legacy = records.size() / 2;
        Path mixed = work.resolve("mixed.dat");
        Files.write(mixed, MixedVersionChain.rewrite(records, legacy, orderer));
        Result result = verify(trust, mixed);
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("(" + legacy + " of version 1, " + (records.size() - legacy) + " of version 2)"),
                result.out());

        // A legacy block's time changed: caught by the version 1 header hash.
        List<byte[]> mixedRecords = readRecords(mixed);
        ObjectNode block = (ObjectNode) MAPPER.readTree(mixedRecords.get(1));
        assertTrue(!block.has("version"), "block 1 is a legacy block");
        block.put("time", block.get("time").asText().replace('T', ' '));
        mixedRecords.set(1, MAPPER.writeValueAsBytes(block));
        assertFails(write(mixedRecords), "block 1: block hash does not match its header");

        // A legacy block after a current one: a downgrade.
        Path downgrade = work.resolve("downgrade.dat");
        Files.write(downgrade, MixedVersionChain.rewrite(records, 0, orderer));
        List<byte[]> current = readRecords(downgrade);
        List<byte[]> allLegacy = readRecords(writeBytes(MixedVersionChain.rewrite(records, records.size(), orderer)));
        current.set(current.size() - 1, allLegacy.get(allLegacy.size() - 1));
        assertFails(write(current), "block " + (records.size() - 1) + ": format version 1 after version 2");
    }

    private Path writeBytes(byte[] bytes) throws IOException {
        Path file = work.resolve("bytes-" + System.nanoTime() + ".dat");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void usageAndMissingFilesExitTwo() {
        assertEquals(2, CivicVerify.run(new String[] {"chain", blocks.toString()}, System.out, System.err));
        assertEquals(2, verify(trust, work.resolve("absent.dat")).status());
        assertEquals(2, verify(work, blocks).status()); // a folder with no CA certificate
    }

    private static void assertFails(Path file, String message) {
        Result result = verify(trust, file);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains(message), "expected <" + message + "> in: " + result.err());
    }

    private int lastBlockWithTransactions() throws IOException {
        List<byte[]> records = readRecords(blocks);
        for (int i = records.size() - 1; i >= 0; i--) {
            if (MAPPER.readTree(records.get(i)).path("transactions").size() > 0) {
                return i;
            }
        }
        throw new AssertionError("no block with transactions");
    }

    /** Flips one byte inside r of a base64 DER signature. */
    private static String flipped(String base64) {
        byte[] der = Base64.getDecoder().decode(base64);
        der[10] ^= 0x01;
        return Base64.getEncoder().encodeToString(der);
    }

    /** A copy of the block file with one block's JSON changed and its record's checksums recomputed. */
    private Path tamper(int blockNumber, Consumer<ObjectNode> change) throws IOException {
        List<byte[]> records = new ArrayList<>(readRecords(blocks));
        ObjectNode block = (ObjectNode) MAPPER.readTree(records.get(blockNumber));
        byte[] before = MAPPER.writeValueAsBytes(block);
        assertTrue(java.util.Arrays.equals(before, records.get(blockNumber)), "re-serialising must be byte-exact");
        change.accept(block);
        records.set(blockNumber, MAPPER.writeValueAsBytes(block));
        return write(records);
    }

    private Path write(List<byte[]> payloads) throws IOException {
        return writeRecords(work, payloads);
    }

    /** @return a new block file in {@code dir} holding {@code payloads} as records, with their checksums */
    static Path writeRecords(Path dir, List<byte[]> payloads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] payload : payloads) {
            ByteBuffer header = ByteBuffer.allocate(16);
            header.putInt(RecordReader.MAGIC).putInt(payload.length);
            header.putInt(RecordReader.crc32c(header.array(), 0, 8));
            header.putInt(RecordReader.crc32c(payload, 0, payload.length));
            out.writeBytes(header.array());
            out.writeBytes(payload);
        }
        Path file = dir.resolve("blocks-" + System.nanoTime() + ".dat");
        Files.write(file, out.toByteArray());
        return file;
    }

    static List<byte[]> readRecords(Path file) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (RecordReader reader = new RecordReader(file)) {
            byte[] payload;
            while ((payload = reader.next()) != null) {
                out.add(payload);
            }
        } catch (VerificationFailure e) {
            throw new AssertionError(e);
        }
        return out;
    }

}
