package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.civicledger.gateway.ledger.TxResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLedgerTest {
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

    private Envelope signed(EmbeddedLedger.Simulation simulation, org.civicledger.gateway.identity.LedgerIdentity by) {
        return new Envelope(simulation.transaction(), by.sign(Json.bytes(simulation.transaction())));
    }

    @Nested
    class Submit {
        @Test
        void commits_in_a_block_and_returns_the_result_with_tx_id_and_block() {
            long before = demo.ledger.height();
            TxResult result = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            assertEquals(before, result.blockNumber());
            assertEquals(before + 1, demo.ledger.height());
            assertEquals(40, DemoLedger.parse(result.payload()).get("balance").asLong());
            assertEquals(result.txId(), DemoLedger.parse(result.payload()).get("txId").asText());
            assertEquals(40, demo.available(rid));
            WorldState.TxLocation location = demo.ledger.state().location(result.txId()).orElseThrow();
            assertEquals(ValidationCode.VALID, location.code());
            assertEquals(result.blockNumber(), location.block());
        }

        @Test
        void passes_a_chaincode_refusal_through_with_its_code_and_commits_nothing() {
            long height = demo.ledger.height();
            LedgerRefusal refusal = assertThrows(LedgerRefusal.class, () -> demo.ledger.submit(demo.merchant,
                    "Points:redeem", demo.redeemRequest("r1", rid, 1)));
            assertEquals(ErrorCode.INSUFFICIENT_POINTS, refusal.code());
            assertTrue(refusal.getMessage().startsWith("INSUFFICIENT_POINTS: "));
            assertEquals(height, demo.ledger.height());
        }

        @Test
        void reports_a_chaincode_failure_without_a_code_as_internal_and_commits_nothing() {
            long height = demo.ledger.height();
            // a call the contract router cannot dispatch (an argument missing) fails without a refusal code
            LedgerRefusal refusal = assertThrows(LedgerRefusal.class, () -> demo.ledger.submit(demo.app,
                    "Points:getHistory", rid));
            assertEquals(ErrorCode.INTERNAL, refusal.code());
            assertEquals("the chaincode failed on Points:getHistory without a refusal code", refusal.getMessage());
            assertEquals(height, demo.ledger.height());
        }

        @Test
        void survives_a_restart() {
            TxResult result = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 3));
            long height = demo.ledger.height();
            demo.reopen();
            assertEquals(height, demo.ledger.height());
            assertEquals(60, demo.available(rid));
            assertEquals(ValidationCode.VALID, demo.ledger.state().location(result.txId()).orElseThrow().code());
            demo.ledger.submit(demo.merchant, "Points:redeem", demo.redeemRequest("r1", rid, 10));
            assertEquals(50, demo.available(rid));
        }
    }

    @Nested
    class WritesNothing {
        @Test
        void twenty_identical_replays_are_answered_from_committed_state_without_a_block() {
            String request = demo.awardRequest("c1", rid, 2);
            TxResult original = demo.ledger.submit(demo.app, "Points:award", request);
            long height = demo.ledger.height();
            for (int i = 0; i < 20; i++) {
                TxResult replay = demo.ledger.submit(demo.app, "Points:award", request);
                assertFalse(replay.written());
                assertEquals(original.txId(), DemoLedger.parse(replay.payload()).get("txId").asText());
            }
            assertEquals(height, demo.ledger.height());
            assertEquals(40, demo.available(rid));
        }

        @Test
        void enrolling_again_and_repeating_the_set_up_add_no_block() {
            long height = demo.ledger.height();
            demo.enrol("resident-1");
            demo.ledger.submit(demo.communityAdmin, "Registry:init");
            demo.ledger.submit(demo.communityAdmin, "Registry:register", DemoLedger.json("clientId",
                    demo.app.clientId(), "mspId", demo.app.mspId(), "role", "APP", "subjectId", "demo-app",
                    "communityId", "demo"));
            assertEquals(height, demo.ledger.height());
        }
    }

    @Nested
    class Contention {
        @Test
        void a_write_that_loses_every_attempt_is_CONTENDED_and_writes_nothing() throws Exception {
            demo.reopen(1); // one attempt in all: the first lost race spends the budget
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
            String losing = demo.awardRequest("c2", rid, 1);
            Committer committer = demo.ledger.committer();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<TxResult> loser;
            try {
                synchronized (committer) { // nothing commits but what this thread commits
                    long ordered = committer.ordered();
                    loser = pool.submit(() -> demo.ledger.submit(demo.app, "Points:award", losing));
                    while (committer.ordered() == ordered) {
                        Thread.sleep(1); // until the award has been simulated and handed to the committer
                    }
                    EmbeddedLedger.Simulation winner = demo.ledger.simulate(demo.merchant, "Points:redeem",
                            demo.redeemRequest("r1", rid, 5));
                    committer.commit(List.of(signed(winner, demo.merchant)));
                }
                java.util.concurrent.ExecutionException failed = assertThrows(
                        java.util.concurrent.ExecutionException.class, () -> loser.get(60, TimeUnit.SECONDS));
                LedgerRefusal refusal = (LedgerRefusal) failed.getCause();
                assertEquals(ErrorCode.CONTENDED, refusal.code());
                assertTrue(refusal.getMessage().startsWith("other writes to the same records kept winning"));
                assertEquals(ValidationCode.MVCC_READ_CONFLICT,
                        demo.ledger.state().location(refusal.txId()).orElseThrow().code());
                assertEquals(15, demo.available(rid));
                // nothing was written: the same request again is a new award, not a replay
                assertTrue(demo.ledger.submit(demo.app, "Points:award", losing).written());
                assertEquals(35, demo.available(rid));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Mvcc {
        @Test
        void invalidates_a_transaction_whose_read_was_overwritten_and_keeps_no_trace_of_it() {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            EmbeddedLedger.Simulation first = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r1", rid, 30));
            EmbeddedLedger.Simulation second = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r2", rid, 30));
            Block block = demo.ledger.committer().commit(List.of(signed(first, demo.merchant),
                    signed(second, demo.merchant)));
            assertEquals(List.of(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT), block.validationCodes());
            assertEquals(10, demo.available(rid));
            assertTrue(demo.ledger.state().get(Keys.redemption("demo-merchant", "r1")).isPresent());
            assertFalse(demo.ledger.state().get(Keys.redemption("demo-merchant", "r2")).isPresent());
            assertFalse(demo.ledger.state().get("receivable/demo-merchant/r2").isPresent());
            assertEquals(ValidationCode.MVCC_READ_CONFLICT, demo.ledger.state()
                    .location(second.transaction().txId()).orElseThrow().code());
            assertTrue(demo.reconcile().get("ok").asBoolean());
        }

        @Test
        void invalidates_across_blocks_too() {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            EmbeddedLedger.Simulation first = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r1", rid, 30));
            EmbeddedLedger.Simulation second = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r2", rid, 30));
            demo.ledger.committer().commit(List.of(signed(first, demo.merchant)));
            Block block = demo.ledger.committer().commit(List.of(signed(second, demo.merchant)));
            assertEquals(List.of(ValidationCode.MVCC_READ_CONFLICT), block.validationCodes());
            assertEquals(10, demo.available(rid));
        }

        @Test
        void invalidates_a_range_read_that_gained_a_key() {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            demo.ledger.submit(demo.merchant, "Points:redeem", demo.redeemRequest("r1", rid, 5));
            EmbeddedLedger.Simulation settle = demo.ledger.simulate(demo.admin, "Points:settle",
                    DemoLedger.json("settlementId", "s1", "merchantId", "demo-merchant"));
            demo.ledger.submit(demo.merchant, "Points:redeem", demo.redeemRequest("r2", rid, 5));
            Block block = demo.ledger.committer().commit(List.of(signed(settle, demo.admin)));
            assertEquals(List.of(ValidationCode.PHANTOM_READ_CONFLICT), block.validationCodes());
            assertFalse(demo.ledger.state().get(Keys.settlement("demo", "s1")).isPresent());
        }

        @Test
        void refuses_a_transaction_not_signed_by_its_creator() {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            EmbeddedLedger.Simulation redeem = demo.ledger.simulate(demo.merchant, "Points:redeem",
                    demo.redeemRequest("r1", rid, 30));
            Block block = demo.ledger.committer().commit(List.of(signed(redeem, demo.app)));
            assertEquals(List.of(ValidationCode.BAD_CREATOR_SIGNATURE), block.validationCodes());
            assertEquals(40, demo.available(rid));
        }

        @Test
        void refuses_a_replayed_transaction_id() {
            EmbeddedLedger.Simulation award = demo.ledger.simulate(demo.app, "Points:award",
                    demo.awardRequest("c1", rid, 2));
            demo.ledger.committer().commit(List.of(signed(award, demo.app)));
            Block block = demo.ledger.committer().commit(List.of(signed(award, demo.app)));
            assertEquals(List.of(ValidationCode.DUPLICATE_TXID), block.validationCodes());
            assertEquals(40, demo.available(rid));
        }
    }

    @Nested
    class Concurrency {
        @Test
        void thirty_two_threads_redeeming_one_balance_never_overspend() throws Exception {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 15)); // 300 points
            AtomicInteger redeemed = new AtomicInteger();
            AtomicInteger insufficient = new AtomicInteger();
            List<Throwable> unexpected = new ArrayList<>();
            runConcurrently(32, 2, (thread, i) -> {
                try {
                    demo.ledger.submit(demo.merchant, "Points:redeem", demo.redeemRequest("r" + thread + "-" + i, rid, 10));
                    redeemed.incrementAndGet();
                } catch (LedgerRefusal e) {
                    if (e.code() == ErrorCode.INSUFFICIENT_POINTS) {
                        insufficient.incrementAndGet();
                    } else {
                        synchronized (unexpected) {
                            unexpected.add(e);
                        }
                    }
                }
            });
            assertEquals(List.of(), unexpected);
            assertEquals(30, redeemed.get(), "exactly the 300 points can be spent, 10 at a time");
            assertEquals(34, insufficient.get());
            assertEquals(0, demo.available(rid));
            assertTrue(demo.reconcile().get("ok").asBoolean());
        }

        @Test
        void awards_racing_on_one_contribution_id_pay_once() throws Exception {
            String request = demo.awardRequest("c-race", rid, 2);
            Set<String> txIds = ConcurrentHashMap.newKeySet();
            runConcurrently(16, 1, (thread, i) -> {
                TxResult result = demo.ledger.submit(demo.app, "Points:award", request);
                txIds.add(DemoLedger.parse(result.payload()).get("txId").asText());
            });
            assertEquals(1, txIds.size(), "every caller sees the one award that was paid");
            assertEquals(40, demo.available(rid));
            assertTrue(demo.reconcile().get("ok").asBoolean());
        }

        @Test
        void awards_to_different_residents_never_conflict() throws Exception {
            List<String> residents = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                residents.add(demo.enrol("parallel-" + i));
            }
            long before = demo.ledger.height();
            runConcurrently(8, 25, (thread, i) -> demo.ledger.submit(demo.app, "Points:award",
                    demo.awardRequest("p" + thread + "-" + i, residents.get(thread), 1)));
            long conflicts = 0;
            for (long n = before; n < demo.ledger.height(); n++) {
                conflicts += Block.fromBytes(readBlock(n)).validationCodes().stream()
                        .filter(c -> c != ValidationCode.VALID).count();
            }
            assertEquals(0, conflicts);
            for (String resident : residents) {
                assertEquals(25 * 20, demo.available(resident));
            }
        }
    }

    @Nested
    class Recovery {
        @Test
        void rebuilds_state_from_the_blocks_when_the_state_file_is_lost() throws Exception {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            demo.ledger.close();
            deleteTree(dir.resolve("ledger/state"));
            demo.ledger = EmbeddedLedger.open(dir, demo.identities);
            assertEquals(40, demo.available(rid));
            assertTrue(demo.reconcile().get("ok").asBoolean());
        }

        @Test
        void rebuilds_an_unreadable_state_file_from_the_blocks() throws Exception {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
            demo.ledger.close();
            Files.write(dir.resolve("ledger/state/CURRENT"), "MANIFEST-999999\n".getBytes(StandardCharsets.US_ASCII));
            demo.ledger = EmbeddedLedger.open(dir, demo.identities);
            assertEquals(40, demo.available(rid));
            assertTrue(demo.ledger.verifyIntegrity().verified());
            try (var files = Files.list(dir.resolve("ledger"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("state.unreadable-")),
                        "the unreadable file is kept as evidence");
            }
        }

        @Test
        void replays_only_the_blocks_after_an_old_checkpoint() throws Exception {
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
            demo.ledger.close();
            Path saved = dir.resolve("state-at-checkpoint");
            copyTree(dir.resolve("ledger/state"), saved);
            demo.ledger = EmbeddedLedger.open(dir, demo.identities);
            demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c2", rid, 2));
            long height = demo.ledger.height();
            demo.ledger.close();
            deleteTree(dir.resolve("ledger/state"));
            copyTree(saved, dir.resolve("ledger/state"));
            demo.ledger = EmbeddedLedger.open(dir, demo.identities);
            assertEquals(height, demo.ledger.state().height());
            assertEquals(60, demo.available(rid));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private byte[] readBlock(long n) {
        return demo.ledger.blocks().read(n);
    }

    private interface Work {
        void run(int thread, int iteration) throws Exception;
    }

    private static void runConcurrently(int threads, int iterations, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < iterations; i++) {
                    work.run(thread, i);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
