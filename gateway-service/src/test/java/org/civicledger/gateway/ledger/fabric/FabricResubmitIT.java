package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of awards while the Raft leader is stopped: transactions an orderer had forwarded to it are lost with it,
 * and the gateway sends them again ({@link CommitWait}); every acknowledged award is committed and paid once.
 */
class FabricResubmitIT {
    private static final int CLIENTS = 24;
    private static final Pattern RESENT = Pattern.compile("re-submitting transaction ([0-9a-f]+)");

    @TempDir
    static Path dir;

    @Test
    void awards_lost_with_the_raft_leader_are_sent_again_and_each_committed_once() throws Exception {
        NetworkControl network = NetworkControl.fromSystemProperties();
        Path log = Path.of("target", "fabric-resubmit-gateway.log").toAbsolutePath();
        long logLinesBefore = Files.exists(log) ? Files.readAllLines(log).size() : 0;
        try (FabricGateway gateway = new FabricGateway(dir.resolve("data"), network.profile(), log).start()) {
            List<AwardLoad.Ack> acks;
            List<String> enrolled;
            int atStop;
            long stoppedAt;
            try (AwardLoad load = new AwardLoad(gateway, CLIENTS)) {
                load.awaitAcknowledged(48, 180);
                network.stop(network.raftLeader());
                stoppedAt = System.nanoTime();
                atStop = load.acknowledged();
                load.awaitAcknowledged(atStop + 48, 180);
                System.out.printf("resubmit-it: %d acknowledged at the stop, %d more %.1f s after it%n", atStop,
                        load.acknowledged() - atStop, (System.nanoTime() - stoppedAt) / 1e9);
                load.close();
                assertEquals(List.of(), load.errors());
                acks = load.acks();
                enrolled = load.enrolmentTxIds();
            } finally {
                network.restartStopped();
            }
            List<String> resent = Files.readAllLines(log).stream().skip(logLinesBefore).map(RESENT::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).distinct().toList();
            System.out.println("resubmit-it: " + acks.size() + " awards acknowledged, " + resent.size()
                    + " transactions re-submitted: " + resent);
            assertTrue(acks.size() >= atStop + 48);
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            // every transaction the clients had answered: the awards and the enrolments before them (either
            // may be the one whose commit status was late and that the gateway sent again)
            List<String> acknowledged = new ArrayList<>(acks.stream().map(AwardLoad.Ack::txId).toList());
            acknowledged.addAll(enrolled);
            for (String txId : resent) { // a re-sent transaction was answered (no client retry) and committed once
                checks.add(() -> assertEquals(1, acknowledged.stream().filter(txId::equals).count(), txId));
            }
            for (AwardLoad.Ack ack : acks) {
                String code = gateway.validationCode(ack.txId());
                long available = gateway.available(ack.residentId());
                checks.add(() -> assertEquals("VALID", code, ack + " is not committed"));
                checks.add(() -> assertEquals(20, available, ack + " was not paid exactly once"));
            }
            assertAll(checks);
        }
    }
}
