package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.backup.DataDirBackup;
import org.civicledger.gateway.backup.Restore;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Block format versions on disk: new blocks are version 2, and a chain begun in version 1 still verifies. */
class BlockFormatVersionTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere; // backups and restores, outside the data dir

    @Nested
    class NewBlocks {
        @Test
        void are_written_as_version_2_and_verify() {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("v2");
                demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
                for (long n = 0; n < demo.ledger.height(); n++) {
                    byte[] stored = demo.ledger.blocks().read(n);
                    assertTrue(new String(stored, StandardCharsets.UTF_8).endsWith(",\"version\":2}"), "block " + n);
                    Block block = Block.fromBytes(stored);
                    assertEquals(2, block.version());
                    assertEquals(BlockEncoding.V2.headerHash(block.number(), block.previousHash(), block.dataHash(),
                            block.stateDigest(), block.time()), block.hash());
                }
                IntegrityReport integrity = demo.ledger.verifyIntegrity();
                assertTrue(integrity.verified(), integrity::problem);
            }
        }
    }

    @Nested
    class MixedChain {
        @Test
        void version_1_blocks_then_version_2_blocks_verify_end_to_end_and_across_restarts() throws Exception {
            long legacyHeight = legacyThenCurrent();
            try (DemoLedger demo = new DemoLedger(dir)) {
                long height = demo.ledger.height();
                assertTrue(height > legacyHeight + 1, "version 2 blocks follow the version 1 blocks");
                for (long n = 0; n < height; n++) {
                    byte[] stored = demo.ledger.blocks().read(n);
                    Block block = Block.fromBytes(stored);
                    boolean legacy = n < legacyHeight;
                    assertEquals(legacy ? null : 2, block.version(), "block " + n);
                    assertEquals(!legacy, new String(stored, StandardCharsets.UTF_8).endsWith("],\"version\":2}"));
                }
                Block lastLegacy = Block.fromBytes(demo.ledger.blocks().read(legacyHeight - 1));
                Block firstCurrent = Block.fromBytes(demo.ledger.blocks().read(legacyHeight));
                assertEquals(lastLegacy.hash(), firstCurrent.previousHash(), "the chain links across the versions");
                IntegrityReport integrity = demo.ledger.verifyIntegrity();
                assertTrue(integrity.verified(), integrity::problem);
                assertEquals(height, integrity.checkedBlocks());
                assertTrue(demo.reconcile().get("ok").asBoolean(), () -> demo.reconcile().toString());

                Path backup = elsewhere.resolve("backup");
                DataDirBackup.write(demo.ledger, dir, backup, Clock.systemUTC());
                Restore.Restored restored = Restore.run(backup, elsewhere.resolve("restored"));
                assertEquals(height, restored.height(), "a restore verifies the mixed chain too");
            }
        }

        @Test
        void a_byte_changed_in_a_version_1_block_is_reported_at_that_block() throws Exception {
            long legacyHeight = legacyThenCurrent();
            assertReportedAt(legacyHeight - 2);
        }

        @Test
        void a_byte_changed_in_a_version_2_block_is_reported_at_that_block() throws Exception {
            legacyThenCurrent();
            long height;
            try (DemoLedger demo = new DemoLedger(dir)) {
                height = demo.ledger.height();
            }
            assertReportedAt(height - 2);
        }

        @Test
        void a_version_1_block_after_a_version_2_block_is_reported() throws Exception {
            long legacyHeight = legacyThenCurrent();
            rewriteBlocks(payloads -> {
                // A block re-signed in the legacy format by the orderer: correctly signed, but a downgrade.
                Block block = Block.fromBytes(payloads.get((int) legacyHeight + 1));
                payloads.set((int) legacyHeight + 1, Json.bytes(LegacyChain.sign(block, block.previousHash(), orderer())));
                return payloads;
            });
            try (DemoLedger demo = new DemoLedger(dir)) {
                IntegrityReport report = demo.ledger.verifyIntegrity();
                assertFalse(report.verified());
                assertEquals(legacyHeight + 1, report.firstBadBlock(), report.problem());
                assertTrue(report.problem().contains("format version 1 after a block of version 2"), report.problem());
            }
        }

        @Test
        void a_block_of_an_unknown_version_is_reported_at_that_block() throws Exception {
            legacyThenCurrent();
            long target;
            try (DemoLedger demo = new DemoLedger(dir)) {
                target = demo.ledger.height() - 1;
            }
            rewriteBlocks(payloads -> {
                String text = new String(payloads.get((int) target), StandardCharsets.UTF_8);
                payloads.set((int) target, text.replace(",\"version\":2}", ",\"version\":3}")
                        .getBytes(StandardCharsets.UTF_8));
                return payloads;
            });
            try (DemoLedger demo = new DemoLedger(dir)) {
                IntegrityReport report = demo.ledger.verifyIntegrity();
                assertFalse(report.verified());
                assertEquals("block " + target + ": unknown block format version 3", report.problem());
            }
        }

        /**
         * Changes one digit of a block's time and re-checksums its record, as someone who edits the
         * file and fixes the checksum would: only the block's hash can tell.
         */
        private void assertReportedAt(long target) throws IOException {
            rewriteBlocks(payloads -> {
                String text = new String(payloads.get((int) target), StandardCharsets.UTF_8);
                int at = text.indexOf("\"time\":\"") + "\"time\":\"".length() + 3; // the year's last digit
                char digit = text.charAt(at);
                payloads.set((int) target, (text.substring(0, at) + (digit == '9' ? '8' : (char) (digit + 1))
                        + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8));
                return payloads;
            });
            try (DemoLedger demo = new DemoLedger(dir)) {
                IntegrityReport report = demo.ledger.verifyIntegrity();
                assertFalse(report.verified());
                assertEquals(target, report.firstBadBlock(), report.problem());
                assertEquals("block " + target + ": its header does not match its hash", report.problem());
            }
        }
    }

    /**
     * Builds the data dir a gateway from before version 2 would have left: the demo community's
     * blocks in the legacy format (signed by the same orderer, as the old code wrote them), then
     * restarts on it and commits more, which the current code writes as version 2.
     *
     * @return the number of version 1 blocks
     */
    private long legacyThenCurrent() throws IOException {
        try (DemoLedger demo = new DemoLedger(dir)) {
            demo.enrol("legacy");
        }
        LedgerIdentity orderer = orderer();
        rewriteBlocks(payloads -> {
            List<byte[]> legacy = new ArrayList<>();
            String previousHash = Block.GENESIS_PREVIOUS_HASH;
            for (byte[] payload : payloads) {
                Block block = LegacyChain.sign(Block.fromBytes(payload), previousHash, orderer);
                legacy.add(Json.bytes(block)); // what the old BlockCodec wrote: no "version" key
                previousHash = block.hash();
            }
            return legacy;
        });
        deleteRecursively(dir.resolve("ledger/state")); // the state of the old blocks: rebuilt on opening
        long legacyHeight;
        try (DemoLedger demo = new DemoLedger(dir)) { // the restart onto the new code
            legacyHeight = demo.ledger.height();
            IntegrityReport integrity = demo.ledger.verifyIntegrity();
            assertTrue(integrity.verified(), integrity::problem);
            String rid = demo.enrol("current");
            for (int i = 0; i < 3; i++) {
                demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c" + i, rid, 1));
            }
        }
        return legacyHeight;
    }

    private LedgerIdentity orderer() {
        return IdentityStore.open(dir).identity(EmbeddedLedger.ORDERER_MSP, "orderer", false);
    }

    /** Writes a new block file holding {@code change}'s records, in place of the old one. */
    private void rewriteBlocks(UnaryOperator<List<byte[]>> change) throws IOException {
        Path file = dir.resolve("ledger/blocks.dat");
        List<byte[]> payloads = new ArrayList<>();
        try (BlockFile blocks = BlockFile.open(file)) {
            for (long n = 0; n < blocks.size(); n++) {
                payloads.add(blocks.read(n));
            }
        }
        Path rewritten = dir.resolve("ledger/blocks.rewritten");
        try (BlockFile blocks = BlockFile.open(rewritten)) {
            change.apply(payloads).forEach(blocks::append);
        }
        Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Blocks as the code before version 2 wrote them, through the legacy format's own functions. */
    static final class LegacyChain {
        private LegacyChain() {
        }

        static Block sign(Block block, String previousHash, LedgerIdentity orderer) {
            BlockFormat v1 = LegacyBlockEncoding.V1;
            List<byte[]> txBytes = block.transactions().stream().map(e -> Json.bytes(e.transaction())).toList();
            String dataHash = v1.dataHash(txBytes, block.transactions());
            String hash = v1.headerHash(block.number(), previousHash, dataHash, block.stateDigest(), block.time());
            Block legacy = new Block(block.number(), previousHash, dataHash, block.stateDigest(), block.time(),
                    block.transactions(), block.validationCodes(), hash, orderer.serialized(),
                    orderer.sign(v1.signedBytes(hash, block.validationCodes())), null);
            return legacy;
        }
    }
}
