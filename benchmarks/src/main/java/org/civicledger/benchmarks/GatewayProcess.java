package org.civicledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as a user runs it: {@code java -jar gateway-service/target/quarkus-app/quarkus-run.jar}
 * in demo mode, in its own JVM, on a port of its own; timed from process start until
 * {@code /q/health/ready} answers 200.
 */
final class GatewayProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final double secondsToReady;

    private GatewayProcess(Process process, int port, double secondsToReady) {
        this.process = process;
        this.port = port;
        this.secondsToReady = secondsToReady;
    }

    static GatewayProcess start(Path jar, Path dataDir, int port, List<String> jvmArgs, Path log)
            throws IOException, InterruptedException {
        return start(jar, dataDir, port, jvmArgs, Map.of(), log);
    }

    /** As {@link #start(Path, Path, int, List, Path)}, with more environment (e.g. {@code CIVIC_LEDGER_MODE}). */
    static GatewayProcess start(Path jar, Path dataDir, int port, List<String> jvmArgs, Map<String, String> env,
            Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no gateway build at " + jar + "; run mvn package first");
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CIVIC_DEMO", "true");
        builder.environment().put("CIVIC_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(3)) {
                process.destroyForcibly();
                throw new IllegalStateException("the gateway was not ready within 3 minutes; see " + log);
            }
            Thread.sleep(20);
        }
        return new GatewayProcess(process, port, (System.nanoTime() - start) / 1e9);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    double secondsToReady() {
        return secondsToReady;
    }

    /** Resident set size of the gateway's JVM, from /proc. */
    long rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
            }
        }
        throw new IllegalStateException("no VmRSS for the gateway process");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
