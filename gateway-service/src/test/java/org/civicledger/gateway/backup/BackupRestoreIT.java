package org.civicledger.gateway.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.civicledger.gateway.auth.Callers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as an operator does it, on the packaged gateway: awards from several threads, a
 * backup taken over HTTP while they go on, the backup restored with the jar's {@code restore} command
 * into an empty folder, and a second gateway started on it on another port — which serves every award
 * acknowledged before the backup began, verified. A damaged copy of the backup is refused.
 */
class BackupRestoreIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR_TOKEN = "it-operator-token";
    private static final String APP = "demo-app-token";
    private static final String ADMIN = "demo-admin-token";
    private static final String AUDITOR = "demo-auditor-token";
    private static final int RESIDENTS = 6;
    private static final int THREADS = 6;

    @TempDir
    Path dir;

    /** An award the gateway acknowledged (201). */
    record Ack(String residentId, String txId, long block) {
    }

    @Test
    void a_backup_taken_under_load_restores_into_a_gateway_that_serves_every_write_acknowledged_before_it()
            throws Exception {
        Path backups = dir.resolve("backups");
        Map<String, String> operator = Map.of("CIVIC_OPERATIONS_TOKEN_SHA256", Callers.sha256(OPERATOR_TOKEN),
                "CIVIC_OPERATIONS_BACKUP_DIR", backups.toString());
        List<String> residents = new ArrayList<>();
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<Ack> acknowledgedBefore;
        long height;
        try (GatewayProcess source = GatewayProcess.start(dir.resolve("data"), dir.resolve("source.log"), operator)) {
            created(source.send("POST", "/api/v1/activity-types", ADMIN, "{\"activityType\":\"it-patrol\","
                    + "\"category\":\"SAFETY_PATROL\",\"pointsPerUnit\":20,\"unit\":\"EVENT\","
                    + "\"dailyCapPoints\":1000000,\"creditWeight\":100}"));
            for (int r = 0; r < RESIDENTS; r++) {
                residents.add(enrol(source, "it-citizen-" + r).path("residentId").asText());
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread writer = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String residentId = residents.get((thread + i) % RESIDENTS);
                        try {
                            JsonNode award = created(source.send("POST", "/api/v1/contributions", APP,
                                    "{\"contributionId\":\"it-" + thread + "-" + i + "\",\"residentId\":\"" + residentId
                                            + "\",\"activityType\":\"it-patrol\",\"quantity\":1,\"occurredAt\":\""
                                            + Instant.now() + "\"}"));
                            acks.add(new Ack(residentId, award.path("txId").asText(), award.path("blockNumber").asLong()));
                        } catch (Exception | AssertionError e) {
                            failures.add(e.toString());
                            return;
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            awaitAcks(acks, 150, failures);
            acknowledgedBefore = List.copyOf(acks);
            JsonNode backup = created(source.send("POST", "/ops/v1/backups", OPERATOR_TOKEN, "{\"name\":\"nightly\"}"));
            height = backup.path("height").asLong();
            awaitAcks(acks, acks.size() + 50, failures); // the gateway goes on serving
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            assertEquals(List.of(), List.copyOf(failures), "every award under load was acknowledged");
            assertTrue(acks.stream().anyMatch(a -> a.block() >= height), "awards were committed after the cut");
        }

        Path restoredDir = dir.resolve("restored");
        GatewayProcess.Result restored = GatewayProcess.restore(backups.resolve("nightly"), restoredDir);
        assertEquals(0, restored.status(), restored.output());
        assertTrue(restored.output().contains("restored ") && restored.output().contains("height " + height),
                restored.output());

        try (GatewayProcess copy = GatewayProcess.start(restoredDir, dir.resolve("restored.log"), Map.of())) {
            for (Ack ack : acknowledgedBefore) {
                JsonNode tx = ok(copy.send("GET", "/api/v1/audit/transactions/" + ack.txId(), AUDITOR, null));
                assertEquals("VALID", tx.path("validationCode").asText(), ack::toString);
                assertEquals(ack.block(), tx.path("blockNumber").asLong(), ack::toString);
            }
            // Exactly the cut: each resident has 20 points for every award in a block below the backup's height.
            Map<String, Long> expected = acks.stream().filter(a -> a.block() < height)
                    .collect(Collectors.groupingBy(Ack::residentId, Collectors.summingLong(a -> 20L)));
            for (String residentId : residents) {
                JsonNode balance = ok(copy.send("GET", "/api/v1/residents/" + residentId + "/balance", APP, null));
                assertEquals(expected.getOrDefault(residentId, 0L), balance.path("available").asLong(), residentId);
            }
            JsonNode integrity = ok(copy.send("GET", "/api/v1/audit/integrity", AUDITOR, null));
            assertTrue(integrity.path("verified").asBoolean(), integrity::toString);
            assertTrue(ok(copy.send("GET", "/api/v1/audit/reconciliation", AUDITOR, null)).path("ok").asBoolean());
            // The resident-id secret came back: the same person is the same resident.
            HttpResponse<String> again = copy.send("POST", "/api/v1/residents", APP, "{\"externalRef\":\"it-citizen-0\"}");
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(residents.get(0), JSON.readTree(again.body()).path("residentId").asText());
            created(copy.send("POST", "/api/v1/contributions", APP, "{\"contributionId\":\"after-restore\","
                    + "\"residentId\":\"" + residents.get(0) + "\",\"activityType\":\"it-patrol\",\"quantity\":1,"
                    + "\"occurredAt\":\"" + Instant.now() + "\"}"));
        }
    }

    @Test
    void a_damaged_backup_is_refused_by_the_restore_command_and_nothing_is_restored() throws Exception {
        Path backups = dir.resolve("backups");
        Map<String, String> operator = Map.of("CIVIC_OPERATIONS_TOKEN_SHA256", Callers.sha256(OPERATOR_TOKEN),
                "CIVIC_OPERATIONS_BACKUP_DIR", backups.toString());
        try (GatewayProcess source = GatewayProcess.start(dir.resolve("data"), dir.resolve("source.log"), operator)) {
            enrol(source, "it-damaged");
            created(source.send("POST", "/ops/v1/backups", OPERATOR_TOKEN, "{\"name\":\"damaged\"}"));
        }
        Path blocks = backups.resolve("damaged/ledger/blocks.dat");
        try (RandomAccessFile file = new RandomAccessFile(blocks.toFile(), "rw")) {
            long at = file.length() / 2;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 0x01);
        }
        Path target = dir.resolve("restored");

        GatewayProcess.Result refused = GatewayProcess.restore(backups.resolve("damaged"), target);
        assertEquals(1, refused.status(), refused.output());
        assertTrue(refused.output().contains("restore refused: ledger/blocks.dat does not match its SHA-256 in "
                + "manifest.json: the backup is damaged. Nothing was restored"), refused.output());
        assertFalse(Files.exists(target), "the target is untouched");
    }

    private static JsonNode enrol(GatewayProcess gateway, String externalRef) throws Exception {
        return created(gateway.send("POST", "/api/v1/residents", APP, "{\"externalRef\":\"" + externalRef + "\"}"));
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    private static void awaitAcks(Queue<Ack> acks, int count, Queue<String> failures) throws InterruptedException {
        while (acks.size() < count) {
            assertEquals(List.of(), List.copyOf(failures), "a writer failed");
            Thread.sleep(10);
        }
    }
}
