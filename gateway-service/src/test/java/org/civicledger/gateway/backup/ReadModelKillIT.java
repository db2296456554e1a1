package org.civicledger.gateway.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.civicledger.gateway.readmodel.ReadModelEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway killed with SIGKILL while awards arrive and its read model projects them, then started
 * again on the same data dir: the read model resumes after its checkpoint and, once caught up, has applied every
 * event of the ledger exactly once (the checkpoint's event count, written in the same SQL transaction as the rows,
 * equals the ledger's number of events, and its position is the ledger's last event).
 */
class ReadModelKillIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "demo-app-token";
    private static final String ADMIN = "demo-admin-token";

    @TempDir
    Path dir;

    @Test
    void kill_9_under_load_then_restart_applies_every_event_exactly_once() throws Exception {
        Path data = dir.resolve("data");
        AtomicLong acknowledged = new AtomicLong();
        try (GatewayProcess gateway = GatewayProcess.start(data, dir.resolve("first.log"), Map.of())) {
            assertEquals(201, gateway.send("POST", "/api/v1/activity-types", ADMIN, "{\"activityType\":\"rm-patrol\","
                    + "\"category\":\"SAFETY_PATROL\",\"pointsPerUnit\":20,\"unit\":\"EVENT\","
                    + "\"dailyCapPoints\":1000000,\"creditWeight\":100}").statusCode());
            List<String> residents = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                HttpResponse<String> enrolled = gateway.send("POST", "/api/v1/residents", APP,
                        "{\"externalRef\":\"rm-kill-" + r + "\"}");
                residents.add(JSON.readTree(enrolled.body()).path("residentId").asText());
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Thread writer = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            HttpResponse<String> award = gateway.send("POST", "/api/v1/contributions", APP,
                                    "{\"contributionId\":\"rm-" + thread + "-" + i + "\",\"residentId\":\""
                                            + residents.get((thread + i) % residents.size())
                                            + "\",\"activityType\":\"rm-patrol\",\"quantity\":1,\"occurredAt\":\""
                                            + Instant.now() + "\"}");
                            if (award.statusCode() == 201) {
                                acknowledged.incrementAndGet();
                            }
                        } catch (Exception killed) {
                            return;
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while ((acknowledged.get() < 300 || projected(gateway) < 100) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            gateway.kill(); // SIGKILL with writes and projection in flight
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(60_000);
            }
            assertTrue(acknowledged.get() >= 300, "awards acknowledged before the kill: " + acknowledged.get());
        }

        String position;
        try (GatewayProcess gateway = GatewayProcess.start(data, dir.resolve("second.log"), Map.of())) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            JsonNode check = readModelCheck(gateway);
            while (check.path("data").path("lagBlocks").asLong() != 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                check = readModelCheck(gateway);
            }
            assertEquals(0, check.path("data").path("lagBlocks").asLong(), check::toString);
            position = check.path("data").path("position").asText();
        }

        List<LedgerEvent> events = ledgerEvents(data);
        long[] checkpoint = checkpoint(data);
        assertEquals(events.size(), checkpoint[0], "every event applied exactly once");
        assertEquals(events.get(events.size() - 1).position(), position);
        assertEquals(events.get(events.size() - 1).position(), LedgerEvent.position(checkpoint[1], (int) checkpoint[2]));
    }

    private static JsonNode readModelCheck(GatewayProcess gateway) throws Exception {
        JsonNode health = JSON.readTree(gateway.send("GET", "/q/health/ready", null, null).body());
        for (JsonNode check : health.path("checks")) {
            if ("read-model".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no read-model check: " + health);
    }

    private static long projected(GatewayProcess gateway) throws Exception {
        String position = readModelCheck(gateway).path("data").path("position").asText();
        return position.isEmpty() ? 0 : LedgerEvent.parsePosition(position)[0];
    }

    /** @return every event of the ledger in {@code data} (the gateway is stopped) */
    private static List<LedgerEvent> ledgerEvents(Path data) throws Exception {
        List<LedgerEvent> events = new CopyOnWriteArrayList<>();
        try (EmbeddedLedger ledger = EmbeddedLedger.open(data, IdentityStore.open(data))) {
            long height = ledger.height();
            try (AutoCloseable subscription = ledger.subscribe(null, events::add)) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
                int seen = -1;
                while (Instant.now().isBefore(deadline)) {
                    Thread.sleep(300);
                    boolean last = !events.isEmpty() && events.get(events.size() - 1).blockNumber() >= height - 1;
                    if (last && events.size() == seen) {
                        break;
                    }
                    seen = events.size();
                }
            }
        }
        return List.copyOf(events);
    }

    /** @return the read model's checkpoint: {events, block, tx} */
    private static long[] checkpoint(Path data) throws Exception {
        try (Connection sql = new org.h2.Driver().connect(ReadModelEngine.defaultUrl(data), new Properties());
             Statement read = sql.createStatement();
             ResultSet row = read.executeQuery("SELECT events, block, tx FROM rm_checkpoint WHERE id = 'ledger'")) {
            assertTrue(row.next());
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }
}
