package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.APP;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
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
        void after_a_write_the_ledger_metrics_are_exported_with_their_values() {
            Api.award(Api.enrol(), "volunteer-hour", 1).then().statusCode(201);
            String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();

            assertTrue(value(text, "civic_ledger_block_height").orElseThrow() >= ledger.height() - 0.5,
                    "the height gauge reports the committed height");
            assertTrue(value(text, "civic_ledger_transactions_committed_total").orElseThrow() >= 2,
                    "the enrolment and the award were counted");
            assertTrue(value(text, "civic_ledger_conflicts_retried_total").orElseThrow() >= 0);
            assertTrue(value(text, "civic_ledger_commit_latency_seconds_count").orElseThrow() >= 2,
                    "every write's commit was timed");
            assertTrue(text.contains("civic_ledger_commit_latency_seconds_max"));
        }

        @Test
        void metrics_need_no_bearer_token_but_the_api_does() {
            given().get("/q/metrics").then().statusCode(200);
            given().get("/api/v1/activity-types").then().statusCode(401);
            Api.as(APP).get("/api/v1/activity-types").then().statusCode(200);
        }
    }

    /** The value of the first sample of {@code metric} (with or without labels). */
    private static Optional<Double> value(String prometheusText, String metric) {
        return prometheusText.lines().filter(l -> l.startsWith(metric + " ") || l.startsWith(metric + "{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst();
    }
}
