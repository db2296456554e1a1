package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCursorTest {
    @TempDir
    Path dir;

    FabricChain chain;

    @BeforeEach
    void chain() {
        chain = new FabricChain(dir);
        chain.append(FabricChain.Tx.valid("a", chain.app, "PointsAwarded", "Points:award"),
                new FabricChain.Tx("b", chain.app, List.of("Points:award"), "PointsAwarded", "{}", 11),
                FabricChain.Tx.valid("c", chain.app, "PointsRedeemed", "Points:redeem"));
        chain.append(FabricChain.Tx.valid("d", chain.app, null, "Registry:init"),
                FabricChain.Tx.valid("e", chain.app, "ConsentGranted", "Credit:grantConsent"));
    }

    private List<String> positions(EventCursor cursor) {
        List<String> seen = new ArrayList<>();
        for (int n = 0; n < chain.blocks.size(); n++) {
            cursor.take(chain.block(n)).forEach(e -> seen.add(e.position() + " " + e.txId() + " " + e.type()));
        }
        return seen;
    }

    @Test
    void from_the_start_delivers_the_events_of_valid_transactions_in_order() {
        assertEquals(List.of("1:0 a PointsAwarded", "1:2 c PointsRedeemed", "2:1 e ConsentGranted"),
                positions(new EventCursor(FabricChain.CHAINCODE, null)));
    }

    @Test
    void after_a_position_delivers_only_what_follows_it() {
        EventCursor cursor = new EventCursor(FabricChain.CHAINCODE, "1:0");
        assertEquals(1, cursor.nextBlock());
        assertEquals(List.of("1:2 c PointsRedeemed", "2:1 e ConsentGranted"), positions(cursor));
    }

    @Test
    void a_block_delivered_twice_by_a_reopened_stream_yields_nothing_the_second_time() {
        EventCursor cursor = new EventCursor(FabricChain.CHAINCODE, "");
        positions(cursor);
        assertEquals(List.of(), cursor.take(chain.block(1)));
        assertEquals(3, cursor.nextBlock());
    }

    @Test
    void events_of_another_chaincode_are_not_delivered() {
        assertEquals(List.of(), positions(new EventCursor("other", null)));
    }

    @Test
    void a_malformed_position_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new EventCursor(FabricChain.CHAINCODE, "x:1"));
        assertThrows(IllegalArgumentException.class, () -> LedgerEvent.parsePosition("3:-1"));
    }
}
