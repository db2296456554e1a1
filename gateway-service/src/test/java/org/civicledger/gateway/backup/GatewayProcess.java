package org.civicledger.gateway.backup;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged gateway ({@code quarkus-run.jar}) in its own JVM, as an operator runs it: demo mode on the
 * embedded ledger, listening on 127.0.0.1 on a port the system picks (read back from its log, so no
 * port is chosen and released first). Also runs the jar's {@code restore} command.
 */
final class GatewayProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    private GatewayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a gateway on {@code dataDir} and waits until it is ready. */
    static GatewayProcess start(Path dataDir, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx384m", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CIVIC_LEDGER_MODE", "embedded");
        builder.environment().put("CIVIC_DEMO", "true");
        builder.environment().put("CIVIC_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().putAll(environment);
        GatewayProcess gateway = new GatewayProcess(builder.start(), log);
        gateway.awaitReady(120);
        return gateway;
    }

    /** Runs {@code java -jar quarkus-run.jar restore <backup> <dataDir>}; returns its exit status and output. */
    static Result restore(Path backup, Path dataDir) throws IOException, InterruptedException {
        Process restore = new ProcessBuilder(java(), "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(), "restore",
                backup.toString(), dataDir.toString()).redirectErrorStream(true).start();
        String output = new String(restore.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!restore.waitFor(300, TimeUnit.SECONDS)) {
            restore.destroyForcibly();
            throw new IllegalStateException("restore did not finish: " + output);
        }
        return new Result(restore.exitValue(), output);
    }

    /** A command's exit status and its output (stdout and stderr). */
    record Result(int status, String output) {
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady(int seconds) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (port == 0) {
                Matcher listening = LISTENING.matcher(Files.readString(log));
                port = listening.find() ? Integer.parseInt(listening.group(1)) : 0;
            }
            if (port != 0 && ready()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the gateway was not ready within " + seconds + " s:\n" + logTail());
    }

    private boolean ready() throws InterruptedException {
        try {
            return send("GET", "/q/health/ready", null, null).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    int port() {
        return port;
    }

    HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }

    /** Kills the gateway as a crash would: SIGKILL ({@code kill -9}), nothing closed or flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Stops the gateway as an operator would (SIGTERM: it closes the ledger). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
