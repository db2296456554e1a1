package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civicledger.api.Problem;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.readmodel.EventCountProjection;
import org.civicledger.gateway.readmodel.ReadModel;
import org.junit.jupiter.api.Test;

/**
 * The read model inside the gateway, on either ledger mode: the readiness check {@code read-model}, its metrics,
 * the operator's {@code POST /ops/v1/read-model/rebuild}, and a test projection (counting events per type) that
 * agrees with the ledger's own events before and after a rebuild.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class ReadModelEndpointTest {
    /** Its SHA-256 is {@code %test.civic.operations.token-sha256} in application.properties. */
    private static final String OPERATOR_TOKEN = "test-operator-token";
    private static final String REBUILD = "/ops/v1/read-model/rebuild";

    @Inject
    ReadModel readModel;

    @Inject
    LedgerPort ledger;

    private static JsonPath readModelCheck() {
        return given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("read-model"))
                .extract().jsonPath().setRootPath("checks.find { it.name == 'read-model' }");
    }

    /** Waits until the health check shows the read model caught up (no lag, no rebuild) with the ledger. */
    private static JsonPath awaitCaughtUp() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonPath check = readModelCheck();
            if (check.getLong("data.lagBlocks") == 0 && !check.getBoolean("data.rebuilding")) {
                return check;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the read model did not catch up: " + check.prettify());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void readiness_has_the_read_model_check_with_its_position_and_lag() throws Exception {
        String residentId = Api.enrol();
        Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
        JsonPath check = awaitCaughtUp();
        assertEquals("UP", check.getString("status"));
        long height = check.getLong("data.ledgerHeight");
        assertTrue(height >= ledger.height() - 1 && height > 0, "ledgerHeight " + height);
        String position = check.getString("data.position");
        assertTrue(position.matches("\\d+:\\d+"), position);
        assertEquals(readModel.position().orElseThrow(), position);
        assertEquals(0, readModel.lagBlocks());
    }

    @Test
    void the_projection_counts_every_event_of_the_ledger_and_a_rebuild_gives_the_same_rows() throws Exception {
        String residentId = Api.enrol();
        for (int i = 0; i < 3; i++) {
            Api.award(residentId, "volunteer-hour", 1).then().statusCode(201);
        }
        awaitCaughtUp();
        Map<String, Long> expected = ledgerEventCounts();
        assertEquals(expected, readModel.read(EventCountProjection::counts));
        List<String> rows = readModel.read(EventCountProjection::rows);

        JsonPath answer = given().header("Authorization", "Bearer " + OPERATOR_TOKEN).post(REBUILD).then()
                .statusCode(202).contentType("application/json").body("rebuilding", equalTo(true))
                .body("ledgerHeight", notNullValue()).body("lagBlocks", notNullValue()).extract().jsonPath();
        assertTrue(answer.getMap("").containsKey("position"));
        awaitCaughtUp();
        assertEquals(rows, readModel.read(EventCountProjection::rows));
    }

    @Test
    void the_rebuild_is_in_the_openapi_document() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/ops/v1/read-model/rebuild'.post.responses.'202'", notNullValue())
                .body("paths.'/ops/v1/read-model/rebuild'.post.tags", hasItem("Operations"));
    }

    @Test
    void the_rebuild_needs_the_operators_token() {
        given().post(REBUILD).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer " + Api.APP).post(REBUILD).then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void the_metrics_show_the_lag_and_the_events_projected() throws Exception {
        awaitCaughtUp();
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("civic_read_model_lag_blocks 0.0"), "lag gauge");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("civic_read_model_events_projected_total ")),
                "events counter");
    }

    /** @return the ledger's events counted per type, read with a subscription of the test's own */
    private Map<String, Long> ledgerEventCounts() throws Exception {
        List<LedgerEvent> events = new CopyOnWriteArrayList<>();
        String last = readModel.position().orElseThrow();
        try (AutoCloseable subscription = ledger.subscribe(null, events::add)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (events.isEmpty() || !events.get(events.size() - 1).position().equals(last)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the ledger's events did not reach " + last);
                }
                Thread.sleep(50);
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (LedgerEvent event : events) {
            counts.merge(event.type(), 1L, Long::sum);
        }
        return counts;
    }
}
