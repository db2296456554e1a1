package org.civicledger.gateway.ledger.fabric;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.civicledger.gateway.api.TempDataDir;
import org.civicledger.gateway.identity.Creator;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxProof;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transaction proofs on the real network ({@code mvn verify -Pfabric}): each proof's block holds its transaction, its
 * data hash recomputes, its headers chain to the checkpoint, the orderers' seal and every signature verify against
 * the channel's CAs, and the endorsers are a MAJORITY of the application organisations.
 *
 * <p>Also leaves real proofs for civic-verify's CI test in {@code target/fabric-proofs/} ({@code manifest.txt} lists
 * them): {@code valid-award.json}, {@code credit-check.json}, {@code invalid.json} (a transaction the ledger recorded as
 * not VALID), and {@code trust/<MSP>/ca.crt}, each organisation's CA certificate (public certificates only).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class FabricProofIT {
    static final Path OUT = Path.of("target", "fabric-proofs").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LedgerPort ledger;

    @BeforeAll
    static void freshProofsFolderWithTheOrganisationsCas() throws IOException {
        assumeTrue("fabric".equals(System.getProperty("civic.ledger.mode")), "proofs of the real network: -Pfabric");
        if (Files.exists(OUT)) {
            try (Stream<Path> old = Files.walk(OUT)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, Path> ca : Network.read().cas().entrySet()) {
            Path target = OUT.resolve("trust").resolve(ca.getKey()).resolve("ca.crt");
            Files.createDirectories(target.getParent());
            Files.copy(ca.getValue(), target);
        }
    }

    @AfterAll
    static void manifest() throws IOException {
        if (!Files.isDirectory(OUT)) {
            return; // not run on a Fabric network
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(OUT)) {
            all.filter(Files::isRegularFile).map(p -> OUT.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("manifest.txt")).sorted().forEach(files::add);
        }
        Files.write(OUT.resolve("manifest.txt"), files, StandardCharsets.UTF_8);
    }

    private FabricLedger fabric() {
        return (FabricLedger) ledger;
    }

    @Test
    void a_fresh_awards_proof_holds_it_chains_to_the_latest_block_and_carries_the_orderers_seal() throws Exception {
        FabricLedger fabric = fabric();
        String residentId = enrol();
        String txId = award(residentId);
        enrol(); // a later block, so the proof carries headers

        TxProof proof = fabric.proof(txId, OptionalLong.empty()).orElseThrow();

        assertEquals("VALID", proof.validationCode());
        assertEquals("demo", proof.community());
        assertEquals(fabric.height() - 1, proof.checkpoint(), "without a checkpoint, the latest block");
        assertFalse(proof.headers().isEmpty());
        assertArrayEquals(fabric.rawBlock(proof.blockNumber()).toByteArray(), proof.block(),
                "the block as the peer stores it");
        FabricBlocks.ParsedTx tx = assertChecksOut(fabric, proof);
        assertEquals("Points:award", tx.function());
        assertEquals("CommunityMSP", Creator.parse(tx.creator()).orElseThrow().mspId());
        write("valid-award.json", proof);
    }

    @Test
    void an_explicit_checkpoint_ends_the_header_chain_there() throws Exception {
        FabricLedger fabric = fabric();
        String txId = award(enrol());
        enrol();
        enrol();
        long block = fabric.proof(txId, OptionalLong.empty()).orElseThrow().blockNumber();

        TxProof next = fabric.proof(txId, OptionalLong.of(block + 1)).orElseThrow();
        assertEquals(block + 1, next.checkpoint());
        assertEquals(1, next.headers().size());
        assertEquals(FabricBlocks.hex(FabricBlocks.headerHash(fabric.rawBlock(block + 1).getHeader())),
                next.checkpointHash());
        assertChecksOut(fabric, next);

        TxProof own = fabric.proof(txId, OptionalLong.of(block)).orElseThrow();
        assertEquals(List.of(), own.headers());
        assertEquals(block, own.checkpoint());
        assertChecksOut(fabric, own);

        long height = fabric.height();
        assertThrows(IllegalArgumentException.class, () -> fabric.proof(txId, OptionalLong.of(height + 5)));
        assertThrows(IllegalArgumentException.class, () -> fabric.proof(txId, OptionalLong.of(block - 1)));
        assertTrue(fabric.proof(UUID.randomUUID().toString().replace("-", ""), OptionalLong.empty()).isEmpty());
    }

    @Test
    void a_consent_gated_credit_check_is_proved_as_the_banks_transaction() throws Exception {
        FabricLedger fabric = fabric();
        String residentId = enrol();
        award(residentId);
        String productId = publishProduct();
        as("demo-app-token").body(Map.of("consentId", unique("consent"), "residentId", residentId, "bankId", "demo-bank",
                "purpose", "loan", "expiresAt", Instant.now().plusSeconds(30L * 24 * 3600).toString()))
                .post("/api/v1/consents").then().statusCode(201);
        String txId = as("demo-bank-token").body(Map.of("residentId", residentId, "productId", productId, "purpose", "loan"))
                .post("/api/v1/credit-checks").then().statusCode(200).extract().path("txId");
        enrol(); // a later block, so the proof carries headers

        TxProof proof = fabric.proof(txId, OptionalLong.empty()).orElseThrow();

        assertEquals("VALID", proof.validationCode());
        assertEquals("demo", proof.community(), "the checked resident's community");
        FabricBlocks.ParsedTx tx = assertChecksOut(fabric, proof);
        assertEquals("BankMSP", Creator.parse(tx.creator()).orElseThrow().mspId());
        write("credit-check.json", proof);
    }

    /**
     * The whole channel as block files ({@code blocks/<n>.block}, one {@code common.Block} each, as {@code peer channel
     * fetch} writes them) with the auditor's reconciliation at the same height ({@code reconciliation.json}):
     * civic-verify's CI test verifies every block of the real network and recomputes the books from its write sets.
     */
    @Test
    void the_whole_channel_as_block_files_with_the_reconciliation_at_the_same_height() throws Exception {
        FabricLedger fabric = fabric();
        award(enrol()); // at least one award to recompute
        String before = reconciliation();
        long height = fabric.height();
        Path blocks = OUT.resolve("blocks");
        Files.createDirectories(blocks);
        for (long n = 0; n < height; n++) {
            Files.write(blocks.resolve(n + ".block"), fabric.rawBlock(n).toByteArray());
        }
        String after = reconciliation();
        assertEquals(height, fabric.height(), "no block was added while the channel was read");
        assertEquals(before, after, "the books did not change while the channel was read");
        assertTrue(JSON.readTree(after).path("ok").asBoolean(), after);
        Files.writeString(OUT.resolve("reconciliation.json"), after);
    }

    private static String reconciliation() {
        return as("demo-auditor-token").get("/api/v1/audit/reconciliation").then().statusCode(200).extract().asString();
    }

    /**
     * Awards to one resident at once conflict: the first in a block wins, the others are recorded in the same block as
     * MVCC_READ_CONFLICT and endorsed again by the gateway. The invalidated originals stay in their blocks.
     */
    @Test
    void a_transaction_the_ledger_invalidated_is_proved_with_its_validation_code() throws Exception {
        FabricLedger fabric = fabric();
        Optional<String> invalid = Optional.empty();
        for (int round = 0; round < 5 && invalid.isEmpty(); round++) {
            String residentId = enrol();
            long from = fabric.height();
            awardAtOnce(residentId, 6);
            invalid = firstInvalid(fabric, from, fabric.height());
        }
        String txId = invalid.orElseThrow(() -> new AssertionError("no award was invalidated in 5 rounds of 6 at once"));

        TxProof proof = fabric.proof(txId, OptionalLong.empty()).orElseThrow();

        assertNotEquals("VALID", proof.validationCode());
        assertNull(proof.community(), "an invalid transaction's event never happened");
        assertChecksOut(fabric, proof);
        write("invalid.json", proof);
    }

    @Test
    void the_trust_folder_holds_each_organisations_ca_as_the_channel_configures_it_and_no_key() throws Exception {
        ChannelMsps msps = msps(fabric());
        Set<String> trusted = new TreeSet<>();
        try (Stream<Path> folders = Files.list(OUT.resolve("trust"))) {
            for (Path folder : folders.toList()) {
                String msp = folder.getFileName().toString();
                X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("ca.crt"))));
                assertTrue(msps.cas(msp).contains(ca), msp + "'s CA is the one the channel configuration names");
                trusted.add(msp);
            }
        }
        assertEquals(new TreeSet<>(msps.mspIds()), trusted, "every organisation of the channel, orderers included");
        try (Stream<Path> all = Files.walk(OUT)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY"), file.toString());
            }
        }
    }

    /**
     * Checks a proof as an auditor would, from its bytes and the channel's CAs: the block holds the transaction at
     * its index with that validation code, its data hash recomputes, each header names the hash of the one before it,
     * the last one's hash is the checkpoint hash, the orderers' seal verifies over it, the creator's signature and each
     * endorsement verify, and the endorsers are a MAJORITY of the application organisations.
     *
     * @return the proved transaction, parsed
     */
    private FabricBlocks.ParsedTx assertChecksOut(FabricLedger fabric, TxProof proof) throws Exception {
        assertEquals("FABRIC", proof.ledger());
        assertEquals("civic", proof.channel());
        Block block = Block.parseFrom(proof.block());
        assertEquals(proof.blockNumber(), block.getHeader().getNumber());
        FabricBlocks.ParsedTx tx = FabricBlocks.transactions(block).get(proof.txIndex());
        assertEquals(proof.txId(), tx.txId(), "the block holds the transaction at txIndex");
        assertEquals(HeaderType.ENDORSER_TRANSACTION, tx.type());
        assertEquals(proof.validationCode(), tx.validationCode(), "the code in the block's transactions filter");
        assertArrayEquals(block.getHeader().getDataHash().toByteArray(), FabricBlocks.dataHash(block.getData()),
                "the data hash recomputes");

        BlockHeader last = block.getHeader();
        for (int i = 0; i < proof.headers().size(); i++) {
            BlockHeader header = BlockHeader.parseFrom(proof.headers().get(i));
            assertEquals(proof.blockNumber() + 1 + i, header.getNumber());
            assertArrayEquals(FabricBlocks.headerHash(last), header.getPreviousHash().toByteArray(),
                    "header " + header.getNumber() + " names the hash of the block before it");
            last = header;
        }
        assertEquals(proof.blockNumber() + proof.headers().size(), proof.checkpoint());
        assertEquals(FabricBlocks.hex(FabricBlocks.headerHash(last)), proof.checkpointHash());

        ChannelMsps msps = msps(fabric);
        assertNull(FabricIntegrity.sealProblem(last, ByteString.copyFrom(proof.seal()), msps), "the seal");
        assertNull(FabricIntegrity.signatureProblem(block.getData().getData(proof.txIndex()), msps),
                "the creator's signature and the endorsements");
        Set<String> endorsers = new HashSet<>(tx.endorsingMsps());
        Set<String> organisations = Network.read().applicationMsps();
        assertTrue(organisations.containsAll(endorsers), endorsers + " are application organisations");
        assertTrue(endorsers.size() * 2 > organisations.size(),
                endorsers + " are a MAJORITY of " + organisations);
        return tx;
    }

    /** The channel's organisations and their CAs, from its configuration (the genesis block's; it is never updated). */
    private static ChannelMsps msps(FabricLedger fabric) {
        return ChannelMsps.fromConfigEnvelope(fabric.rawBlock(0).getData().getData(0));
    }

    /** @return the first endorser transaction in blocks {@code from … to - 1} that the block records as not VALID */
    private static Optional<String> firstInvalid(FabricLedger fabric, long from, long to) {
        for (long n = from; n < to; n++) {
            for (FabricBlocks.ParsedTx tx : FabricBlocks.transactions(fabric.rawBlock(n))) {
                if (!tx.valid() && tx.type() == HeaderType.ENDORSER_TRANSACTION) {
                    return Optional.of(tx.txId());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the proof document of {@code proof}'s transaction, up to the same checkpoint, as the API answers it, after
     * checking that it carries exactly {@code proof}'s parts.
     */
    private static void write(String name, TxProof proof) throws IOException {
        byte[] answer = answer(proof);
        JsonNode document = JSON.readTree(answer);
        assertEquals("civic-ledger/proof/1", document.path("format").asText());
        assertEquals(proof.ledger(), document.path("ledger").asText());
        assertEquals(proof.channel(), document.path("channel").asText());
        assertEquals(proof.txId(), document.path("txId").asText());
        assertEquals(proof.blockNumber(), document.path("blockNumber").asLong());
        assertEquals(proof.txIndex(), document.path("txIndex").asInt());
        assertEquals(proof.validationCode(), document.path("validationCode").asText());
        assertArrayEquals(proof.block(), Base64.getDecoder().decode(document.path("block").asText()));
        List<byte[]> headers = new ArrayList<>();
        document.path("headers").forEach(h -> headers.add(Base64.getDecoder().decode(h.asText())));
        assertEquals(proof.headers().size(), headers.size());
        for (int i = 0; i < headers.size(); i++) {
            assertArrayEquals(proof.headers().get(i), headers.get(i), "header " + i);
        }
        assertEquals(proof.checkpoint(), document.path("checkpoint").asLong());
        assertEquals(proof.checkpointHash(), document.path("checkpointHash").asText());
        assertArrayEquals(proof.seal(), Base64.getDecoder().decode(document.path("seal").asText()));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), answer);
    }

    /** The answer of {@code GET /api/v1/audit/transactions/{txId}/proof?checkpoint=…} for {@code proof}, as the auditor. */
    private static byte[] answer(TxProof proof) {
        return as("demo-auditor-token")
                .get("/api/v1/audit/transactions/" + proof.txId() + "/proof?checkpoint=" + proof.checkpoint())
                .then().statusCode(200).extract().asByteArray();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String enrol() {
        return as("demo-app-token").body(Map.of("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    /** One safety patrol; returns the award's transaction id. */
    private static String award(String residentId) {
        return as("demo-app-token").body(awardRequest(residentId, "safety-patrol")).post("/api/v1/contributions")
                .then().statusCode(201).extract().path("txId");
    }

    private static Map<String, Object> awardRequest(String residentId, String activityType) {
        return Map.of("contributionId", unique("c"), "residentId", residentId, "activityType", activityType,
                "quantity", 1, "occurredAt", Instant.now().minusSeconds(5).toString());
    }

    /**
     * {@code count} awards to one resident released at the same moment (a kilogram of sorted garbage each, well under
     * its daily cap); each is acknowledged, or contended (429).
     */
    private static void awardAtOnce(String residentId, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, Object> request = awardRequest(residentId, "garbage-sorting");
                statuses.add(threads.submit(() -> {
                    start.await();
                    return as("demo-app-token").body(request).post("/api/v1/contributions").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 201 || code == 429, "an award answered " + code);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String publishProduct() {
        String productId = unique("loan");
        Map<String, Object> band = Map.of("maxAmountFen", 100_000, "rateDiscountBps", 0);
        as("demo-bank-token").body(Map.of("productId", productId, "name", "Micro-loan", "requireSignedConsent", false,
                "bands", Map.of("A", band, "B", band, "C", band, "D", band))).post("/api/v1/loan-products")
                .then().statusCode(201);
        return productId;
    }

    /** What {@code network/up.sh} describes in {@code gateway.json}: the organisations and where their CAs are. */
    private record Network(JsonNode profile) {
        static Network read() throws IOException {
            Path file = Path.of(System.getProperty("civic.ledger.fabric-profile", "../network/.data/gateway.json"));
            return new Network(JSON.readTree(file.toFile()));
        }

        Set<String> applicationMsps() {
            Set<String> msps = new TreeSet<>();
            profile.path("peers").forEach(peer -> msps.add(peer.path("mspId").asText()));
            return msps;
        }

        /**
         * @return each organisation's CA certificate (PEM): cryptogen's {@code <organisation>/msp/cacerts/}, beside the
         *     {@code <organisation>/tlsca/} folder the profile names for each node's TLS
         */
        Map<String, Path> cas() throws IOException {
            Map<String, Path> cas = new java.util.TreeMap<>();
            for (String nodes : List.of("peers", "orderers")) {
                for (JsonNode node : profile.path(nodes)) {
                    Path cacerts = Path.of(node.path("tlsRootCert").asText()).getParent().getParent().resolve("msp")
                            .resolve("cacerts");
                    try (Stream<Path> files = Files.list(cacerts)) {
                        List<Path> pems = files.filter(p -> p.toString().endsWith(".pem")).toList();
                        assertEquals(1, pems.size(), "one CA certificate in " + cacerts);
                        cas.put(node.path("mspId").asText(), pems.get(0));
                    }
                }
            }
            return cas;
        }
    }
}
