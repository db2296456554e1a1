package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.APP;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What operators watch: liveness, readiness (with the ledger check) and the ledger's Prometheus metrics. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class OperationsTest {

    @Inject
    LedgerPort ledger;

    @Nested
    class Health {
        @Test
        void liveness_is_up() {
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        }

        @Test
        void readiness_is_up_and_includes_the_ledger_check() {
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", hasItem("ledger"))
                    .body("checks.find { it.name == 'ledger' }.status", equalTo("UP"));
        }

        @Test
        void health_needs_no_bearer_token() {
            given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Nested
    class Metrics {
        @Test
        void after_two_writes_the_ledger_metrics_moved_by_two() {
            String residentId = Api.enrol();
            String before = metrics();
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
            String after = metrics();

            assertEquals(2, delta(before, after, "civic_ledger_transactions_committed_total"),
                    "the two awards were counted");
            assertEquals(2, delta(before, after, "civic_ledger_commit_latency_seconds_count"),
                    "both writes' commits were timed");
            assertEquals((double) ledger.height(), value(after, "civic_ledger_block_height").orElseThrow(),
                    "the height gauge reports the committed height");
            assertTrue(after.contains("civic_ledger_commit_latency_seconds_max"));
        }

        /** Concurrent awards to one resident conflict on its account; the metric counts what the ledger retried. */
        @Test
        void the_conflicts_retried_counter_moves_by_the_conflicts_the_ledger_retried() throws Exception {
            long start = ledger.counters().conflictsRetried();
            String before = metrics();
            ExecutorService pool = Executors.newFixedThreadPool(BURST);
            try {
                for (int burst = 0; burst < 20 && ledger.counters().conflictsRetried() == start; burst++) {
                    awardAtOnce(pool, Api.enrol());
                }
            } finally {
                pool.shutdownNow();
            }
            long retried = ledger.counters().conflictsRetried() - start;
            assertTrue(retried > 0, "20 bursts of " + BURST + " concurrent awards to one resident never conflicted");
            assertEquals(retried, delta(before, metrics(), "civic_ledger_conflicts_retried_total"));
        }
        @Test
        void metrics_need_no_bearer_token_but_the_api_does() {
            given().get("/q/metrics").then().statusCode(200);
            given().get("/api/v1/activity-types").then().statusCode(401);
            Api.as(APP).get("/api/v1/activity-types").then().statusCode(200);
        }
    }

    private static final int BURST = 8;

    /** {@code BURST} awards of 2 points to one resident, released together; each must be paid. */
    private static void awardAtOnce(ExecutorService pool, String residentId) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return Api.award(residentId, "garbage-sorting", 1).statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> status : statuses) {
            assertEquals(201, status.get(60, TimeUnit.SECONDS));
        }
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String metric) {
        return value(after, metric).orElseThrow() - value(before, metric).orElse(0.0);
    }

    /** The value of the first sample of {@code metric} (with or without labels). */
    private static Optional<Double> value(String prometheusText, String metric) {
        return prometheusText.lines().filter(l -> l.startsWith(metric + " ") || l.startsWith(metric + "{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst();
    }
}
