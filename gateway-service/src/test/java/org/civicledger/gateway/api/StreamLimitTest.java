package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.BANK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A caller may hold a few event streams at once (civic.events.max-streams-per-caller, 4 by default): one
 * more is refused with 429 TOO_MANY_STREAMS, other callers are not affected, and a stream that closes frees
 * its slot.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class StreamLimitTest {
    private static final int LIMIT = 4;

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Test
    void the_fifth_stream_of_a_caller_is_refused_and_a_closed_stream_frees_its_slot() throws Exception {
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < LIMIT; i++) {
                open.add(SseClient.connect(events, BANK, null));
            }

            HttpResponse<InputStream> refused = SseClient.request(events, BANK, null);
            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode problem = json(refused);
            assertEquals("TOO_MANY_STREAMS", problem.path("code").asText());
            assertEquals(429, problem.path("status").asInt());

            try (SseClient otherCaller = SseClient.connect(events, Api.AUDITOR, null)) {
                // another caller's slots are its own
            }

            open.remove(0).close();
            open.add(connectOnceFreed());
        } finally {
            for (SseClient stream : open) {
                stream.close();
            }
        }
    }

    /** The server notices a closed stream within a couple of seconds; until then the slot is still taken. */
    private SseClient connectOnceFreed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            HttpResponse<InputStream> response = SseClient.request(events, BANK, null);
            if (response.statusCode() == 200) {
                return SseClient.adopt(response);
            }
            assertEquals(429, response.statusCode());
            close(response);
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the closed stream's slot was never freed");
            }
            Thread.sleep(100);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static JsonNode json(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            return new ObjectMapper().readTree(body);
        }
    }
}
