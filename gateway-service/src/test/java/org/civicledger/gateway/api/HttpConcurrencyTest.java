package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once through HTTP: one hot balance is never overspent, one contribution is paid
 * once, and MVCC conflicts are retried inside the gateway (no 5xx ever reaches a client).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class HttpConcurrencyTest {
    private static final int CLIENTS = 32;

    /** An outcome that matters, taken from a response: status, code, txId and the points moved. */
    record Outcome(int status, String code, String txId, long points) {
        static Outcome of(Response r) {
            boolean ok = r.statusCode() < 300;
            return new Outcome(r.statusCode(), ok ? null : r.path("code"), ok ? r.path("txId") : null,
                    ok ? ((Number) r.path("points")).longValue() : 0);
        }
    }

    @Nested
    class Redemptions {
        @Test
        void parallel_redemptions_never_overspend_and_every_refusal_is_insufficient_points() throws Exception {
            String residentId = Api.enrol();
            Api.award(residentId, "volunteer-hour", 8).then().statusCode(201);
            long initial = Api.balance(residentId);
            assertEquals(80, initial);

            List<Outcome> outcomes = all(() -> Outcome.of(Api.redeem(residentId, 7)));

            long spent = outcomes.stream().filter(o -> o.status() == 201).mapToLong(Outcome::points).sum();
            outcomes.forEach(o -> assertTrue(o.status() == 201 || (o.status() == 422
                    && "INSUFFICIENT_POINTS".equals(o.code())), "unexpected outcome " + o));
            assertTrue(spent <= initial, "spent " + spent + " of " + initial);
            assertEquals(initial - spent, Api.balance(residentId));
            // a refusal means the balance really was below 7 then, so exactly floor(80 / 7) succeed
            assertEquals(11, outcomes.stream().filter(o -> o.status() == 201).count());
        }
    }

    @Nested
    class Awards {
        @Test
        void parallel_identical_awards_pay_once_and_replays_return_the_same_transaction() throws Exception {
            String residentId = Api.enrol();
            Map<String, Object> award = body("contributionId", unique("c"), "residentId", residentId,
                    "activityType", "volunteer-hour", "quantity", 2, "occurredAt", Instant.now().toString());

            List<Outcome> outcomes = all(() -> Outcome.of(as(APP).body(award).post("/api/v1/contributions")));

            assertEquals(1, outcomes.stream().filter(o -> o.status() == 201).count(), "exactly one award: " + outcomes);
            assertEquals(CLIENTS - 1, outcomes.stream().filter(o -> o.status() == 200).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().map(Outcome::txId).distinct().count(), "one txId: " + outcomes);
            outcomes.forEach(o -> assertEquals(20, o.points()));
            assertEquals(20, Api.balance(residentId));
        }
    }

    /** Runs {@code call} from {@value CLIENTS} threads released together; returns every outcome. */
    private static List<Outcome> all(Callable<Outcome> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            outcomes.forEach(o -> assertTrue(o.status() < 500, "no 5xx: " + o));
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
