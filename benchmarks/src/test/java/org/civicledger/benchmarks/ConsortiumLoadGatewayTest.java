package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The redemption and credit-check modes against the packaged gateway in demo mode (embedded ledger, demo tokens) on
 * a free port of 127.0.0.1, in the order a benchmark runs them: setup, prepare-redemptions, redemptions,
 * loan-product, consents, checks; each mode's effect read back through the API. Needs
 * {@code gateway-service/target/quarkus-app} (mvn package); skipped without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class ConsortiumLoadGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("../gateway-service/target/quarkus-app/quarkus-run.jar");
    private static final String TAG = "lm";
    private static final int RESIDENTS = 12;
    private static final int THREADS = 3;
    private static final long PREPARED = 200;

    private GatewayProcess gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path residentsFile;

    /** @param data the gateway's data directory, and the residents file */
    @BeforeAll
    void startGateway(@TempDir Path data) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no gateway build at " + JAR.toAbsolutePath() + "; run mvn package");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        residentsFile = data.resolve("residents.txt");
        gateway = GatewayProcess.start(JAR.toAbsolutePath(), data, port, List.of("-Xmx512m"),
                data.resolve("gateway.log"));
    }

    @AfterAll
    void stopGateway() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
    }

    /** Runs a mode against the gateway; its exit status must be 0; its JSON line. */
    private JsonNode load(String mode, String... options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = mode;
        args[1] = "--gateway";
        args[2] = gateway.baseUrl();
        System.arraycopy(options, 0, args, 3, options.length);
        int exit = ConsortiumLoad.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, mode);
        JsonNode line = JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(mode, line.path("mode").asText());
        return line;
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private List<String> residents() throws Exception {
        return Files.readAllLines(residentsFile, StandardCharsets.UTF_8);
    }

    /** Sum over the residents of a number read from each. */
    private long sum(String token, String pathAfterResident, java.util.function.ToLongFunction<JsonNode> of)
            throws Exception {
        long total = 0;
        for (String resident : residents()) {
            total += of.applyAsLong(get(token, "/residents/" + resident + pathAfterResident));
        }
        return total;
    }

    /** A closed loop's line: it committed writes, refused none, and its figures are there. */
    private static void assertClean(JsonNode line, String transaction) {
        assertEquals(transaction, line.path("transaction").asText());
        assertTrue(line.path("ledgerTransaction").asBoolean());
        assertEquals(THREADS, line.path("threads").asInt());
        assertTrue(line.path("committed").asLong() > 0, line.toString());
        assertEquals(0, line.path("failed").size(), line.toString());
        assertTrue(line.path("throughput").asDouble() > 0 && line.path("p99").asDouble() >= line.path("p50")
                .asDouble(), line.toString());
    }

    @Test
    @Order(1)
    void setup_then_prepare_gives_every_resident_the_points_once_however_often_it_runs() throws Exception {
        load("setup", "--admin-token", "demo-admin-token", "--app-token", "demo-app-token", "--residents",
                Integer.toString(RESIDENTS), "--tag", TAG, "--out", residentsFile.toString());
        String[] prepare = {"--app-token", "demo-app-token", "--residents", residentsFile.toString(), "--tag", TAG,
            "--points", Long.toString(PREPARED)};
        JsonNode first = load("prepare-redemptions", prepare);
        assertEquals(RESIDENTS, first.path("created").asInt());
        JsonNode again = load("prepare-redemptions", prepare);
        assertEquals(RESIDENTS, again.path("replayed").asInt(), again.toString());
        assertEquals(RESIDENTS * PREPARED, sum("demo-app-token", "/balance", b -> b.path("available").asLong()));
    }

    @Test
    @Order(2)
    void redemptions_take_exactly_the_points_of_the_redemptions_committed() throws Exception {
        JsonNode line = load("redemptions", "--merchant-token", "demo-merchant-token", "--residents",
                residentsFile.toString(), "--threads", Integer.toString(THREADS), "--tag", TAG, "--duration", "2s",
                "--run", "r1");
        assertClean(line, "Points:redeem");
        long spent = sum("demo-app-token", "/balance", b -> b.path("spentTotal").asLong());
        // a redemption answered after the deadline is on the ledger but not counted: at most one per thread
        long committed = line.path("committed").asLong();
        assertTrue(spent >= committed && spent <= committed + THREADS, spent + " spent, " + line);
    }

    @Test
    @Order(3)
    void a_redemption_refused_for_want_of_points_is_a_failure_kind_not_a_crash() throws Exception {
        JsonNode line = load("redemptions", "--merchant-token", "demo-merchant-token", "--residents",
                residentsFile.toString(), "--threads", "1", "--tag", TAG, "--duration", "500ms", "--run", "r2",
                "--points", Long.toString(PREPARED + 1));
        assertEquals(0, line.path("committed").asLong());
        assertTrue(line.path("failed").path("422 INSUFFICIENT_POINTS").asLong() > 0, line.toString());
    }

    @Test
    @Order(4)
    void checks_after_a_product_and_consents_are_each_a_logged_check() throws Exception {
        assertEquals(1, load("loan-product", "--bank-token", "demo-bank-token", "--tag", TAG).path("created")
                .asInt());
        String[] consents = {"--app-token", "demo-app-token", "--residents", residentsFile.toString(), "--bank",
            "demo-bank", "--tag", TAG};
        assertEquals(RESIDENTS, load("consents", consents).path("created").asInt());
        assertEquals(RESIDENTS, load("consents", consents).path("replayed").asInt());
        JsonNode line = load("checks", "--bank-token", "demo-bank-token", "--residents", residentsFile.toString(),
                "--threads", Integer.toString(THREADS), "--tag", TAG, "--duration", "2s", "--warmup", "500ms",
                "--run", "c1");
        assertClean(line, "Credit:checkCredit");
        long logged = sum("demo-app-token", "/credit-checks", JsonNode::size);
        long counted = line.path("warmupCommitted").asLong() + line.path("committed").asLong();
        // each phase may leave one check per thread answered after its deadline
        assertTrue(logged >= counted && logged <= counted + 2L * THREADS, logged + " logged, " + line);
    }
}
