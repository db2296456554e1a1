package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.civicledger.gateway.api.RawSocket.Answer;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before any resource sees them — by the HTTP codec's limits, the body limit or the
 * URI rules — are answered like every other error: {@code application/problem+json} with a {@code code}.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class HttpEdgesTest {
    private static final String AUTH = "Authorization: Bearer " + Api.APP + "\r\n";

    @TestHTTPResource("/")
    URL base;

    @Inject
    LedgerPort ledger;

    @Test
    void a_url_of_5_kb_is_a_414_problem() {
        Answer answer = send("GET /api/v1/activity-types?x=" + "a".repeat(5_000) + " HTTP/1.1\r\nHost: t\r\n" + AUTH + "\r\n");

        assertProblem(answer, 414);
    }

    @Test
    void a_header_of_30_kb_is_a_431_problem() {
        Answer answer = send("GET /api/v1/activity-types HTTP/1.1\r\nHost: t\r\n" + AUTH + "X-Big: " + "a".repeat(30_000)
                + "\r\n\r\n");

        assertProblem(answer, 431);
    }

    @Test
    void a_backslash_in_the_path_is_a_400_problem() {
        Answer answer = send("GET /api/v1\\activity-types HTTP/1.1\r\nHost: t\r\n" + AUTH + "\r\n");

        assertProblem(answer, 400);
    }

    @Test
    void a_chunked_body_over_1_mib_without_content_length_is_a_413_problem_and_writes_nothing() {
        long before = ledger.height();
        String json = "{\"externalRef\":\"" + "x".repeat(2 << 20) + "\"}";

        Answer answer = RawSocket.exchange(base, chunked(json));

        assertProblem(answer, 413);
        assertEquals(before, ledger.height(), "nothing written");
    }

    @Test
    void a_chunked_body_within_the_limit_is_read_as_usual() {
        Answer answer = RawSocket.exchange(base, chunked("{\"externalRef\":\"" + Api.unique("chunked") + "\"}"));

        assertEquals(201, answer.status(), answer.body());
        assertEquals(64, answer.json().path("residentId").asText().length(), answer.body());
    }

    @Test
    void a_request_without_a_host_header_is_a_400_problem() {
        Answer answer = send("GET /api/v1/activity-types HTTP/1.1\r\n" + AUTH + "\r\n");

        assertProblem(answer, 400);
    }

    @Test
    void a_target_that_is_not_a_path_is_a_404_problem_and_never_a_metrics_label() {
        String id = "7f28098c" + "0".repeat(48) + "c4352a1b";
        for (String target : new String[] {"CONNECT " + id + ":443", "GET " + id}) {
            Answer answer = send(target + " HTTP/1.1\r\nHost: t\r\n\r\n");

            String shown = answer.status() + " " + answer.headers() + " " + answer.body();
            assertEquals(404, answer.status(), shown);
            assertTrue(answer.contentType().startsWith("application/problem+json"), shown);
            assertEquals("NOT_FOUND", answer.json().path("code").asText(), shown);
        }
        Answer metrics = send("GET /q/metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("http_server_requests"), "the HTTP metrics are exported");
        assertTrue(!metrics.body().contains(id.substring(0, 16)), "a request target became a metrics label");
    }

    private static byte[] chunked(String json) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST /api/v1/residents HTTP/1.1\r\nHost: t\r\n" + AUTH + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < body.length; i += 65_536) {
            int n = Math.min(65_536, body.length - i);
            request.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(body, i, n);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return request.toByteArray();
    }

    private Answer send(String request) {
        return RawSocket.exchange(base, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertProblem(Answer answer, int status) {
        String shown = answer.status() + " " + answer.headers() + " " + answer.body();
        assertAll(
                () -> assertEquals(status, answer.status(), shown),
                () -> assertTrue(answer.contentType().startsWith("application/problem+json"), shown));
        assertAll(
                () -> assertEquals("VALIDATION_FAILED", answer.json().path("code").asText(), shown),
                () -> assertEquals(status, answer.json().path("status").asInt(), shown));
    }
}
