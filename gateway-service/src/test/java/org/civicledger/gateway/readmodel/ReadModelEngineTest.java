package org.civicledger.gateway.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerCounters;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxProof;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a real embedded ledger, on H2 or (with {@code -Dcivic.read-model.jdbc-url}) PostgreSQL: every event
 * applied exactly once across restarts, replays ignored, rebuild, lag, and a failing projection that stops at its
 * event and never skips it.
 */
class ReadModelEngineTest {
    @TempDir
    Path dir;

    private ReadModelEngine start(LedgerPort ledger, String url, Projection... projections) {
        return ReadModelEngine.start(ledger, List.of(projections), url, TestDatabases.user(),
                TestDatabases.password(), 2, 50);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    static void awaitCaughtUp(ReadModelEngine engine) throws InterruptedException {
        await("the read model catches up", () -> {
            ReadModelEngine.Status status = engine.status();
            return status.lagBlocks() == 0 && !status.rebuilding() && status.stoppedAt() == null;
        });
    }

    private static Map<String, Long> counts(ReadModelEngine engine) {
        return engine.read(EventCountProjection::counts);
    }

    @Test
    void every_event_is_applied_exactly_once_across_restarts() throws Exception {
        String url = TestDatabases.fresh(dir);
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"))) {
            String resident = ledger.enrol("a");
            for (int i = 0; i < 120; i++) {
                ledger.award("first-" + i, resident);
            }
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection())) {
                awaitCaughtUp(engine);
                assertEquals(ledger.eventCounts(), counts(engine));
                assertEquals(Optional.of(lastPosition(ledger)), engine.position());
            }
            for (int i = 0; i < 80; i++) {
                ledger.award("second-" + i, resident);
            }
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection())) {
                for (int i = 0; i < 40; i++) {
                    ledger.award("third-" + i, resident); // while it catches up
                }
                awaitCaughtUp(engine);
                Map<String, Long> expected = ledger.eventCounts();
                assertEquals(expected, counts(engine));
                assertEquals(240L, expected.get("PointsAwarded"));
                assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(),
                        (long) engine.read(EventCountProjection::seen));
                assertEquals(80 + 40, engine.eventsProjected(), "the second run projected only what was new");
            }
        }
    }

    private static String lastPosition(ProjectionLedger ledger) throws InterruptedException {
        List<LedgerEvent> events = ledger.allEvents();
        return events.get(events.size() - 1).position();
    }

    @Test
    void a_replay_of_events_already_projected_changes_nothing() throws Exception {
        String url = TestDatabases.fresh(dir);
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"))) {
            String resident = ledger.enrol("a");
            for (int i = 0; i < 30; i++) {
                ledger.award("c-" + i, resident);
            }
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection())) {
                awaitCaughtUp(engine);
            }
            // A ledger whose subscriptions ignore the position: every event is delivered again from block 0.
            LedgerPort replaying = new ForwardingLedger(ledger.ledger) {
                @Override
                public AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink) {
                    return super.subscribe(null, sink);
                }
            };
            try (ReadModelEngine engine = start(replaying, url, new EventCountProjection())) {
                ledger.award("after", resident);
                awaitCaughtUp(engine);
                await("the new award is projected", () -> counts(engine).get("PointsAwarded") == 31L);
                assertEquals(ledger.eventCounts(), counts(engine));
                assertEquals(1, engine.eventsProjected());
                assertNull(engine.status().stoppedAt());
            }
        }
    }

    @Test
    void a_rebuild_gives_the_same_rows() throws Exception {
        String url = TestDatabases.fresh(dir);
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"))) {
            String resident = ledger.enrol("a");
            for (int i = 0; i < 60; i++) {
                ledger.award("c-" + i, resident);
            }
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection())) {
                awaitCaughtUp(engine);
                List<String> before = engine.read(EventCountProjection::rows);
                String position = engine.position().orElseThrow();
                ReadModelEngine.Status asked = engine.rebuild();
                assertTrue(asked.rebuilding());
                awaitCaughtUp(engine);
                assertEquals(before, engine.read(EventCountProjection::rows));
                assertEquals(Optional.of(position), engine.position());
                assertEquals(ledger.eventCounts(), counts(engine));
            }
        }
    }

    @Test
    void the_lag_shows_blocks_not_yet_projected() throws Exception {
        String url = TestDatabases.fresh(dir);
        CountDownLatch open = new CountDownLatch(1);
        Projection gate = new Projection() {
            @Override
            public String name() {
                return "test-gate";
            }

            @Override
            public List<String> schema() {
                return List.of();
            }

            @Override
            public List<String> tables() {
                return List.of();
            }

            @Override
            public void apply(ProjectedEvent event, Connection sql) {
                if ("PointsAwarded".equals(event.type())) {
                    try {
                        open.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"))) {
            String resident = ledger.enrol("a");
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection(), gate)) {
                awaitCaughtUp(engine);
                long height = ledger.ledger.height();
                assertEquals(height, engine.status().ledgerHeight());
                for (int i = 0; i < 5; i++) {
                    ledger.award("c-" + i, resident);
                }
                await("the lag shows the five blocks", () -> engine.lagBlocks() == 5);
                assertEquals(5, engine.status().lagBlocks());
                open.countDown();
                awaitCaughtUp(engine);
                assertEquals(5L, counts(engine).get("PointsAwarded"));
            }
        }
    }

    @Test
    void a_failing_projection_stops_at_its_event_and_never_skips_it() throws Exception {
        String url = TestDatabases.fresh(dir);
        boolean[] broken = {true};
        Projection failing = new Projection() {
            private int awards;

            @Override
            public String name() {
                return "test-failing";
            }

            @Override
            public List<String> schema() {
                return List.of();
            }

            @Override
            public List<String> tables() {
                return List.of();
            }

            @Override
            public void apply(ProjectedEvent event, Connection sql) throws SQLException {
                if ("PointsAwarded".equals(event.type()) && event.text("contributionId").equals("c-7")
                        && broken[0]) {
                    throw new SQLException("cannot apply", "22000");
                }
            }
        };
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"))) {
            String resident = ledger.enrol("a");
            for (int i = 0; i < 12; i++) {
                ledger.award("c-" + i, resident);
            }
            List<LedgerEvent> events = ledger.allEvents();
            LedgerEvent seventh = events.stream().filter(e -> e.payload().contains("\"c-7\"")).findFirst()
                    .orElseThrow();
            LedgerEvent before = events.get(events.indexOf(seventh) - 1);
            try (ReadModelEngine engine = start(ledger.ledger, url, new EventCountProjection(), failing)) {
                await("projecting stops at c-7's event", () -> seventh.position().equals(engine.status().stoppedAt())
                        && engine.position().equals(Optional.of(before.position())));
                assertEquals(7L, counts(engine).get("PointsAwarded"), "c-0 … c-6, nothing after");
                assertTrue(engine.lagBlocks() > 0);
                assertEquals(seventh.position(), engine.failure().orElseThrow().position());
                assertEquals("test-failing", engine.failure().orElseThrow().projection());
                Thread.sleep(1500); // a retry fails again at the same event
                assertEquals(7L, counts(engine).get("PointsAwarded"));
                broken[0] = false;
                awaitCaughtUp(engine);
                assertEquals(ledger.eventCounts(), counts(engine));
                assertFalse(engine.failure().isPresent());
            }
        }
    }

    @Test
    void a_read_model_of_another_ledger_or_of_a_changed_projection_is_rebuilt_at_start() throws Exception {
        String url = TestDatabases.fresh(dir);
        try (ProjectionLedger first = new ProjectionLedger(dir.resolve("first"))) {
            String resident = first.enrol("a");
            for (int i = 0; i < 20; i++) {
                first.award("c-" + i, resident);
            }
            try (ReadModelEngine engine = start(first.ledger, url, new EventCountProjection())) {
                awaitCaughtUp(engine);
                assertEquals(20L, counts(engine).get("PointsAwarded"));
            }
        }
        try (ProjectionLedger second = new ProjectionLedger(dir.resolve("second"))) {
            second.award("only", second.enrol("b"));
            try (ReadModelEngine engine = start(second.ledger, url, new EventCountProjection())) {
                awaitCaughtUp(engine);
                assertEquals(second.eventCounts(), counts(engine), "rebuilt from the second ledger");
            }
            // The same projection with another schema: its tables are made again and the ledger replayed.
            EventCountProjection changed = new EventCountProjection() {
                @Override
                public List<String> schema() {
                    return java.util.stream.Stream.concat(super.schema().stream(), java.util.stream.Stream.of(
                            "CREATE INDEX IF NOT EXISTS rm_test_event_seen_type ON " + SEEN + " (type)")).toList();
                }
            };
            second.award("more", ProjectionLedger.residentId("b"));
            try (ReadModelEngine engine = start(second.ledger, url, changed)) {
                awaitCaughtUp(engine);
                assertEquals(second.eventCounts(), counts(engine));
                assertEquals(second.allEvents().size(), engine.eventsProjected(), "replayed from block 0");
            }
        }
    }

    @Test
    void a_database_that_cannot_be_reached_does_not_stop_the_start_and_reports_answer_unavailable() throws Exception {
        try (ProjectionLedger ledger = new ProjectionLedger(dir.resolve("ledger"));
             ReadModelEngine engine = ReadModelEngine.start(ledger.ledger, List.of(new EventCountProjection()),
                     "jdbc:postgresql://127.0.0.1:1/civic?connectTimeout=1", null, null, 2, 50)) {
            assertFalse(engine.databaseReachable());
            org.civicledger.gateway.problem.ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.civicledger.gateway.problem.ApiException.class, () -> counts(engine));
            assertEquals(org.civicledger.api.ErrorCode.LEDGER_UNAVAILABLE, refused.code());
            assertEquals(Optional.empty(), engine.position());
            assertTrue(engine.lagBlocks() > 0);
        }
    }

    /** A ledger port that passes every call on. */
    static class ForwardingLedger implements LedgerPort {
        private final LedgerPort ledger;

        ForwardingLedger(LedgerPort ledger) {
            this.ledger = ledger;
        }

        @Override
        public TxResult submit(LedgerIdentity caller, String function, String... args) {
            return ledger.submit(caller, function, args);
        }

        @Override
        public String evaluate(LedgerIdentity caller, String function, String... args) {
            return ledger.evaluate(caller, function, args);
        }

        @Override
        public LedgerCounters counters() {
            return ledger.counters();
        }

        @Override
        public long height() {
            return ledger.height();
        }

        @Override
        public Optional<BlockInfo> block(long number) {
            return ledger.block(number);
        }

        @Override
        public List<BlockInfo> latestBlocks(int limit) {
            return ledger.latestBlocks(limit);
        }

        @Override
        public Optional<TxInfo> transaction(String txId) {
            return ledger.transaction(txId);
        }

        @Override
        public Optional<TxProof> proof(String txId, java.util.OptionalLong checkpoint) {
            return ledger.proof(txId, checkpoint);
        }

        @Override
        public IntegrityReport verifyIntegrity(org.civicledger.gateway.ledger.IntegrityProgress progress) {
            return ledger.verifyIntegrity(progress);
        }

        @Override
        public AutoCloseable subscribe(String afterPosition, Consumer<LedgerEvent> sink) {
            return ledger.subscribe(afterPosition, sink);
        }

        @Override
        public void close() {
            ledger.close();
        }
    }
}
