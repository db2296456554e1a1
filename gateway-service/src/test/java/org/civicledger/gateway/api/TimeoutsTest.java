package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.civicledger.gateway.api.RawSocket.Answer;
import org.junit.jupiter.api.Test;

/**
 * Connections that hold the server without finishing a request are cut: one that stops sending its
 * headers (the idle timeout), one that sends its body a byte at a time (the body timeout, answered 408);
 * an event stream with nothing to say stays open (heartbeat comments). Short timeouts here; the defaults
 * are in application.properties.
 */
@QuarkusTest
@TestProfile(TimeoutsTest.ShortTimeouts.class)
@QuarkusTestResource(TempDataDir.class)
class TimeoutsTest {
    /** Generous: far above the 2 s timeouts, so a busy machine cannot fail the test. */
    private static final int BOUND_MILLIS = 30_000;

    public static final class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2S", "civic.http.body-timeout", "2S",
                    "civic.events.heartbeat", "500MS");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Test
    void a_connection_that_stops_sending_its_headers_is_closed() {
        try (RawSocket socket = new RawSocket(base)) {
            socket.send("GET /api/v1/activity-types HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer ".getBytes(StandardCharsets.US_ASCII));

            assertTrue(socket.closedWithin(BOUND_MILLIS), "the server kept the half-sent request open");
        }
    }

    @Test
    void a_body_sent_a_byte_at_a_time_is_cut_with_a_408_problem() throws Exception {
        String body = "{\"externalRef\":\"" + Api.unique("slow") + "\"}";
        try (RawSocket socket = new RawSocket(base)) {
            socket.send(("POST /api/v1/residents HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + Api.APP
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread dribble = new Thread(() -> {
                try {
                    for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
                        socket.send(new byte[] {b});
                        Thread.sleep(500);
                    }
                } catch (RuntimeException | InterruptedException e) {
                    // the server closed the connection: the point of the test
                }
            });
            dribble.setDaemon(true);
            dribble.start();

            Answer answer = socket.read();

            assertEquals(408, answer.status(), answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.headers().toString());
            assertEquals("VALIDATION_FAILED", answer.json().path("code").asText());
            assertTrue(socket.closedWithin(BOUND_MILLIS), "the connection stays open after the 408");
            dribble.interrupt();
        }
    }

    @Test
    void a_quiet_event_stream_outlives_the_idle_timeout() throws Exception {
        try (SseClient stream = SseClient.connect(events, Api.AUDITOR, null)) {
            Thread.sleep(5_000); // more than twice the idle timeout with nothing to send but heartbeats
            String residentId = Api.enrol();
            String award = Api.award(residentId, "volunteer-hour", 1).then().statusCode(201).extract().path("txId");

            java.util.List<SseClient.Event> seen = stream.untilTx(award);
            assertEquals(award, seen.get(seen.size() - 1).txId());
        }
    }
}
