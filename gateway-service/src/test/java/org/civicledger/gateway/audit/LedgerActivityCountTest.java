package org.civicledger.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicledger.api.Limits;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/** The activity's window, hours, counts and stopping rule over a chain of made-up blocks. */
class LedgerActivityCountTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:46:10Z");

    @Test
    void lists_every_hour_from_the_rounded_start_and_counts_each_block_in_its_hour() {
        List<BlockInfo> chain = new ArrayList<>();
        chain.add(block(0, "2026-12-06T11:59:59Z", List.of("OrdererMSP"), List.of("VALID"))); // before the window
        chain.add(block(1, "2026-12-06T12:00:00Z", List.of("CommunityMSP", "BankMSP"), List.of("VALID", "VALID")));
        chain.add(block(2, "2026-12-07T12:10:00Z", List.of("CommunityMSP", "CommunityMSP"),
                List.of("VALID", "MVCC_READ_CONFLICT")));
        chain.add(block(3, "2026-12-07T12:20:00Z", Collections.singletonList(null), List.of("VALID")));

        LedgerActivityCount.Activity a = LedgerActivityCount.of(ledger(chain), NOW, 24);

        assertAll(
                () -> assertEquals("2026-12-06T12:00:00Z", a.from()),
                () -> assertEquals(NOW.toString(), a.to()),
                () -> assertEquals(25, a.hours().size(), "12:00 yesterday to 12:00 today"),
                () -> assertEquals(new LedgerActivityCount.Hour("2026-12-06T12:00:00Z", 1, 2, 0), a.hours().get(0)),
                () -> assertEquals(new LedgerActivityCount.Hour("2026-12-07T12:00:00Z", 2, 3, 1), a.hours().get(24)),
                () -> assertEquals(4, a.height()),
                () -> assertEquals(1, a.fromBlock()),
                () -> assertTrue(a.complete(), "block 0 is before the window"),
                () -> assertEquals(List.of(new LedgerActivityCount.Count("CommunityMSP", 3),
                        new LedgerActivityCount.Count("BankMSP", 1)), a.byOrganisation(), "no creator: no entry"),
                () -> assertEquals(List.of(new LedgerActivityCount.Count("VALID", 4),
                        new LedgerActivityCount.Count("MVCC_READ_CONFLICT", 1)), a.byValidationCode()));
    }

    @Test
    void on_the_hour_the_window_has_exactly_its_hours_and_ties_go_by_key() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        List<BlockInfo> chain = List.of(block(0, "2026-12-07T11:30:00Z", List.of("B", "A"), List.of("X", "VALID")));

        LedgerActivityCount.Activity a = LedgerActivityCount.of(ledger(chain), now, 1);

        assertEquals(1, a.hours().size());
        assertEquals(List.of(new LedgerActivityCount.Count("A", 1), new LedgerActivityCount.Count("B", 1)),
                a.byOrganisation());
        assertEquals(List.of(new LedgerActivityCount.Count("VALID", 1), new LedgerActivityCount.Count("X", 1)),
                a.byValidationCode());
        assertTrue(a.complete(), "block 0 reached");
    }

    @Test
    void stops_after_the_most_blocks_one_count_reads_and_says_so() {
        List<BlockInfo> chain = new ArrayList<>();
        for (int n = 0; n < Limits.MAX_ACTIVITY_BLOCKS + 5; n++) {
            chain.add(block(n, "2026-12-07T12:30:00Z", List.of("CommunityMSP"), List.of("VALID")));
        }

        LedgerActivityCount.Activity a = LedgerActivityCount.of(ledger(chain), NOW, 24);

        assertFalse(a.complete());
        assertEquals(5, a.fromBlock());
        assertEquals(Limits.MAX_ACTIVITY_BLOCKS, a.hours().get(24).blocks());
    }

    @Test
    void a_block_cut_after_now_or_without_a_time_is_not_counted_and_an_empty_chain_counts_nothing() {
        List<BlockInfo> chain = List.of(block(0, "2026-12-07T12:00:00Z", List.of("A"), List.of("VALID")),
                block(1, null, List.of("A"), List.of("VALID")),
                block(2, "2026-12-07T12:46:11Z", List.of("A"), List.of("VALID")));

        LedgerActivityCount.Activity a = LedgerActivityCount.of(ledger(chain), NOW, 1);
        LedgerActivityCount.Activity empty = LedgerActivityCount.of(ledger(List.of()), NOW, 1);

        assertEquals(List.of(new LedgerActivityCount.Count("A", 1)), a.byOrganisation());
        assertEquals(0, a.fromBlock());
        assertEquals(0, empty.fromBlock());
        assertTrue(empty.complete());
        assertEquals(0, empty.hours().stream().mapToLong(LedgerActivityCount.Hour::transactions).sum());
        assertThrows(IllegalArgumentException.class, () -> LedgerActivityCount.of(ledger(chain), NOW, 0));
        assertThrows(IllegalArgumentException.class,
                () -> LedgerActivityCount.of(ledger(chain), NOW, Limits.MAX_ACTIVITY_HOURS + 1));
    }

    private static BlockInfo block(long number, String time, List<String> creators, List<String> codes) {
        List<String> ids = new ArrayList<>();
        List<String> communities = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ids.add("tx-" + number + "-" + i);
            communities.add(null);
        }
        return new BlockInfo(number, "h", "p", "d", null, time, ids, communities, creators, codes, null);
    }

    /** A ledger that answers its height and pages of blocks only. */
    private static LedgerPort ledger(List<BlockInfo> chain) {
        return (LedgerPort) Proxy.newProxyInstance(LedgerPort.class.getClassLoader(), new Class<?>[] {LedgerPort.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "height" -> (long) chain.size();
                    case "blocksBefore" -> {
                        long before = (Long) args[0];
                        int limit = (Integer) args[1];
                        List<BlockInfo> page = new ArrayList<>();
                        for (long n = Math.min(before, chain.size()) - 1; n >= 0 && page.size() < limit; n--) {
                            page.add(chain.get((int) n));
                        }
                        yield page;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
