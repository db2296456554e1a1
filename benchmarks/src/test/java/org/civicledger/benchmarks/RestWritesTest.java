package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RestWrites} against a stand-in gateway on 127.0.0.1 that answers by the write's number. */
class RestWritesTest {
    private HttpServer server;
    private final Set<String> bodies = ConcurrentHashMap.newKeySet();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/redemptions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            tokens.put(body, exchange.getRequestHeaders().getFirst("Authorization"));
            int n = Integer.parseInt(body.replaceAll("\\D", ""));
            int status = n % 3 == 0 ? 201 : n % 3 == 1 ? 200 : 422;
            byte[] reply = (status == 422 ? "{\"code\":\"INSUFFICIENT_POINTS\",\"status\":422}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RestWrites writes() {
        return new RestWrites("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1", "/redemptions", "tok",
                n -> "{\"n\":" + n + "}", 5_000);
    }

    @Test
    void a_2xx_is_committed_by_its_status_and_anything_else_is_a_failure_by_its_code() throws Exception {
        try (RestWrites w = writes()) {
            assertNull(w.award(0));
            assertNull(w.award(1));
            assertEquals("422 INSUFFICIENT_POINTS", w.award(2));
            assertEquals(Map.of("200", 1L, "201", 1L), w.committed());
            assertEquals(Map.of("422 INSUFFICIENT_POINTS", 1L), w.failed());
        }
        assertEquals("Bearer tok", tokens.get("{\"n\":0}"));
    }

    @Test
    void each_sends_every_write_once_across_its_threads() throws Exception {
        try (RestWrites w = writes()) {
            w.each(30, 4);
            assertEquals(Map.of("200", 10L, "201", 10L), w.committed());
            assertEquals(Map.of("422 INSUFFICIENT_POINTS", 10L), w.failed());
        }
        assertEquals(30, bodies.size());
    }

    @Test
    void a_gateway_that_is_not_there_is_a_connection_failure_not_a_crash() throws Exception {
        server.stop(0);
        try (RestWrites w = writes()) {
            assertEquals("CONNECTION", w.award(0));
            assertEquals(List.of("CONNECTION"), List.copyOf(w.failed().keySet()));
        }
    }
}
