package org.civicledger.gateway.ledger.fabric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and restarts nodes of the network {@code network/up.sh} runs, through its own scripts
 * ({@code down.sh NAME} stops exactly that recorded process; {@code up.sh} starts whatever is down).
 */
final class NetworkControl {
    private final Path networkDir;
    private final Path log;

    NetworkControl(Path networkDir, Path log) {
        this.networkDir = networkDir;
        this.log = log;
    }

    static NetworkControl fromSystemProperties() {
        Path dir = Path.of(System.getProperty("fabric.network.dir", "../network")).toAbsolutePath().normalize();
        return new NetworkControl(dir, Path.of("target", "fabric-fault-network.log").toAbsolutePath());
    }

    Path profile() {
        return networkDir.resolve(".data").resolve("gateway.json");
    }

    /**
     * @return the orderer that leads the channel's Raft cluster now (orderer {@code i} serves metrics on
     *     its operations port, its listen port + 4; see network/README.md)
     */
    String raftLeader() throws IOException, InterruptedException {
        com.fasterxml.jackson.databind.JsonNode orderers = FabricGateway.JSON.readTree(profile().toFile()).path("orderers");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (com.fasterxml.jackson.databind.JsonNode orderer : orderers) {
            int port = java.net.URI.create("grpc://" + orderer.path("endpoint").asText()).getPort() + 4;
            String metrics = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            if (metrics.lines().anyMatch(l -> l.startsWith("consensus_etcdraft_is_leader{") && l.endsWith(" 1"))) {
                return orderer.path("name").asText().split("\\.")[0];
            }
        }
        throw new IllegalStateException("no orderer reports itself Raft leader");
    }

    void stop(String node) {
        run(List.of("down.sh", node));
    }

    /** Starts every node that is not running (and waits until the network answers). */
    void restartStopped() {
        run(List.of("up.sh"));
    }

    private void run(List<String> scriptAndArgs) {
        List<String> command = new ArrayList<>(List.of("bash", networkDir.resolve(scriptAndArgs.get(0)).toString()));
        command.addAll(scriptAndArgs.subList(1, scriptAndArgs.size()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 180 s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + "; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
