package org.civicledger.gateway.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a process that is projecting (ledger writes and the read model's SQL transactions both in flight):
 * after a restart the read model resumes after its checkpoint and its counts equal the ledger's events exactly —
 * nothing lost, nothing applied twice. H2 by default; PostgreSQL with {@code -Dcivic.read-model.jdbc-url}.
 */
class ReadModelCrashTest {
    @TempDir
    Path dir;

    @Test
    void kill_9_mid_projection_then_restart_projects_every_event_exactly_once() throws Exception {
        Path ledgerDir = dir.resolve("ledger");
        String url = TestDatabases.fresh(dir);
        try (ProjectionLedger ledger = new ProjectionLedger(ledgerDir)) {
            for (int i = 0; i < 16; i++) {
                ledger.enrol("crash-" + i);
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadModelCrashLoad.class.getName(),
                ledgerDir.toString(), url, "16", "4", "120").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long projectedByChild = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (projectedByChild < 400 && (line = lines.readLine()) != null) {
                projectedByChild = Long.parseLong(line.substring("PROJECTED ".length()));
            }
            assertTrue(child.toHandle().destroyForcibly()); // SIGKILL, mid-load and mid-transaction
            child.waitFor(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(projectedByChild >= 400, "the child projected events before it was killed");

        try (ProjectionLedger ledger = new ProjectionLedger(ledgerDir)) {
            long checkpointed = checkpointEvents(url);
            try (ReadModelEngine engine = ReadModelEngine.start(ledger.ledger, List.of(new EventCountProjection()),
                    url, TestDatabases.user(), TestDatabases.password(), 2, 500)) {
                ReadModelEngineTest.awaitCaughtUp(engine);
                Map<String, Long> expected = ledger.eventCounts();
                long total = expected.values().stream().mapToLong(Long::longValue).sum();
                assertTrue(checkpointed < total, "killed mid-projection: " + checkpointed + " of " + total);
                if (url.startsWith("jdbc:postgresql:")) {
                    // PostgreSQL makes each commit durable before it answers; H2's background writer may lose the
                    // last half second of commits (rows and checkpoint together), which are then projected again
                    assertTrue(checkpointed >= projectedByChild, "a committed batch survives the kill: "
                            + checkpointed + " checkpointed, " + projectedByChild + " reported committed");
                }
                assertEquals(total - checkpointed, engine.eventsProjected(), "resumed right after the checkpoint");
                assertEquals(expected, engine.read(EventCountProjection::counts));
                assertEquals(total, (long) engine.read(EventCountProjection::seen));
                assertEquals(total, checkpointEvents(engine));
            }
        }
    }

    /** @return the checkpoint's count of events projected, read with an engine of no projection */
    private static long checkpointEvents(String url) {
        try (ReadModelDatabase database = new ReadModelDatabase(url, TestDatabases.user(), TestDatabases.password(),
                1)) {
            return database.read(ReadModelCrashTest::events);
        }
    }

    private static long checkpointEvents(ReadModelEngine engine) {
        return engine.read(ReadModelCrashTest::events);
    }

    private static long events(java.sql.Connection sql) throws java.sql.SQLException {
        try (PreparedStatement read = sql.prepareStatement("SELECT events FROM " + ReadModelEngine.CHECKPOINT
                + " WHERE id = 'ledger'"); ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
