package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.ConflictRetry;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.ledger.embedded.OneBlock;
import org.civicledger.gateway.ledger.embedded.OneBlock.Call;
import org.civicledger.gateway.ledger.embedded.OneBlock.Committed;
import org.civicledger.gateway.service.Args;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code civic-verify --trust <folder> proof.json} on proofs of a real embedded ledger (made by the gateway's own
 * ledger, a test dependency only): block B holds three transactions simulated together (the proof's transaction
 * at index 1, VALID; index 2 read what index 1 wrote: MVCC_READ_CONFLICT), block B+1 one signed by someone else
 * than its creator (BAD_CREATOR_SIGNATURE), then three more blocks; a proof's header chain runs to block B+4.
 */
class EmbeddedProofTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int T = 1;
    private static final int O = 2;

    @TempDir
    static Path shared;
    static Path dataDir;
    static Path trust;
    static Path otherDataDir;
    static LedgerIdentity app;
    static LedgerIdentity admin;
    static LedgerIdentity otherOrderer;
    static Committed target;
    static Committed conflicted;
    static Committed badSignature;
    static long b;
    static long m;

    @TempDir
    Path work;

    @BeforeAll
    static void realLedger() throws IOException {
        RealLedger real = new RealLedger(shared);
        dataDir = real.dataDir;
        trust = real.trust;
        IdentityStore identities = IdentityStore.open(dataDir);
        app = identities.identity("CommunityMSP", "demo-app", false);
        admin = identities.identity("CommunityMSP", "demo-admin", false);
        String r1 = resident(1);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dataDir, identities)) {
            List<Committed> block = OneBlock.commit(ledger,
                    Call.by(app, "Community:enrolResident", Args.json("residentId", resident(4))),
                    Call.by(app, "Points:award", award("p-0", r1)),
                    Call.by(app, "Points:award", award("p-1", r1)));
            assertEquals(List.of("VALID", "VALID", "MVCC_READ_CONFLICT"), block.stream().map(Committed::code).toList());
            target = block.get(T);
            conflicted = block.get(O);
            badSignature = OneBlock.commit(ledger, new Call(app, admin, "Points:award", award("p-2", resident(2))))
                    .get(0);
            assertEquals("BAD_CREATOR_SIGNATURE", badSignature.code());
            for (int i = 0; i < 3; i++) {
                ledger.submit(app, "Points:award", award("p-after-" + i, resident(3)));
            }
            b = target.block();
            m = ledger.height() - 1;
        }
        assertEquals(b + 4, m);
        otherDataDir = shared.resolve("other");
        IdentityStore other = IdentityStore.open(otherDataDir);
        for (String msp : RealLedger.MSPS) {
            other.identity(msp, "someone", false);
        }
        otherOrderer = other.identity("OrdererMSP", "orderer", false);
    }

    static String resident(int n) {
        return String.format("%064x", n);
    }

    static String award(String contributionId, String resident) {
        return Args.json("contributionId", contributionId, "residentId", resident, "activityType", "patrol",
                "quantity", 1, "occurredAt", Instant.now().toString());
    }

    record Result(int status, String out, String err) {
    }

    static Result verify(Path trustDir, byte[] proof, Path dir, String... command) throws IOException {
        Path file = Files.createTempFile(dir, "proof", ".json");
        Files.write(file, proof);
        String[] args = Stream.concat(Stream.of(command), Stream.of("--trust", trustDir.toString(), file.toString()))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CivicVerify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] proofOf(String txId) throws IOException {
        return ProofFixture.proof(dataDir, txId, OptionalLong.empty());
    }

    @Test
    void aValidProofVerifiesAndSaysWhatItProved() throws IOException {
        byte[] proof = proofOf(target.txId());
        Result result = verify(trust, proof, work);
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        JsonNode doc = MAPPER.readTree(proof);
        JsonNode tx = block(doc).get("transactions").get(T).get("transaction");
        String out = result.out();
        assertTrue(out.startsWith("Transaction " + target.txId() + ", created by CommunityMSP's demo-app (certificate"
                + " issued by trusted CA CN=ca,O=CommunityMSP) at " + tx.get("timestamp").asText() + ", endorsed under"
                + " the embedded ledger's rule (simulated in-process; no separate endorsers), valid in block " + b
                + " of version 2, whose hash chains through 4 headers to block " + m + " (hash "
                + doc.get("checkpointHash").asText() + ") signed by OrdererMSP's orderer (certificate issued by trusted CA"
                + " CN=ca,O=OrdererMSP). It called Points:award with [" + tx.get("args").get(0).asText() + "] and set event "
                + tx.get("event").get("name").asText() + " {"), out);
        String payload = new String(Base64.getDecoder().decode(tx.get("event").get("payload").asText()),
                StandardCharsets.UTF_8);
        assertTrue(out.contains(" " + payload + ". Compare block " + m + "'s hash with one you hold"), out);
        // The same with the command named.
        assertEquals(0, verify(trust, proof, work, "proof").status());
    }

    @Test
    void aProofToAnEarlierCheckpointOrToItsOwnBlockVerifies() throws IOException {
        Result twoHeaders = verify(trust, ProofFixture.proof(dataDir, target.txId(), OptionalLong.of(b + 2)), work);
        assertEquals(0, twoHeaders.status(), twoHeaders.err());
        assertTrue(twoHeaders.out().contains("chains through 2 headers to block " + (b + 2)), twoHeaders.out());

        byte[] own = ProofFixture.proof(dataDir, target.txId(), OptionalLong.of(b));
        Result itself = verify(trust, own, work);
        assertEquals(0, itself.status(), itself.err());
        assertTrue(itself.out().contains("valid in block " + b + " of version 2 (hash "
                + MAPPER.readTree(own).get("checkpointHash").asText() + "), itself the checkpoint, signed by"), itself.out());

        // With no header, the seal must repeat the block's own codes: its signature alone does not tie them to it.
        ObjectNode doc = (ObjectNode) MAPPER.readTree(own);
        ObjectNode seal = json(doc, "seal");
        ((ArrayNode) seal.get("validationCodes")).set(O, "VALID");
        doc.put("seal", b64(seal));
        assertFails(doc, "seal: validation codes differ from block " + b + "'s");
    }

    /** Each part of a proof changed: verification fails (1) and names the part. */
    static Stream<Arguments> tampers() {
        return Stream.of(
                tamper("the transaction's event", d -> editTx(d, T, tx -> ((ObjectNode) tx.get("event")).put("name",
                        "PointsRedeemed")), "block {B} tx {T}: creator signature does not verify"),
                tamper("the transaction's args, one byte", d -> editTx(d, T, tx -> ((ArrayNode) tx.get("args")).set(0,
                        tx.get("args").get(0).asText().replace("p-0", "p-9"))), "block {B} tx {T}: creator signature does not verify"),
                tamper("the transaction's timestamp", d -> editTx(d, T, tx -> tx.put("timestamp",
                        Instant.parse(tx.get("timestamp").asText()).plusSeconds(1).toString())),
                        "block {B} tx {T}: creator signature does not verify"),
                tamper("the creator signature", d -> editBlock(d, blk -> {
                    ObjectNode envelope = (ObjectNode) blk.get("transactions").get(T);
                    envelope.put("signature", flipped(envelope.get("signature").asText()));
                }), "block {B} tx {T}: creator signature does not verify"),
                tamper("the creator certificate, one byte of its signature", d -> editTx(d, T, tx -> tx.put("creator",
                        damagedCertificate(tx.get("creator").asText()))),
                        "block {B} tx {T}: creator certificate (CommunityMSP demo-app) is not issued by a trusted CA of CommunityMSP"),
                tamper("the creator certificate, another of its CA's", d -> editTx(d, T, tx -> tx.put("creator",
                        Base64.getEncoder().encodeToString(admin.serialized()))),
                        "block {B} tx {T}: creator signature does not verify"),
                tamper("the transaction's mspId", d -> editTx(d, T, tx -> tx.put("mspId", "AuditMSP")),
                        "block {B} tx {T}: creator's MSP id CommunityMSP differs from the transaction's mspId AuditMSP"),
                tamper("another transaction of the block", d -> editTx(d, O, tx -> tx.put("function", "Points:redeem")),
                        "block {B} tx {O}: creator signature does not verify"),
                tamper("another transaction's signature", d -> editBlock(d, blk -> {
                    ObjectNode envelope = (ObjectNode) blk.get("transactions").get(O);
                    envelope.put("signature", flipped(envelope.get("signature").asText()));
                }), "block {B} tx {O}: creator signature does not verify"),
                tamper("another transaction removed", d -> editBlock(d, blk -> {
                    ((ArrayNode) blk.get("transactions")).remove(O);
                    ((ArrayNode) blk.get("validationCodes")).remove(O);
                }), "block {B}: data hash does not match its transactions"),
                tamper("the block's time", d -> editBlock(d, blk -> blk.put("time",
                        Instant.parse(blk.get("time").asText()).plusSeconds(3600).toString())),
                        "block {B}: block hash does not match its header"),
                tamper("the block's previous hash", d -> editBlock(d, blk -> blk.put("previousHash",
                        otherHex(blk.get("previousHash").asText()))), "block {B}: block hash does not match its header"),
                tamper("the block's state digest", d -> editBlock(d, blk -> blk.put("stateDigest",
                        otherHex(blk.get("stateDigest").asText()))), "block {B}: block hash does not match its header"),
                tamper("the block's data hash", d -> editBlock(d, blk -> blk.put("dataHash",
                        otherHex(blk.get("dataHash").asText()))), "block {B}: data hash does not match its transactions"),
                tamper("the block's validation codes", d -> editBlock(d, blk -> ((ArrayNode) blk.get("validationCodes"))
                        .set(O, "VALID")), "block {B}: orderer signature does not verify"),
                tamper("the block's orderer signature", d -> editBlock(d, blk -> blk.put("signature",
                        flipped(blk.get("signature").asText()))), "block {B}: orderer signature does not verify"),
                tamper("the block's orderer certificate", d -> editBlock(d, blk -> blk.put("signer",
                        Base64.getEncoder().encodeToString(otherOrderer.serialized()))),
                        "block {B}: orderer certificate (orderer) is not issued by a trusted CA of OrdererMSP"),
                tamper("the first header's previous hash", d -> editHeader(d, 0, h -> h.put("previousHash",
                        otherHex(h.get("previousHash").asText()))), "header {B+1}: previous hash does not match block {B}'s hash"),
                tamper("a middle header's time", d -> editHeader(d, 1, h -> h.put("time",
                        Instant.parse(h.get("time").asText()).minusSeconds(1).toString())),
                        "header {B+2}: hash does not match the header's fields"),
                tamper("a middle header's hash", d -> editHeader(d, 1, h -> h.put("hash", otherHex(h.get("hash").asText()))),
                        "header {B+2}: hash does not match the header's fields"),
                tamper("a middle header's data hash, one raw byte", d -> flipHexInHeader(d, 2, "\"dataHash\":\""),
                        "header {B+3}: hash does not match the header's fields"),
                tamper("a middle header's previous hash", d -> editHeader(d, 2, h -> h.put("previousHash",
                        otherHex(h.get("previousHash").asText()))), "header {B+3}: previous hash does not match header {B+2}'s hash"),
                tamper("a middle header removed", d -> ((ArrayNode) d.get("headers")).remove(1),
                        "header {B+2}: number is {B+3}, expected {B+2}"),
                tamper("a header's version lowered", d -> editHeader(d, 1, h -> h.remove("version")),
                        "header {B+2}: format version 1 after version 2"),
                tamper("the last header's state digest", d -> editHeader(d, 3, h -> h.put("stateDigest",
                        otherHex(h.get("stateDigest").asText()))), "header {M}: hash does not match the header's fields"),
                tamper("the last header's hash, checkpointHash to match", d -> {
                    String hash = otherHex(d.get("checkpointHash").asText());
                    editHeader(d, 3, h -> h.put("hash", hash));
                    d.put("checkpointHash", hash);
                }, "header {M}: hash does not match the header's fields"),
                tamper("the seal's signature", d -> editSeal(d, s -> s.put("signature", flipped(s.get("signature").asText()))),
                        "seal: orderer signature does not verify"),
                tamper("the seal's validation codes", d -> editSeal(d, s -> ((ArrayNode) s.get("validationCodes")).add("VALID")),
                        "seal: orderer signature does not verify"),
                tamper("the seal's signer certificate", d -> editSeal(d, s -> s.put("signer",
                        Base64.getEncoder().encodeToString(otherOrderer.serialized()))),
                        "seal: orderer certificate (orderer) is not issued by a trusted CA of OrdererMSP"),
                tamper("the seal's signer, not an orderer", d -> editSeal(d, s -> s.put("signer",
                        Base64.getEncoder().encodeToString(app.serialized()))), "seal: signed by CommunityMSP, not by the orderer"),
                tamper("the checkpointHash", d -> d.put("checkpointHash", otherHex(d.get("checkpointHash").asText())),
                        "checkpointHash: does not match block {M}'s hash"),
                tamper("the checkpoint", d -> d.put("checkpoint", m - 1),
                        "checkpoint: the proof names block {M-1}, its header chain ends at block {M}"),
                tamper("the blockNumber", d -> d.put("blockNumber", b + 1),
                        "blockNumber: the proof names block {B+1}, its block is block {B}"),
                tamper("the txIndex", d -> d.put("txIndex", O), "txIndex: transaction {TX} is at index {T} of block {B}, not {O}"),
                tamper("the txIndex, out of the block", d -> d.put("txIndex", 99), "txIndex: block {B} has 3 transactions, no index 99"),
                tamper("the txId", d -> d.put("txId", otherHex(d.get("txId").asText())), "txId: block {B} holds no transaction "),
                tamper("the validationCode", d -> d.put("validationCode", "MVCC_READ_CONFLICT"),
                        "validationCode: the proof says MVCC_READ_CONFLICT, block {B} records VALID for transaction {T}"),
                tamper("the format", d -> d.put("format", "civic-ledger/proof/2"), "format: not civic-ledger/proof/1"),
                tamper("the ledger", d -> d.put("ledger", "OTHER"), "ledger: neither EMBEDDED nor FABRIC"),
                tamper("the channel", d -> d.put("channel", "civic"), "channel: an embedded ledger's proof names no channel"),
                tamper("an unexpected field", d -> d.put("note", "trust me"), "proof: unexpected field note"),
                tamper("the block, not base64", d -> d.put("block", "%%%"), "block is not base64"),
                tamper("the block, one raw byte", d -> {
                    byte[] bytes = Base64.getDecoder().decode(d.get("block").asText());
                    bytes[0] = '[';
                    d.put("block", Base64.getEncoder().encodeToString(bytes));
                }, "block: not JSON"));
    }

    private static Arguments tamper(String part, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(part, change, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampers")
    void aChangedPartFailsNamingIt(String part, Consumer<ObjectNode> change, String expected) throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(proofOf(target.txId()));
        change.accept(doc);
        String message = expected.replace("{B}", "" + b).replace("{B+1}", "" + (b + 1)).replace("{B+2}", "" + (b + 2))
                .replace("{B+3}", "" + (b + 3)).replace("{M}", "" + m).replace("{M-1}", "" + (m - 1))
                .replace("{T}", "" + T).replace("{O}", "" + O).replace("{TX}", target.txId());
        assertFails(doc, message);
    }

    @Test
    void aProofOfAnInvalidTransactionIsProvedInvalidNeverValid() throws IOException {
        Result mvcc = verify(trust, proofOf(conflicted.txId()), work);
        assertEquals(3, mvcc.status(), mvcc.err());
        assertTrue(mvcc.out().startsWith("PROVED INVALID: transaction " + conflicted.txId() + " is MVCC_READ_CONFLICT in block "
                + b + " of version 2, whose hash chains through 4 headers to block " + m), mvcc.out());
        assertTrue(mvcc.out().contains("none of its writes were applied. It was created by CommunityMSP's demo-app"), mvcc.out());

        // Claiming it VALID does not help: the code is read from the orderer-signed block.
        ObjectNode claimed = (ObjectNode) MAPPER.readTree(proofOf(conflicted.txId()));
        claimed.put("validationCode", "VALID");
        assertFails(claimed, "validationCode: the proof says VALID, block " + b + " records MVCC_READ_CONFLICT for transaction " + O);

        Result bad = verify(trust, proofOf(badSignature.txId()), work);
        assertEquals(3, bad.status(), bad.err());
        assertTrue(bad.out().startsWith("PROVED INVALID: transaction " + badSignature.txId() + " is BAD_CREATOR_SIGNATURE in block "
                + (b + 1)), bad.out());
        assertTrue(bad.out().contains("It was claimed by CommunityMSP (the ledger refused its creator's signature)"), bad.out());
    }

    @Test
    void aCreatorFromACaNotTrustedFails() throws IOException {
        // CommunityMSP's CA of another deployment: same name, other key. The orderer is trusted.
        Path mixed = work.resolve("trust-other-community");
        Files.createDirectories(mixed);
        Files.copy(otherDataDir.resolve("identities/CommunityMSP/ca.crt"), mixed.resolve("CommunityMSP.crt"));
        Files.copy(dataDir.resolve("identities/OrdererMSP/ca.crt"), mixed.resolve("OrdererMSP.crt"));
        Result result = verify(mixed, proofOf(target.txId()), work);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("block " + b + " tx 0: creator certificate (CommunityMSP demo-app) is not issued by"
                + " a trusted CA of CommunityMSP"), result.err());
    }

    @Test
    void aCreatorCertificateIssuedByATrustedCaOfAnotherMspFails() throws IOException {
        // CommunityMSP's own CA is trusted, but filed as AuditMSP's: it cannot vouch for a CommunityMSP creator.
        Path swapped = work.resolve("trust-swapped");
        Files.createDirectories(swapped);
        Files.copy(dataDir.resolve("identities/OrdererMSP/ca.crt"), swapped.resolve("OrdererMSP.crt"));
        Files.copy(dataDir.resolve("identities/CommunityMSP/ca.crt"), swapped.resolve("AuditMSP.crt"));
        Files.copy(dataDir.resolve("identities/AuditMSP/ca.crt"), swapped.resolve("CommunityMSP.crt"));
        Result result = verify(swapped, proofOf(target.txId()), work);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("creator certificate (CommunityMSP demo-app) is not issued by a trusted CA of"
                + " CommunityMSP"), result.err());
    }

    @Test
    void aCreatorCertificateNotValidAtTheTransactionsTimeFails() throws IOException {
        // Identity certificates are valid for 50 years; this ledger's clock runs 51 years ahead, so its
        // transactions are timestamped after their creators' certificates expired. (The gateway checks a
        // certificate against its own clock when it commits, not against the transaction's timestamp.)
        Path expiredDir = work.resolve("expired");
        IdentityStore identities = IdentityStore.open(expiredDir);
        LedgerIdentity communityAdmin = identities.identity("CommunityMSP", "Admin", true);
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(51 * 366));
        try (EmbeddedLedger ledger = EmbeddedLedger.open(expiredDir, identities, later, ConflictRetry.DEFAULT_MAX_ATTEMPTS)) {
            ledger.submit(communityAdmin, "Registry:init");
        }
        Path expiredTrust = work.resolve("expired-trust");
        Files.createDirectories(expiredTrust);
        for (String msp : List.of("CommunityMSP", "OrdererMSP")) {
            Files.copy(expiredDir.resolve("identities/" + msp + "/ca.crt"), expiredTrust.resolve(msp + ".crt"));
        }
        String txId = MAPPER.readTree(CivicVerifyTest.readRecords(expiredDir.resolve("ledger/blocks.dat")).get(0))
                .get("transactions").get(0).get("transaction").get("txId").asText();
        Result result = verify(expiredTrust, ProofFixture.proof(expiredDir, txId, OptionalLong.empty()), work);
        assertEquals(1, result.status(), result.out());
        String expired = "block 0 tx 0: creator certificate (CommunityMSP Admin) was not valid at the transaction's time ";
        assertTrue(result.err().contains(expired), result.err());
        // The same check, the same words, for the whole chain.
        CivicVerifyTest.Result chain = CivicVerifyTest.verify(expiredTrust, expiredDir.resolve("ledger/blocks.dat"));
        assertEquals(1, chain.status(), chain.out());
        assertTrue(chain.err().contains(expired), chain.err());
    }

    @Test
    void aSignersCertificateIsCheckedAtTheTimeItSigned() {
        java.security.cert.X509Certificate cert = app.certificate();
        assertEquals(null, EmbeddedBlocks.invalidAt(cert, Instant.now().toString(), "block's time"));
        assertTrue(EmbeddedBlocks.invalidAt(cert, "2200-01-01T00:00:00Z", "block's time")
                .startsWith("was not valid at the block's time 2200-01-01T00:00:00Z (valid from "));
        assertTrue(EmbeddedBlocks.invalidAt(cert, cert.getNotBefore().toInstant().minusSeconds(1).toString(),
                "block's time").startsWith("was not valid at the block's time"));
        assertEquals("cannot be checked at the block's time: it is not an ISO-8601 instant",
                EmbeddedBlocks.invalidAt(cert, "yesterday", "block's time"));
    }

    @Test
    void usageAndUnreadableProofsExitTwo() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, CivicVerify.run(new String[] {"--trust", trust.toString()}, quiet, quiet));
        assertEquals(2, CivicVerify.run(new String[] {"proof", trust.toString(), "proof.json"}, quiet, quiet));
        assertEquals(2, CivicVerify.run(new String[] {"--trust", trust.toString(), work.resolve("absent.json").toString()},
                quiet, quiet));
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws IOException {
        String doc = new String(proofOf(target.txId()), StandardCharsets.UTF_8);
        assertTrue(doc.startsWith("{\"format\""), doc);
        Result result = verify(trust, ("{\"txId\":\"" + conflicted.txId() + "\"," + doc.substring(1))
                .getBytes(StandardCharsets.UTF_8), work);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().contains("proof: not JSON (Duplicate field 'txId')"), result.err());
    }

    @Test
    void theWholeChainWithItsInvalidTransactionsVerifies() {
        CivicVerifyTest.Result result = CivicVerifyTest.verify(trust, dataDir.resolve("ledger/blocks.dat"));
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("transactions (" ), result.out());
        assertTrue(result.out().contains(", 2 invalid)"), result.out());
    }

    private void assertFails(ObjectNode doc, String message) throws IOException {
        Result result = verify(trust, MAPPER.writeValueAsBytes(doc), work);
        assertEquals(1, result.status(), "expected a failure naming <" + message + ">; got " + result.out() + result.err());
        assertTrue(result.err().startsWith("NOT VERIFIED: "), result.err());
        assertTrue(result.err().contains(message), "expected <" + message + "> in: " + result.err());
    }

    // ---- changing one part of a proof document ----

    static ObjectNode json(ObjectNode doc, String field) {
        try {
            return (ObjectNode) MAPPER.readTree(Base64.getDecoder().decode(doc.get(field).asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String b64(JsonNode node) {
        try {
            return Base64.getEncoder().encodeToString(MAPPER.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode block(JsonNode doc) {
        return json((ObjectNode) doc, "block");
    }

    static void editBlock(ObjectNode doc, Consumer<ObjectNode> change) {
        ObjectNode blk = json(doc, "block");
        change.accept(blk);
        doc.put("block", b64(blk));
    }

    static void editTx(ObjectNode doc, int index, Consumer<ObjectNode> change) {
        editBlock(doc, blk -> change.accept((ObjectNode) blk.get("transactions").get(index).get("transaction")));
    }

    static void editSeal(ObjectNode doc, Consumer<ObjectNode> change) {
        ObjectNode seal = json(doc, "seal");
        change.accept(seal);
        doc.put("seal", b64(seal));
    }

    static void editHeader(ObjectNode doc, int index, Consumer<ObjectNode> change) {
        ArrayNode headers = (ArrayNode) doc.get("headers");
        try {
            ObjectNode header = (ObjectNode) MAPPER.readTree(Base64.getDecoder().decode(headers.get(index).asText()));
            change.accept(header);
            headers.set(index, b64(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one hex digit of a header's raw bytes, just after {@code marker}. */
    static void flipHexInHeader(ObjectNode doc, int index, String marker) {
        ArrayNode headers = (ArrayNode) doc.get("headers");
        byte[] bytes = Base64.getDecoder().decode(headers.get(index).asText());
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(marker) + marker.length() + 5;
        bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
        headers.set(index, Base64.getEncoder().encodeToString(bytes));
    }

    /** Flips one byte inside r of a base64 DER signature. */
    static String flipped(String base64) {
        byte[] der = Base64.getDecoder().decode(base64);
        der[10] ^= 0x01;
        return Base64.getEncoder().encodeToString(der);
    }

    static String otherHex(String hex) {
        return (hex.charAt(0) == '0' ? '1' : '0') + hex.substring(1);
    }

    /** A serialized identity whose PEM certificate has one base64 character of its signature changed. */
    static String damagedCertificate(String serializedBase64) {
        String s = new String(Base64.getDecoder().decode(serializedBase64), StandardCharsets.ISO_8859_1);
        int at = s.indexOf("\n-----END CERTIFICATE") - 8;
        char c = s.charAt(at);
        s = s.substring(0, at) + (c == 'A' ? 'B' : 'A') + s.substring(at + 1);
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
