package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on the real network ({@code mvn verify -Pfabric}): an orderer stopped, the Audit
 * organisation's peer stopped, the gateway killed — under load from clients that retry under the
 * same ids. Every acknowledged award must be committed (VALID in a block) and paid exactly once.
 */
class FabricFaultIT {
    private static final int CLIENTS = 4;

    @TempDir
    static Path dir;

    static NetworkControl network;
    static FabricGateway gateway;

    @BeforeAll
    static void gatewayOnTheNetwork() throws Exception {
        network = NetworkControl.fromSystemProperties();
        gateway = new FabricGateway(dir.resolve("data"), network.profile(),
                Path.of("target", "fabric-fault-gateway.log").toAbsolutePath()).start();
    }

    @AfterEach
    void restartWhateverWasStopped() {
        network.restartStopped();
    }

    @AfterAll
    static void stopGateway() throws Exception {
        gateway.close();
    }

    @Test
    void the_raft_leader_stopped_during_awards_loses_no_acknowledged_award_and_ordering_continues() throws Exception {
        List<AwardLoad.Ack> acks;
        int atStop;
        try (AwardLoad load = new AwardLoad(gateway, CLIENTS)) {
            load.awaitAcknowledged(20, 120);
            network.stop(network.raftLeader()); // the hardest orderer to lose: a new leader must be elected
            atStop = load.acknowledged();
            load.awaitAcknowledged(atStop + 20, 120);
            load.close();
            assertEquals(List.of(), load.errors());
            acks = load.acks();
        }
        assertTrue(acks.size() >= atStop + 20, "awards continued with two of three orderers");
        assertEachCommittedAndPaidOnce(acks);
    }

    @Test
    void with_the_audit_peer_stopped_writes_continue_endorsed_by_the_other_two() throws Exception {
        network.stop("peer0.audit");
        List<AwardLoad.Ack> acks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String run = UUID.randomUUID().toString();
            String residentId = gateway.enrol("audit-down-" + run);
            HttpResponse<String> award = gateway.award("audit-down-c-" + run, residentId, Instant.now().minusSeconds(60));
            assertEquals(201, award.statusCode(), award.body());
            acks.add(new AwardLoad.Ack("audit-down-c-" + run, residentId,
                    FabricGateway.JSON.readTree(award.body()).path("txId").asText(), 201));
        }
        assertEachCommittedAndPaidOnce(acks);
    }

    @Test
    void a_gateway_killed_under_load_and_restarted_loses_no_acknowledged_award() throws Exception {
        List<AwardLoad.Ack> acks;
        try (AwardLoad load = new AwardLoad(gateway, CLIENTS)) {
            load.awaitAcknowledged(20, 120);
            gateway.kill();
            int atKill = load.acknowledged();
            gateway.start();
            load.awaitAcknowledged(atKill + 20, 120);
            load.close();
            assertEquals(List.of(), load.errors());
            acks = load.acks();
        }
        assertTrue(acks.stream().anyMatch(a -> a.status() == 201));
        assertEachCommittedAndPaidOnce(acks);
    }

    @Test
    void with_the_gateways_own_peer_stopped_calls_answer_503_ledger_unavailable_and_write_nothing() throws Exception {
        network.stop("peer0.community");
        String ref = "peer-down-" + UUID.randomUUID();
        HttpResponse<String> refused = gateway.send("POST", "/api/v1/residents", "demo-app-token",
                "{\"externalRef\":\"" + ref + "\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("LEDGER_UNAVAILABLE", FabricGateway.JSON.readTree(refused.body()).path("code").asText());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        network.restartStopped();
        // The client's retry under the same reference creates the resident now (201, not a 200 replay):
        // the refused call wrote nothing.
        HttpResponse<String> retried = null;
        for (long end = System.currentTimeMillis() + 90_000; System.currentTimeMillis() < end; Thread.sleep(500)) {
            retried = gateway.send("POST", "/api/v1/residents", "demo-app-token", "{\"externalRef\":\"" + ref + "\"}");
            if (retried.statusCode() != 503) {
                break;
            }
        }
        assertEquals(201, retried.statusCode(), retried.body());
    }

    @Test
    void a_gateway_started_while_its_peer_is_down_waits_and_serves_once_the_peer_is_back() throws Exception {
        network.stop("peer0.community");
        try (FabricGateway late = new FabricGateway(dir.resolve("late-data"), network.profile(),
                Path.of("target", "fabric-late-gateway.log").toAbsolutePath())) {
            late.launch();
            Thread.sleep(8_000); // several start-up attempts fail meanwhile
            assertTrue(late.alive(), "the gateway waits for its peer instead of exiting");
            assertFalse(late.ready(), "not ready before its set-up is done");
            network.restartStopped();
            late.awaitReady(90);
            String run = UUID.randomUUID().toString();
            String residentId = late.enrol("late-" + run);
            HttpResponse<String> award = late.award("late-c-" + run, residentId, Instant.now().minusSeconds(60));
            assertEquals(201, award.statusCode(), award.body());
            assertEquals("VALID", late.validationCode(FabricGateway.JSON.readTree(award.body()).path("txId").asText()));
            assertEquals(20, late.available(residentId));
            assertTrue(late.logText().contains("start-up set-up height attempt 1"), "it asked again while waiting");
        }
    }

    @Test
    void a_gateway_whose_peer_stays_down_past_the_startup_wait_exits_and_says_why() throws Exception {
        network.stop("peer0.community");
        Path log = Path.of("target", "fabric-doomed-gateway.log").toAbsolutePath();
        try (FabricGateway doomed = new FabricGateway(dir.resolve("doomed-data"), network.profile(), log,
                Map.of("CIVIC_LEDGER_STARTUP_WAIT", "3S"))) {
            doomed.launch();
            Integer exit = doomed.awaitExit(60);
            assertNotNull(exit, "still running 60 s after a 3 s start-up wait");
            assertNotEquals(0, exit);
            String text = doomed.logText();
            assertTrue(text.contains("start-up set-up (height) still failing after")
                    && text.contains("(civic.ledger.startup-wait)"), text);
        }
    }

    /** VALID in a block, and the resident holds exactly one award's points (a retry paid twice would show 40). */
    private static void assertEachCommittedAndPaidOnce(List<AwardLoad.Ack> acks) throws Exception {
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (AwardLoad.Ack ack : acks) {
            String code = gateway.validationCode(ack.txId());
            long available = gateway.available(ack.residentId());
            checks.add(() -> assertEquals("VALID", code, ack + " is not committed"));
            checks.add(() -> assertEquals(20, available, ack + " was not paid exactly once"));
        }
        assertAll(checks);
    }
}
