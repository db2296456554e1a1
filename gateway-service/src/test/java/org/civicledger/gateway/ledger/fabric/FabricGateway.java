package org.civicledger.gateway.ledger.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as an operator runs it on a Fabric network — its own JVM from the build
 * ({@code quarkus-run.jar}) with {@code CIVIC_LEDGER_MODE=fabric} and demo mode — so that a test can
 * kill it with SIGKILL and start it again on the same port and data dir. Also a small HTTP client of it.
 */
final class FabricGateway implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Path dataDir;
    private final Path profile;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    FabricGateway(Path dataDir, Path profile, Path log) throws IOException {
        this(dataDir, profile, log, Map.of());
    }

    /** @param environment further settings ({@code CIVIC_*}) for the gateway's process */
    FabricGateway(Path dataDir, Path profile, Path log, Map<String, String> environment) throws IOException {
        this.dataDir = dataDir;
        this.profile = profile;
        this.log = log;
        this.environment = environment;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** Starts the gateway and waits until it is ready. */
    FabricGateway start() throws IOException, InterruptedException {
        launch();
        return awaitReady(90);
    }

    /** Starts the gateway's JVM without waiting for it. */
    void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcivic.ledger.fabric-profile=" + profile, "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CIVIC_LEDGER_MODE", "fabric");
        builder.environment().put("CIVIC_DEMO", "true");
        builder.environment().put("CIVIC_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until the launched gateway reports ready. */
    FabricGateway awaitReady(int seconds) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited with " + process.exitValue() + "; see " + log
                        + "; its last lines:\n" + logTail(40));
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the gateway was not ready within " + seconds + " s; see " + log
                + "; its last lines:\n" + logTail(40));
    }

    /** @return whether the gateway answers its readiness check with 200 (false while it is not listening) */
    boolean ready() throws InterruptedException {
        try {
            return send("GET", "/q/health/ready", null, null).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** @return the exit code, or null when the gateway is still running after {@code seconds} */
    Integer awaitExit(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    /** @return the gateway's whole log so far */
    String logText() throws IOException {
        return Files.readString(log);
    }

    /** The log's last {@code lines} lines, so that a failure on a CI machine explains itself. */
    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing in flight is finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the new resident's id */
    String enrol(String externalRef) throws IOException, InterruptedException {
        return enrolment(externalRef).residentId();
    }

    /** An acknowledged enrolment: the resident's id and the transaction the gateway named. */
    record Enrolment(String residentId, String txId) {
    }

    /** @return the enrolment the gateway acknowledged: the resident's id and its transaction */
    Enrolment enrolment(String externalRef) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/api/v1/residents", "demo-app-token",
                "{\"externalRef\":\"" + externalRef + "\"}");
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new Refused(response);
        }
        com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(response.body());
        return new Enrolment(body.path("residentId").asText(), body.path("txId").asText());
    }

    /** One safety patrol (20 points) for the resident, under the client's contribution id. */
    HttpResponse<String> award(String contributionId, String residentId, Instant occurredAt)
            throws IOException, InterruptedException {
        return send("POST", "/api/v1/contributions", "demo-app-token", "{\"contributionId\":\"" + contributionId
                + "\",\"residentId\":\"" + residentId + "\",\"activityType\":\"safety-patrol\",\"quantity\":1,"
                + "\"occurredAt\":\"" + occurredAt + "\"}");
    }

    /** A request the gateway answered with an error status. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(HttpResponse<String> response) {
            super(response.statusCode() + " " + response.body());
            this.status = response.statusCode();
        }
    }

    long available(String residentId) throws IOException, InterruptedException {
        JsonNode balance = JSON.readTree(send("GET", "/api/v1/residents/" + residentId + "/balance",
                "demo-app-token", null).body());
        return balance.path("available").asLong(-1);
    }

    /** @return the validation code of a transaction as the auditor sees it, or null when it is in no block */
    String validationCode(String txId) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/api/v1/audit/transactions/" + txId, "demo-auditor-token", null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("validationCode").asText() : null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
