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
import org.junit.jupiter.params.provider.ValueSource;

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
                () -> assertEquals(status, problem.path("status").asInt(), "status field: " + shown),
                () -> assertFalse(response.body().contains(HostileCases.MARKER), "the input came back: " + shown));
    }

    /** A statement bound far from now is an open end (the log's keys hold 1677 to 2262), never a 5xx. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"to=9999-12-31T23:59:59Z", "from=1000-01-01T00:00:00Z", "from=1677-09-21T00:12:43Z",
        "to=2262-04-11T23:47:17Z", "from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59Z",
        "from=-1000000000-01-01T00:00:00Z&to=%2B1000000000-12-31T23:59:59.999999999Z", "from=9999-12-31T23:59:59Z",
        "from=9999-12-31T23:59:59Z&to=0001-01-01T00:00:00Z"})
    void a_statement_bound_far_from_now_is_answered(String query) throws IOException {
        redeemedOnce();
        long before = ledger.height();
        HttpResponse<String> response = RawHttp.send(uri("/api/v1/merchants/demo-merchant/statement?" + query), "GET",
                Api.AUDITOR, null, null);
        assertEquals(200, response.statusCode(), () -> query + " -> " + HostileCases.shown(response.body()));
        JsonNode statement = JSON.readTree(response.body());
        assertEquals("demo-merchant", statement.path("merchantId").asText());
        assertTrue(statement.path("redemptions").isArray());
        boolean openEnded = !query.startsWith("from=9999");
        assertEquals(openEnded, statement.path("redemptions").size() > 0, () -> query + ": " + response.body());
        assertEquals(before, ledger.height());
    }

    /**
     * The same reference written differently is one resident (issue 12, defect 7): the first enrolment
     * creates it, every variant answers 200 with its residentId. A zero-width space is refused, not removed.
     */
    @Test
    void variants_of_an_external_ref_enrol_one_resident() throws IOException {
        String base = Api.unique("card").replace("-", "") + "-0042";
        String first = enrol(base, 201);
        String fullWidth = base.substring(0, base.length() - 4) + "\uff10\uff10\uff14\uff12";
        for (String variant : List.of(base + " ", " " + base + "\u3000", fullWidth, "\u00a0" + base)) {
            assertEquals(first, enrol(variant, 200), variant);
        }
        long before = ledger.height();
        HttpResponse<String> zeroWidth = RawHttp.send(uri("/api/v1/residents"), "POST", Api.APP, HostileCase.JSON,
                "{\"externalRef\":\"" + base + "\\u200b\"}");
        assertRefusedAsProblem("zero-width space", zeroWidth, before);
        assertEquals(400, zeroWidth.statusCode());
        assertFalse(zeroWidth.body().contains(base), zeroWidth.body());
    }

    /** A batch answers 200 with a result per item; a refused item's result repeats none of its values either. */
    @Test
    void a_batch_items_refusal_repeats_none_of_its_values() throws IOException {
        String m = HostileCases.MARKER;
        String rid = fixture().fill("{rid}");
        String item = "{\"contributionId\":\"%s\",\"residentId\":\"" + rid + "\",\"activityType\":\"volunteer-hour\","
                + "\"quantity\":1,\"occurredAt\":\"%s\"%s}";
        String body = "{\"items\":[" + String.join(",",
                String.format(item, m + "/x", java.time.Instant.now(), ""),
                String.format(item, Api.unique("c"), java.time.Instant.now(), ",\"" + m + "\":1"),
                String.format(item, Api.unique("c"), m, ""),
                String.format(item, Api.unique("c"), "+1000000000-01-01T00:00:00Z", ""), "\"" + m + "\"") + "]}";
        long before = ledger.height();
        HttpResponse<String> response = RawHttp.send(uri("/api/v1/contributions/batch"), "POST", Api.APP,
                HostileCase.JSON, body);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode results = JSON.readTree(response.body()).path("results");
        assertEquals(5, results.size(), response.body());
        for (JsonNode result : results) {
            assertEquals("VALIDATION_FAILED", result.path("code").asText(), response.body());
        }
        assertFalse(response.body().contains(m), response.body());
        assertEquals(before, ledger.height());
    }

    private String enrol(String externalRef, int status) throws IOException {
        HttpResponse<String> response = RawHttp.send(uri("/api/v1/residents"), "POST", Api.APP, HostileCase.JSON,
                "{\"externalRef\":\"" + externalRef + "\"}");
        assertEquals(status, response.statusCode(), () -> externalRef + " -> " + response.body());
        return JSON.readTree(response.body()).path("residentId").asText();
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static boolean redeemed;

    /** One redemption at demo-merchant, so that an open-ended statement has a line. */
    private static synchronized void redeemedOnce() {
        if (!redeemed) {
            String residentId = Api.enrol();
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
            Api.redeem(residentId, 1).then().statusCode(201);
            redeemed = true;
        }
    }

    private static synchronized HostileFixture fixture() {
        if (fixture == null) {
            fixture = new HostileFixture();
        }
        return fixture;
    }
}
