package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.civicledger.chaincode.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockCodecTest {
    @TempDir
    Path dir;

    @Test
    void writes_every_committed_block_byte_for_byte_as_the_shared_mapper_would() {
        try (DemoLedger demo = new DemoLedger(dir)) {
            String rid = demo.enrol("codec");
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
            for (long n = 0; n < demo.ledger.height(); n++) {
                byte[] stored = demo.ledger.blocks().read(n);
                Block block = Block.fromBytes(stored);
                assertArrayEquals(Json.bytes(block), stored, "block " + n);
                List<byte[]> txBytes = block.transactions().stream().map(e -> Json.bytes(e.transaction())).toList();
                assertArrayEquals(stored, BlockCodec.encode(block, txBytes));
                assertEquals(block.dataHash(), block.recomputedDataHash());
            }
        }
    }
}
