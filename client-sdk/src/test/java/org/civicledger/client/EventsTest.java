package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.events.EventPosition;
import org.civicledger.api.events.EventType;
import org.civicledger.api.events.LedgerEvent;
import org.junit.jupiter.api.Test;

/** Event subscriptions against the real gateway: delivery, resume after an event, reconnects, close. */
class EventsTest extends GatewayTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A listener that keeps every event it is given, in the order given. */
    private static final class Received implements EventListener {
        private final BlockingQueue<LedgerEvent> queue = new LinkedBlockingQueue<>();
        private final List<LedgerEvent> seen = new ArrayList<>();

        @Override
        public void onEvent(LedgerEvent event) {
            queue.add(event);
        }

        /** Waits until {@code count} award events of the resident have arrived; returns them in arrival order. */
        List<LedgerEvent> awardsOf(String residentId, int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (awards(residentId).size() < count) {
                LedgerEvent event = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("expected " + count + " awards of " + residentId + ", received " + seen);
                }
                seen.add(event);
            }
            return awards(residentId);
        }

        /**
         * Everything received up to the award of {@code markerResident}, made after everything else: events
         * arrive in ledger order, so a late duplicate of an earlier event would have come before it.
         */
        List<LedgerEvent> through(String markerResident) throws InterruptedException {
            awardsOf(markerResident, 1);
            return seen;
        }

        private List<LedgerEvent> awards(String residentId) {
            return seen.stream().filter(e -> e.type() == EventType.PointsAwarded)
                    .filter(e -> residentId.equals(e.payload().residentId())).collect(Collectors.toList());
        }
    }

    /** A new resident's award, made now: the last event so far. */
    private String marker() {
        String resident = newResident();
        awardIds(resident, 1);
        return resident;
    }

    /** Awards {@code count} kilograms of garbage sorting one by one (2 points each; the daily cap allows 20). */
    private List<String> awardIds(String residentId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(app.contributions().award(ContributionRequest.builder().contributionId(Ids.newContributionId())
                    .residentId(residentId).activityType("garbage-sorting").quantity(1).occurredAt(Instant.now())
                    .build()).contributionId());
        }
        return ids;
    }

    private static List<String> contributionIds(List<LedgerEvent> awards) {
        return awards.stream().map(e -> e.payload().contributionId()).collect(Collectors.toList());
    }

    /**
     * The subscription's {@code lastPosition()} becomes {@code expected}: it is recorded once the listener has
     * returned, so just after the listener saw the event it may still name the one before.
     */
    private static void assertLastPosition(EventPosition expected, EventSubscription subscription)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!expected.equals(subscription.lastPosition()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, subscription.lastPosition());
    }

    /** Each event once, in ledger order: the ids strictly increase. */
    private static void assertOnceInOrder(List<LedgerEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            EventPosition previous = events.get(i - 1).position();
            assertTrue(events.get(i).position().isAfter(previous),
                    "event " + events.get(i).position() + " after " + previous);
        }
    }

    private static long streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("civic-ledger-events") && t.isAlive()).count();
    }

    @Test
    void an_award_made_after_subscribing_is_delivered_with_its_transaction_and_payload() throws Exception {
        String residentId = newResident();
        Received received = new Received();
        try (EventSubscription subscription = auditor.events().subscribe(received)) {
            Award award = app.contributions().award(hours(residentId, 2));

            LedgerEvent event = received.awardsOf(residentId, 1).get(0);

            assertAll(
                    () -> assertEquals(EventType.PointsAwarded, event.type()),
                    () -> assertEquals(award.txId(), event.txId()),
                    () -> assertEquals(award.blockNumber(), event.blockNumber()),
                    () -> assertEquals(award.blockNumber(), event.position().block(), event.position().toString()),
                    () -> assertEquals(award.contributionId(), event.payload().contributionId()),
                    () -> assertEquals("demo", event.payload().communityId()),
                    () -> assertEquals(award.points(), event.payload().points()),
                    () -> assertEquals(award.txId(), event.payload().txId()),
                    () -> assertLastPosition(event.position(), subscription));
        }
    }

    @Test
    void every_award_arrives_once_in_order_through_broken_connections() throws Exception {
        String residentId = newResident();
        Received received = new Received();
        try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 0)) {
            CivicLedgerClient viaProxy = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                    .token(RealGateway.AUDITOR_TOKEN).maxRetries(3).initialBackoff(Duration.ofMillis(50)).build();
            List<String> awarded = new ArrayList<>();
            try (EventSubscription subscription = viaProxy.events().subscribe(received)) {
                awarded.addAll(awardIds(residentId, 3));
                received.awardsOf(residentId, 3);

                for (int round = 1; round <= 2; round++) {
                    proxy.cut(2); // the connection breaks, and the next two attempts fail too
                    awarded.addAll(awardIds(residentId, 3)); // awards go on while the stream is down
                    received.awardsOf(residentId, awarded.size());
                }

                List<LedgerEvent> all = received.through(marker());
                assertEquals(awarded, contributionIds(received.awards(residentId)), "each award once, in order");
                assertOnceInOrder(all);
                assertTrue(subscription.isOpen());
                assertEquals(4, proxy.dropped(), "two spoiled reconnects per break");
                assertEquals(3, proxy.forwarded(), "the first connection and one reconnect per break");
            }
        }
    }

    @Test
    void subscribing_after_a_known_event_delivers_what_followed_once_then_new_events() throws Exception {
        String residentId = newResident();
        Received first = new Received();
        List<String> awarded;
        EventPosition resumeAfter;
        try (EventSubscription subscription = auditor.events().subscribe(first)) {
            awarded = awardIds(residentId, 3);
            resumeAfter = first.awardsOf(residentId, 3).get(0).position();
        }

        Received second = new Received();
        try (EventSubscription resumed = auditor.events().subscribeAsync(resumeAfter, second).get()) {
            awarded.addAll(awardIds(residentId, 1));

            List<LedgerEvent> awards = second.awardsOf(residentId, 3);

            assertEquals(awarded.subList(1, 4), contributionIds(awards));
            List<LedgerEvent> all = second.through(marker());
            assertEquals(3, second.awards(residentId).size(), "no award twice");
            assertOnceInOrder(all);
            assertLastPosition(all.get(all.size() - 1).position(), resumed);
        }
    }

    @Test
    void a_closed_subscription_delivers_nothing_more_and_its_thread_ends() throws Exception {
        String residentId = newResident();
        Received received = new Received();
        EventSubscription subscription = auditor.events().subscribe(received);
        Received witness = new Received();
        try (EventSubscription open = auditor.events().subscribe(witness)) {
            subscription.close();
            awardIds(residentId, 1);

            assertFalse(subscription.isOpen());
            witness.awardsOf(residentId, 1); // streamed: an open subscription has it now
            received.queue.drainTo(received.seen);
            assertTrue(received.seen.isEmpty(), "nothing after close: " + received.seen);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (streamThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, streamThreads(), "the subscription's thread ended");
    }

    /** The position was a string the gateway refused when malformed; now it is an EventPosition, parsed first. */
    @Test
    void a_refused_stream_throws_the_typed_exception_and_a_malformed_position_cannot_be_sent() {
        CivicLedgerClient stranger = RealGateway.client("not-a-token");

        assertProblem(UnauthenticatedException.class, 401, "UNAUTHENTICATED",
                () -> stranger.events().subscribe(event -> { }));
        assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                () -> auditor.events().subscribe(EventPosition.of(999_999_999_999L, 0), event -> { }));
        assertThrows(IllegalArgumentException.class, () -> EventPosition.parse("not-an-id"));
        assertTrue(auditor.events().subscribeAsync(null, null).isCompletedExceptionally(), "no listener: a failed future");
    }

    @Test
    void a_position_is_block_colon_tx_and_orders_as_the_ledger_does() {
        EventPosition position = EventPosition.parse("42:3");

        assertEquals("42:3", position.toString());
        assertEquals(EventPosition.of(42, 3), position);
        assertTrue(EventPosition.of(43, 0).isAfter(position));
        assertTrue(EventPosition.endOf(42).isAfter(EventPosition.of(42, 1_000_000)));
        for (String malformed : new String[] {"42", "42:", ":3", "-1:3", "42:-3", "4 2:3", "1234567890123456789:0",
                "1:1234567890"}) {
            assertThrows(IllegalArgumentException.class, () -> EventPosition.parse(malformed), malformed);
        }
    }
}
