package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.TxInfo;
import org.civicledger.gateway.ledger.TxResult;
import org.rocksdb.RocksDB;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash safety, tamper evidence, auditor queries and the event feed of the embedded ledger. */
class LedgerDurabilityTest {
    private static final int RECORD_HEADER_BYTES = 16;

    @TempDir
    Path dir;

    @Nested
    class Crash {
        @Test
        void every_acknowledged_award_survives_kill_9_and_nothing_is_half_applied() throws Exception {
            try (DemoLedger demo = new DemoLedger(dir)) {
                for (int i = 0; i < 16; i++) {
                    demo.enrol("crash-" + i);
                }
            }
            Map<String, String> acknowledged = new HashMap<>();
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LedgerCrashLoad.class.getName(),
                    dir.toString(), "16", "8", "60").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (acknowledged.size() < 300 && (line = lines.readLine()) != null) {
                    String[] parts = line.split(" ");
                    acknowledged.put(parts[1], parts[2]);
                }
                assertTrue(child.toHandle().destroyForcibly()); // SIGKILL, mid-load
                child.waitFor(30, TimeUnit.SECONDS);
            } finally {
                child.destroyForcibly();
            }
            assertEquals(300, acknowledged.size(), "the child acknowledged awards before it was killed");

            try (DemoLedger demo = new DemoLedger(dir)) {
                for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                    TxInfo tx = demo.ledger.transaction(ack.getValue()).orElseThrow(
                            () -> new AssertionError("acknowledged " + ack.getKey() + " is missing"));
                    assertEquals("VALID", tx.validationCode());
                    assertTrue(demo.ledger.state().get(Keys.contribution("demo", ack.getKey())).isPresent());
                }
                IntegrityReport integrity = demo.ledger.verifyIntegrity();
                assertTrue(integrity.verified(), integrity::problem);
                assertTrue(demo.reconcile().get("ok").asBoolean(), () -> demo.reconcile().toString());
            }
        }
    }

    @Nested
    class Tamper {
        @Test
        void a_flipped_byte_in_the_block_file_is_reported_at_its_block() throws Exception {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("tamper");
                for (int i = 0; i < 5; i++) {
                    demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c" + i, rid, 1));
                }
                assertTrue(demo.ledger.verifyIntegrity().verified());
                long target = demo.ledger.height() - 3;
                long offset = 0;
                for (long n = 0; n < target; n++) {
                    offset += RECORD_HEADER_BYTES + demo.ledger.blocks().read(n).length;
                }
                try (RandomAccessFile file = new RandomAccessFile(dir.resolve("ledger/blocks.dat").toFile(), "rw")) {
                    long at = offset + RECORD_HEADER_BYTES + 40;
                    file.seek(at);
                    int b = file.read();
                    file.seek(at);
                    file.write(b ^ 0x01);
                }
                IntegrityReport report = demo.ledger.verifyIntegrity();
                assertFalse(report.verified());
                assertEquals(target, report.firstBadBlock());
            }
        }

        @Test
        void a_changed_state_value_is_reported() throws Exception {
            String rid;
            try (DemoLedger demo = new DemoLedger(dir)) {
                rid = demo.enrol("tamper");
                demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
            }
            // Straight into the database, as someone with access to the disk could: key "s" + state key,
            // value = 12 bytes of version then the record.
            try (RocksDB db = RocksDB.open(dir.resolve("ledger/state").toString())) {
                byte[] key = ("saccount/" + rid).getBytes(StandardCharsets.UTF_8);
                String text = new String(db.get(key), StandardCharsets.ISO_8859_1)
                        .replace("\"available\":20", "\"available\":9020");
                db.put(key, text.getBytes(StandardCharsets.ISO_8859_1));
            }
            try (DemoLedger demo = new DemoLedger(dir)) {
                assertEquals(9020, demo.available(rid), "the tampered value is what the state now holds");
                IntegrityReport report = demo.ledger.verifyIntegrity();
                assertFalse(report.verified());
                assertFalse(report.stateVerified());
                assertNull(report.firstBadBlock(), "the blocks themselves are intact");
            }
        }
    }

    @Nested
    class AuditorQueries {
        @Test
        void describe_transactions_and_blocks_as_committed() {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("audited");
                TxResult award = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 2));
                TxInfo tx = demo.ledger.transaction(award.txId()).orElseThrow();
                assertEquals(award.blockNumber(), tx.blockNumber());
                assertEquals("VALID", tx.validationCode());
                assertEquals("CommunityMSP", tx.creatorMspId());
                assertEquals(demo.app.clientId(), tx.creatorId());
                assertEquals("Points:award", tx.function());
                assertEquals(1, tx.events().size());
                assertEquals("PointsAwarded", tx.events().get(0).type());
                BlockInfo block = demo.ledger.block(award.blockNumber()).orElseThrow();
                assertTrue(block.transactions().contains(award.txId()));
                BlockInfo previous = demo.ledger.block(award.blockNumber() - 1).orElseThrow();
                assertEquals(previous.hash(), block.previousHash());
                assertEquals(block, demo.ledger.latestBlocks(3).get(0));
                assertTrue(demo.ledger.block(demo.ledger.height()).isEmpty());
                assertTrue(demo.ledger.transaction("no-such-tx").isEmpty());
            }
        }
    }

    @Nested
    class History {
        @Test
        void gives_every_past_value_of_a_key_with_its_transaction() throws Exception {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("history");
                TxResult first = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
                TxResult second = demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c2", rid, 2));
                SimulationStub stub = new SimulationStub(demo.ledger.state(),
                        new CommittedCache(demo.ledger.state(), 10), demo.ledger::valueAt, "probe",
                        java.time.Instant.now(), demo.app.serialized(), demo.app.mspId(), List.of("probe"));
                List<org.hyperledger.fabric.shim.ledger.KeyModification> history = new ArrayList<>();
                stub.getHistoryForKey("account/" + rid).forEach(history::add);
                assertEquals(List.of(first.txId(), second.txId()),
                        history.stream().map(org.hyperledger.fabric.shim.ledger.KeyModification::getTxId).toList());
                assertEquals(20, DemoLedger.parse(history.get(0).getStringValue()).get("available").asLong());
                assertEquals(60, DemoLedger.parse(history.get(1).getStringValue()).get("available").asLong());
                assertFalse(history.get(1).isDeleted());
            }
        }
    }

    @Nested
    class Events {
        @Test
        @org.junit.jupiter.api.Timeout(120) // before the fix, subscribing replayed on the caller's thread: it hung here
        void a_blocked_subscriber_holds_up_neither_commits_nor_other_subscribers_and_then_gets_every_event_once_in_order()
                throws Exception {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("paged");
                for (int i = 1; i <= 30; i++) { // history to replay: 30 blocks of one award each
                    demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("h" + i, rid, 1));
                }
                java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
                List<LedgerEvent> slow = new ArrayList<>();
                List<LedgerEvent> fast = new ArrayList<>();
                AutoCloseable blocked = demo.ledger.subscribe(null, e -> {
                    awaitQuietly(release);
                    synchronized (slow) {
                        slow.add(e);
                    }
                });
                AutoCloseable other = demo.ledger.subscribe(null, e -> {
                    synchronized (fast) {
                        fast.add(e);
                    }
                });
                for (int i = 1; i <= 30; i++) { // commits go on while one subscriber is stuck on its first event
                    demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("l" + i, rid, 1));
                }
                awaitAwards(fast, 60);
                synchronized (slow) {
                    assertEquals(0, slow.size(), "the blocked subscriber is still on its first event");
                }
                release.countDown();
                awaitAwards(slow, 60);
                blocked.close();
                other.close();
                synchronized (slow) {
                    assertEquals(fast, slow, "the same events, in the same order");
                    assertEquals(slow.size(), slow.stream().map(LedgerEvent::position).distinct().count(), "each once");
                    for (int i = 1; i < slow.size(); i++) {
                        long[] a = LedgerEvent.parsePosition(slow.get(i - 1).position());
                        long[] b = LedgerEvent.parsePosition(slow.get(i).position());
                        assertTrue(a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]), "in order");
                    }
                }
            }
        }

        private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits (up to a generous 30 s) until {@code events} holds {@code count} awards. */
        private static void awaitAwards(List<LedgerEvent> events, int count) throws InterruptedException {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                synchronized (events) {
                    if (events.stream().filter(e -> e.type().equals("PointsAwarded")).count() >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("fewer than " + count + " awards delivered: " + events.size() + " events");
        }

        @Test
        void replay_then_follow_live_in_order_without_gaps_or_repeats() throws Exception {
            try (DemoLedger demo = new DemoLedger(dir)) {
                String rid = demo.enrol("events");
                demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c1", rid, 1));
                List<LedgerEvent> all = new ArrayList<>();
                AutoCloseable subscription = demo.ledger.subscribe(null, e -> {
                    synchronized (all) {
                        all.add(e);
                    }
                });
                Thread writer = new Thread(() -> {
                    for (int i = 2; i <= 20; i++) {
                        demo.ledger.submit(demo.app, "Points:award", demo.awardRequest("c" + i, rid, 1));
                    }
                });
                writer.start();
                writer.join();
                awaitAwards(all, 20); // delivered on the subscription's own thread
                subscription.close();
                List<String> awards;
                synchronized (all) {
                    awards = all.stream().filter(e -> e.type().equals("PointsAwarded")).map(LedgerEvent::txId).toList();
                    assertEquals(all.stream().map(LedgerEvent::position).distinct().count(), all.size());
                }
                assertEquals(20, awards.size());
                LedgerEvent tenth = all.stream().filter(e -> e.type().equals("PointsAwarded")).toList().get(9);
                List<LedgerEvent> resumed = new ArrayList<>();
                AutoCloseable again = demo.ledger.subscribe(tenth.position(), e -> {
                    synchronized (resumed) {
                        resumed.add(e);
                    }
                });
                awaitAwards(resumed, 10);
                again.close();
                assertEquals(10, resumed.stream().filter(e -> e.type().equals("PointsAwarded")).count());
                assertEquals(awards.subList(10, 20),
                        resumed.stream().filter(e -> e.type().equals("PointsAwarded")).map(LedgerEvent::txId).toList());
            }
        }
    }
}
