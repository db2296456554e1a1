package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicledger.gateway.api.SseClient.Event;
import jakarta.inject.Inject;
import org.civicledger.gateway.events.OpenStreams;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/events}: committed business events as server-sent events with id
 * {@code block:tx}, resumable with {@code Last-Event-ID}, and each caller sees only what its role may read.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class EventStreamTest {

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Inject
    OpenStreams streams;

    @Nested
    class Disconnect {
        @Test
        void a_stream_the_client_closes_ends_its_ledger_subscription_without_waiting_for_an_event() throws Exception {
            awaitOpenStreams(0); // earlier tests' streams are swept first
            SseClient stream = SseClient.connect(events, AUDITOR, null);
            awaitOpenStreams(1);
            stream.close();
            awaitOpenStreams(0);
        }

        private void awaitOpenStreams(int expected) throws InterruptedException {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
            while (streams.count() != expected && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(expected, streams.count(), "open event streams");
        }
    }

    @Nested
    class Delivery {
        @Test
        void an_auditor_receives_points_awarded_with_a_block_tx_id() throws Exception {
            try (SseClient stream = SseClient.connect(events, AUDITOR, null)) {
                String residentId = Api.enrol();
                var award = Api.award(residentId, "volunteer-hour", 1).then().statusCode(201).extract();
                String txId = award.path("txId");
                long block = ((Number) award.path("blockNumber")).longValue();

                Event event = last(stream.untilTx(txId));

                assertEquals("PointsAwarded", event.name());
                assertTrue(event.id().matches(block + ":\\d+"), "id is block:tx, got " + event.id());
                assertEquals("PointsAwarded", event.data().path("type").asText());
                assertEquals(txId, event.data().path("txId").asText());
                assertEquals(block, event.data().path("blockNumber").asLong());
                assertEquals(residentId, event.data().path("payload").path("residentId").asText());
                assertEquals(10, event.data().path("payload").path("points").asLong());
            }
        }

        @Test
        void reconnecting_with_last_event_id_delivers_exactly_the_later_events_once_in_order() throws Exception {
            String residentId = Api.enrol();
            List<Event> original;
            try (SseClient stream = SseClient.connect(events, AUDITOR, null)) {
                String first = awardTx(residentId);
                String second = awardTx(residentId);
                String third = awardTx(residentId);
                original = ofResident(stream.untilTx(third), residentId);
                assertEquals(List.of(first, second, third), original.stream().map(Event::txId).toList());
            }
            String marker = awardTx(Api.enrol());

            try (SseClient resumed = SseClient.connect(events, AUDITOR, original.get(0).id())) {
                List<Event> replayed = resumed.untilTx(marker);

                assertEquals(original.subList(1, 3), ofResident(replayed, residentId));
                assertInOrderOnce(replayed);
                assertTrue(replayed.stream().noneMatch(e -> e.id().equals(original.get(0).id())));
            }
        }

        @Test
        void a_malformed_last_event_id_is_a_validation_problem() {
            HttpResponse<InputStream> response = SseClient.request(events, AUDITOR, "not-an-id");

            assertEquals(400, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("VALIDATION_FAILED", json(response).path("code").asText());
        }

        @Test
        void the_stream_needs_a_known_bearer_token() {
            HttpResponse<InputStream> response = SseClient.request(events, "no-such-token", null);

            assertEquals(401, response.statusCode());
            assertEquals("UNAUTHENTICATED", json(response).path("code").asText());
        }
    }

    @Nested
    class Visibility {
        @Test
        void a_merchant_sees_only_its_own_redemptions() throws Exception {
            String residentId = Api.enrol();
            try (SseClient stream = SseClient.connect(events, MERCHANT, null)) {
                awardTx(residentId);
                String redemption = Api.redeem(residentId, 5).then().statusCode(201).extract().path("txId");

                List<Event> seen = stream.untilTx(redemption);

                seen.forEach(e -> {
                    assertEquals("PointsRedeemed", e.name(), "merchant saw " + e);
                    assertEquals("demo-merchant", e.data().path("payload").path("merchantId").asText());
                });
                assertEquals(residentId, last(seen).data().path("payload").path("residentId").asText());
            }
        }

        @Test
        void a_bank_sees_only_consents_and_credit_checks_naming_it() throws Exception {
            String residentId = Api.enrol();
            try (SseClient stream = SseClient.connect(events, BANK, null)) {
                awardTx(residentId);
                String consentId = unique("consent");
                String granted = as(APP).body(body("consentId", consentId, "residentId", residentId, "bankId", "demo-bank",
                        "purpose", "loan", "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                        .post("/api/v1/consents").then().statusCode(201).extract().path("txId");
                String productId = unique("loan");
                as(BANK).body(body("productId", productId, "name", "Loan", "requireSignedConsent", false, "bands",
                        Map.of("D", Map.of("maxAmountFen", 1000, "rateDiscountBps", 0))))
                        .post("/api/v1/loan-products").then().statusCode(201);
                as(BANK).body(body("residentId", residentId, "productId", productId, "purpose", "loan"))
                        .post("/api/v1/credit-checks").then().statusCode(200);
                as(APP).delete("/api/v1/consents/" + consentId).then().statusCode(204);
                String marker = as(APP).body(body("consentId", unique("consent"), "residentId", residentId,
                        "bankId", "demo-bank", "purpose", "loan", "expiresAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                        .post("/api/v1/consents").then().statusCode(201).extract().path("txId");

                List<Event> seen = stream.untilTx(marker);

                Set<String> allowed = Set.of("ConsentGranted", "ConsentRevoked", "CreditChecked");
                seen.forEach(e -> {
                    assertTrue(allowed.contains(e.name()), "bank saw " + e);
                    assertEquals("demo-bank", e.data().path("payload").path("bankId").asText());
                });
                List<String> ours = ofResident(seen, residentId).stream().map(Event::name).toList();
                assertEquals(List.of("ConsentGranted", "CreditChecked", "ConsentRevoked", "ConsentGranted"), ours);
                assertEquals(granted, ofResident(seen, residentId).get(0).txId());
            }
        }

        @Test
        void an_app_sees_only_its_community() throws Exception {
            String residentId = Api.enrol();
            try (SseClient stream = SseClient.connect(events, APP, null)) {
                String award = awardTx(residentId);

                List<Event> seen = stream.untilTx(award);

                seen.forEach(e -> assertEquals("demo", e.data().path("payload").path("communityId").asText(),
                        "app saw " + e));
                assertEquals(residentId, last(seen).data().path("payload").path("residentId").asText());
            }
        }

        @Test
        void bookkeeping_events_are_not_streamed() throws Exception {
            try (SseClient stream = SseClient.connect(events, AUDITOR, null)) {
                String residentId = Api.enrol(); // ResidentEnrolled is not one of the streamed types
                String award = awardTx(residentId);

                List<Event> seen = stream.untilTx(award);

                assertFalse(seen.stream().anyMatch(e -> e.name().equals("ResidentEnrolled")), seen.toString());
            }
        }
    }

    private static String awardTx(String residentId) {
        return Api.award(residentId, "volunteer-hour", 1).then().statusCode(201).extract().path("txId");
    }

    private static List<Event> ofResident(List<Event> events, String residentId) {
        return events.stream().filter(e -> residentId.equals(e.data().path("payload").path("residentId").asText()))
                .toList();
    }

    private static Event last(List<Event> events) {
        return events.get(events.size() - 1);
    }

    /** Ids are block:tx and strictly increasing: no event twice, none out of order. */
    private static void assertInOrderOnce(List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            long[] before = position(events.get(i - 1).id());
            long[] after = position(events.get(i).id());
            assertTrue(after[0] > before[0] || (after[0] == before[0] && after[1] > before[1]),
                    events.get(i - 1).id() + " then " + events.get(i).id());
        }
    }

    private static long[] position(String id) {
        String[] parts = id.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static JsonNode json(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
