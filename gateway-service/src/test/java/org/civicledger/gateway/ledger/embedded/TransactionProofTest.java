package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.Creator;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.identity.SignatureVerifier;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.TxResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded ledger's transaction proofs at the byte level (format: gateway README, "Transaction proofs"): the
 * block exactly as stored, headers whose hashes recompute by their block's format version and chain to the
 * transaction's block, and a seal the orderer's key verifies.
 */
class TransactionProofTest {
    @TempDir
    Path dir;
    private DemoLedger demo;
    private String rid;

    @BeforeEach
    void setUp() {
        demo = new DemoLedger(dir);
        rid = demo.enrol("resident-1");
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    private TxResult award(String contributionId) {
        return demo.ledger.submit(demo.app, "Points:award", demo.awardRequest(contributionId, rid, 1));
    }

    private TxProof proof(String txId, OptionalLong checkpoint) {
        return demo.ledger.proof(txId, checkpoint).orElseThrow();
    }

    @Nested
    class Parts {
        @Test
        void the_block_is_the_stored_record_and_the_proof_says_where_the_transaction_is() {
            TxResult award = award("c1");
            award("c2");
            award("c3");

            TxProof proof = proof(award.txId(), OptionalLong.empty());

            assertEquals("EMBEDDED", proof.ledger());
            assertNull(proof.channel());
            assertEquals(award.txId(), proof.txId());
            assertEquals(award.blockNumber(), proof.blockNumber());
            assertEquals(0, proof.txIndex());
            assertEquals("VALID", proof.validationCode());
            assertArrayEquals(demo.ledger.blocks().read(award.blockNumber()), proof.block());
            assertEquals("demo", proof.community(), "the community its event names");
        }

        @Test
        void the_headers_run_to_the_latest_block_hash_by_their_version_and_chain_to_the_transactions_block() {
            TxResult award = award("c1");
            for (int i = 2; i <= 4; i++) {
                award("c" + i);
            }
            long latest = demo.ledger.height() - 1;

            TxProof proof = proof(award.txId(), OptionalLong.empty());

            assertEquals(latest, proof.checkpoint());
            assertEquals(latest - award.blockNumber(), proof.headers().size());
            assertChains(proof);
        }

        @Test
        void a_header_is_the_blocks_header_fields_as_stored_keys_sorted() {
            TxResult award = award("c1");
            award("c2");
            Block next = Block.fromBytes(demo.ledger.blocks().read(award.blockNumber() + 1));

            TxProof proof = proof(award.txId(), OptionalLong.empty());

            assertEquals("{\"dataHash\":\"" + next.dataHash() + "\",\"hash\":\"" + next.hash() + "\",\"number\":"
                    + next.number() + ",\"previousHash\":\"" + next.previousHash() + "\",\"stateDigest\":\""
                    + next.stateDigest() + "\",\"time\":\"" + next.time() + "\",\"version\":2}",
                    new String(proof.headers().get(0), StandardCharsets.UTF_8));
        }

        @Test
        void the_seal_is_the_checkpoints_signature_signer_and_codes_and_the_orderers_key_verifies_it() {
            TxResult award = award("c1");
            award("c2");
            Block checkpoint = Block.fromBytes(demo.ledger.blocks().read(award.blockNumber() + 1));

            TxProof proof = proof(award.txId(), OptionalLong.empty());

            Base64.Encoder base64 = Base64.getEncoder();
            assertEquals("{\"signature\":\"" + base64.encodeToString(checkpoint.signature()) + "\",\"signer\":\""
                    + base64.encodeToString(checkpoint.signer()) + "\",\"validationCodes\":[\"VALID\"]}",
                    new String(proof.seal(), StandardCharsets.UTF_8));
            assertEquals(checkpoint.hash(), proof.checkpointHash());
            assertSealVerifies(proof);
        }
    }

    @Nested
    class Checkpoint {
        @Test
        void the_transactions_own_block_gives_no_headers_and_that_blocks_own_seal() {
            TxResult award = award("c1");
            award("c2");
            Block own = Block.fromBytes(demo.ledger.blocks().read(award.blockNumber()));

            TxProof proof = proof(award.txId(), OptionalLong.of(award.blockNumber()));

            assertEquals(award.blockNumber(), proof.checkpoint());
            assertEquals(List.of(), proof.headers());
            assertEquals(own.hash(), proof.checkpointHash());
            assertSealVerifies(proof);
        }

        @Test
        void a_block_between_the_transactions_and_the_latest_ends_the_chain_there() {
            TxResult award = award("c1");
            for (int i = 2; i <= 5; i++) {
                award("c" + i);
            }
            long requested = award.blockNumber() + 2;

            TxProof proof = proof(award.txId(), OptionalLong.of(requested));

            assertEquals(requested, proof.checkpoint());
            assertEquals(2, proof.headers().size());
            assertEquals(Block.fromBytes(demo.ledger.blocks().read(requested)).hash(), proof.checkpointHash());
            assertChains(proof);
        }

        @Test
        void one_before_the_transactions_block_or_beyond_the_latest_is_refused() {
            TxResult award = award("c1");
            long height = demo.ledger.height();

            IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                    () -> demo.ledger.proof(award.txId(), OptionalLong.of(award.blockNumber() - 1)));
            IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                    () -> demo.ledger.proof(award.txId(), OptionalLong.of(height)));

            assertEquals("checkpoint must not be before the block that holds the transaction", before.getMessage());
            assertEquals("checkpoint must be a committed block; the chain's height is " + height, beyond.getMessage());
        }
    }

    @Nested
    class Transactions {
        @Test
        void an_unknown_transaction_has_no_proof() {
            assertTrue(demo.ledger.proof("f".repeat(64), OptionalLong.empty()).isEmpty());
        }

        @Test
        void an_invalidated_transaction_proves_its_code_and_belongs_to_no_community() {
            award("c1");
            award("c2");
            EmbeddedLedger.Simulation first = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r1", rid, 30));
            EmbeddedLedger.Simulation second = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r2", rid, 30));
            demo.ledger.committer().commit(List.of(signed(first), signed(second)));
            String txId = second.transaction().txId();

            TxProof proof = proof(txId, OptionalLong.empty());

            assertEquals("MVCC_READ_CONFLICT", proof.validationCode());
            assertEquals(1, proof.txIndex());
            assertEquals("MVCC_READ_CONFLICT", Block.fromBytes(proof.block()).validationCodes().get(1).name());
            assertNull(proof.community(), "an invalidated transaction's event was never committed");
            assertSealVerifies(proof);
        }

        private Envelope signed(EmbeddedLedger.Simulation simulation) {
            return new Envelope(simulation.transaction(), demo.merchant.sign(Json.bytes(simulation.transaction())));
        }
    }

    @Nested
    class Versions {
        /** Blocks written before format versions existed (version 1) keep their own rules inside a proof. */
        @Test
        void a_proof_from_a_version_1_block_to_a_version_2_checkpoint_hashes_each_header_by_its_version() throws IOException {
            String txId = award("c1").txId();
            award("c2");
            long legacyHeight = rewriteAsVersion1();
            award("c3");
            award("c4");
            long number = demo.ledger.state().location(txId).orElseThrow().block();

            TxProof proof = proof(txId, OptionalLong.empty());

            assertArrayEquals(demo.ledger.blocks().read(number), proof.block());
            assertNull(Block.fromBytes(proof.block()).version(), "a version 1 block");
            List<JsonNode> headers = proof.headers().stream().map(TransactionProofTest::json).toList();
            assertTrue(headers.stream().anyMatch(h -> !h.has("version")), "version 1 headers have no version");
            assertTrue(headers.stream().anyMatch(h -> h.path("version").asInt() == 2));
            assertEquals(legacyHeight - 1 - number, headers.stream().filter(h -> !h.has("version")).count());
            assertChains(proof);
            assertSealVerifies(proof);
        }

        /**
         * Rewrites the chain so far in the version 1 format (as the code before version 2 wrote it), then reopens the
         * ledger on it; later blocks are version 2.
         *
         * @return the number of version 1 blocks
         */
        private long rewriteAsVersion1() throws IOException {
            demo.close();
            Path file = dir.resolve("ledger/blocks.dat");
            Path rewritten = dir.resolve("ledger/blocks.rewritten");
            LedgerIdentity orderer = IdentityStore.open(dir).identity(EmbeddedLedger.ORDERER_MSP, "orderer", false);
            long height;
            try (BlockFile blocks = BlockFile.open(file); BlockFile legacy = BlockFile.open(rewritten)) {
                height = blocks.size();
                String previousHash = Block.GENESIS_PREVIOUS_HASH;
                for (long n = 0; n < height; n++) {
                    Block block = BlockFormatVersionTest.LegacyChain.sign(Block.fromBytes(blocks.read(n)), previousHash,
                            orderer);
                    legacy.append(Json.bytes(block));
                    previousHash = block.hash();
                }
            }
            Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> state = Files.walk(dir.resolve("ledger/state"))) {
                for (Path p : state.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            demo = new DemoLedger(dir);
            return height;
        }
    }

    /** Each header hashes by its version to its hash, and links to the hash before it, from the proof's block on. */
    private static void assertChains(TxProof proof) {
        String previous = Block.fromBytes(proof.block()).hash();
        long number = proof.blockNumber();
        for (byte[] bytes : proof.headers()) {
            JsonNode header = json(bytes);
            number++;
            BlockFormat format = BlockFormat.of(header.has("version") ? header.get("version").asInt() : 1);
            assertEquals(number, header.get("number").asLong());
            assertEquals(previous, header.get("previousHash").asText(), "header " + number + " links");
            assertEquals(header.get("hash").asText(), format.headerHash(number, previous,
                    header.get("dataHash").asText(), header.get("stateDigest").asText(), header.get("time").asText()),
                    "header " + number + " hashes to its hash");
            previous = header.get("hash").asText();
        }
        assertEquals(proof.checkpoint(), number);
        assertEquals(previous, proof.checkpointHash());
    }

    /** The seal is the orderer's signature, by the checkpoint's format, over the checkpoint's hash and codes. */
    private void assertSealVerifies(TxProof proof) {
        JsonNode seal = json(proof.seal());
        byte[] signer = Base64.getDecoder().decode(seal.get("signer").asText());
        List<ValidationCode> codes = new ArrayList<>();
        seal.get("validationCodes").forEach(c -> codes.add(ValidationCode.valueOf(c.asText())));
        Block checkpoint = Block.fromBytes(demo.ledger.blocks().read(proof.checkpoint()));
        assertEquals(checkpoint.validationCodes(), codes);
        assertEquals(EmbeddedLedger.ORDERER_MSP, Creator.parse(signer).orElseThrow().mspId());
        assertTrue(new SignatureVerifier(demo.identities).verify(signer,
                checkpoint.format().signedBytes(proof.checkpointHash(), codes),
                Base64.getDecoder().decode(seal.get("signature").asText())), "the orderer's signature verifies");
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
