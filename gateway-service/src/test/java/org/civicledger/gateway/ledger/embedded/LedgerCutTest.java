package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup's cut: the block file's bytes up to the committed height, and that height's last block. */
class LedgerCutTest {
    @TempDir
    Path dir;

    @Test
    void copies_the_block_file_up_to_the_committed_height_and_names_its_last_block() throws Exception {
        try (DemoLedger demo = new DemoLedger(dir)) {
            String rid = demo.enrol("cut");
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
            ByteArrayOutputStream copy = new ByteArrayOutputStream();

            LedgerCut.Cut cut = LedgerCut.copyBlocks(demo.ledger, Channels.newChannel(copy));

            assertEquals(demo.ledger.height(), cut.height());
            Block last = Block.fromBytes(demo.ledger.blocks().read(cut.height() - 1));
            assertEquals(last.hash(), cut.lastBlockHash());
            assertEquals(last.stateDigest(), cut.stateDigest());
            byte[] file = Files.readAllBytes(dir.resolve("ledger/blocks.dat"));
            assertEquals(file.length, cut.bytes());
            assertArrayEquals(file, copy.toByteArray());

            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c2", rid, 1));
            ByteArrayOutputStream prefix = new ByteArrayOutputStream();
            assertEquals(cut.bytes(), demo.ledger.blocks().copyRecords(cut.height(), Channels.newChannel(prefix)));
            assertArrayEquals(Arrays.copyOf(Files.readAllBytes(dir.resolve("ledger/blocks.dat")), (int) cut.bytes()),
                    prefix.toByteArray(), "a later block leaves the prefix as it was");
        }
    }

    @Test
    void copies_nothing_of_zero_records_and_refuses_more_than_there_are() throws Exception {
        try (BlockFile blocks = BlockFile.open(dir.resolve("blocks.dat"))) {
            blocks.append(new byte[] {1, 2, 3});
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            assertEquals(0, blocks.copyRecords(0, Channels.newChannel(copy)));
            assertEquals(0, copy.size());
            assertEquals(19, blocks.copyRecords(1, Channels.newChannel(copy)));
            assertThrows(IndexOutOfBoundsException.class, () -> blocks.copyRecords(2, Channels.newChannel(copy)));
            assertThrows(IndexOutOfBoundsException.class, () -> blocks.copyRecords(-1, Channels.newChannel(copy)));
        }
    }
}
