package org.civicledger.gateway.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of malformed and hostile requests (HostileCases): each is refused with a 4xx
 * {@code application/problem+json} carrying a {@code code}, and leaves the ledger as it was.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class HostileRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HostileFixture fixture;

    @Inject
    LedgerPort ledger;

    @TestHTTPResource("/")
    URL base;

    static List<HostileCase> cases() {
        return HostileCases.all();
    }

    @Test
    void there_are_at_least_200_distinct_cases() {
        List<HostileCase> cases = cases();
        assertTrue(cases.size() >= 200, "only " + cases.size() + " cases");
        assertEquals(cases.size(), cases.stream().map(HostileCase::name).distinct().count(), "case names repeat");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void is_refused_with_a_problem_and_changes_nothing(HostileCase c) throws IOException {
        HostileFixture targets = fixture();
        long before = ledger.height();
        HttpResponse<String> response = RawHttp.send(uri(targets.fill(c.path())), c.method(), c.token(),
                c.contentType(), targets.fill(c.body()));
        assertRefusedAsProblem(c.name(), response, before);
    }

    @Test
    void a_body_above_the_limit_is_a_413_validation_problem() throws IOException {
        // Repeated: the answer goes out while the client is still sending, and a server that closed
        // the connection without reading the rest lost that answer to a TCP reset in about 1 of 40.
        String body = "{\"externalRef\":\"" + "x".repeat(1_100_000) + "\"}";
        for (int attempt = 1; attempt <= 40; attempt++) {
            long before = ledger.height();
            HttpResponse<String> response = RawHttp.send(uri("/api/v1/residents"), "POST", Api.APP,
                    HostileCase.JSON, body);
            assertRefusedAsProblem("oversize body, attempt " + attempt, response, before);
            assertEquals(413, response.statusCode());
            assertEquals("VALIDATION_FAILED", JSON.readTree(response.body()).path("code").asText());
        }
    }

    private void assertRefusedAsProblem(String name, HttpResponse<String> response, long before) throws IOException {
        long after = ledger.height();
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String shown = name + " -> " + status + " " + type + " " + HostileCases.shown(response.body());
        assertAll(
                () -> assertTrue(status >= 400 && status < 500, "status: " + shown),
                () -> assertTrue(type.startsWith("application/problem+json"), "content type: " + shown),
                () -> assertEquals(before, after, "the ledger grew: " + shown));
        JsonNode problem = JSON.readTree(response.body());
        assertAll(
                () -> assertFalse(problem.path("code").asText().isBlank(), "no code: " + shown),
                () -> assertEquals(status, problem.path("status").asInt(), "status field: " + shown));
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static synchronized HostileFixture fixture() {
        if (fixture == null) {
            fixture = new HostileFixture();
        }
        return fixture;
    }
}
