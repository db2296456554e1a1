package org.civicledger.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real gateway ({@code gateway-service/target/quarkus-app/quarkus-run.jar}) once for all test classes, in
 * demo mode on 127.0.0.1 with a temporary data dir, and stops it when the test run ends. The gateway picks
 * its own port (port 0) and the port is read from its log.
 */
final class RealGateway implements BeforeAllCallback {
    static final String ADMIN_TOKEN = "demo-admin-token";
    static final String APP_TOKEN = "demo-app-token";
    static final String MERCHANT_TOKEN = "demo-merchant-token";
    static final String BANK_TOKEN = "demo-bank-token";
    static final String AUDITOR_TOKEN = "demo-auditor-token";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes the gateway once, after the last test class.
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RealGateway.class, key -> start(), Running.class);
    }

    static String baseUrl() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealGateway.class)");
        }
        return "http://127.0.0.1:" + running.port;
    }

    static int port() {
        return running.port;
    }

    static CivicLedgerClient client(String token) {
        return CivicLedgerClient.builder().baseUrl(baseUrl()).token(token).timeout(Duration.ofSeconds(20)).build();
    }

    /**
     * A port bound on 127.0.0.1 but not listening, so a connection to it is refused; it stays reserved
     * (nothing else can take it) until the socket is closed.
     */
    static Socket refusingPort() {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket;
        } catch (IOException e) {
            throw new IllegalStateException("no port to bind", e);
        }
    }

    private static Running start() {
        Path jar = Paths.get(System.getProperty("civic.gateway.jar",
                "../gateway-service/target/quarkus-app/quarkus-run.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the gateway must be built first (mvn -B -ntp verify -pl client-sdk "
                    + "-am builds it in the same reactor): " + jar + " is missing");
        }
        try {
            Path dataDir = Files.createTempDirectory("civic-sdk-test-");
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("CIVIC_DEMO", "true");
            builder.environment().put("CIVIC_DATA_DIR", dataDir.toString());
            // port 0: the gateway binds a port of its own choosing and logs it, so no other process can take
            // it between a choice made here and the gateway's bind
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            builder.environment().put("QUARKUS_HTTP_PORT", "0");
            Running gateway = new Running(builder.start(), dataDir, log);
            gateway.awaitReady();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the gateway", e);
        }
    }

    /** A started gateway process; closing it stops the process and deletes its data. */
    static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        /** Quarkus's start-up line names the address it bound: {@code Listening on: http://127.0.0.1:43121}. */
        private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^\\s]+:(\\d+)");

        private final Process process;
        private final Path dataDir;
        private final Path log;
        private volatile int port;

        Running(Process process, Path dataDir, Path log) {
            this.process = process;
            this.dataDir = dataDir;
            this.log = log;
        }

        void awaitReady() throws IOException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the gateway exited with " + process.exitValue() + ":\n" + tail());
                }
                if (port == 0) {
                    Matcher listening = LISTENING.matcher(Files.readString(log));
                    if (listening.find()) {
                        port = Integer.parseInt(listening.group(1));
                    }
                }
                try {
                    if (port != 0 && http.send(readiness(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the gateway", e);
                }
                sleep(250);
            }
            close();
            throw new IllegalStateException("the gateway was not ready within " + READY_TIMEOUT + ":\n" + tail());
        }

        private HttpRequest readiness() {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
        }

        private String tail() throws IOException {
            String text = Files.readString(log);
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        }

        @Override
        public void close() throws IOException {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Files.deleteIfExists(log);
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
