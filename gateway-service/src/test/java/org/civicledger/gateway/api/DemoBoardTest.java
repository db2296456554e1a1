package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The public board of the demo community, on both ledgers (the Fabric network issues identities to the demo callers
 * only, so this test works in the demo community, which other tests write to as well): three categories of this
 * run — X awarded to 5 residents, W (a few points) to the same 5, Y to 2 of them. Once the read model has caught up,
 * X's cells count exactly this run's awards, Y's (2 residents) are withheld, and so is a complement (another cell
 * of the row), so that Y cannot be computed from the published cells; no resident id is in the board, and it needs
 * no token.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class DemoBoardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_categorys_cells_count_this_runs_awards_and_a_small_one_is_withheld_with_its_complement() throws Exception {
        String run = unique("b").replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        String x = "BX" + run;
        String w = "BW" + run;
        String y = "BY" + run;
        define(x, 100);
        define(w, 1);
        define(y, 10);
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            residents.add(Api.enrol());
        }
        String last = null;
        for (String residentId : residents) {
            award(residentId, x);
            last = award(residentId, w);
        }
        award(residents.get(0), y);
        last = award(residents.get(1), y);
        long lastBlock = ((Number) as(Api.AUDITOR).get("/api/v1/audit/transactions/" + last).then().statusCode(200)
                .extract().path("blockNumber")).longValue();

        YearMonth now = YearMonth.from(Instant.now().atOffset(ZoneOffset.UTC));
        JsonNode board = caughtUp("?from=" + now.minusMonths(1) + "&to=" + now, lastBlock);

        JsonNode period = board.path("period");
        JsonNode xCell = category(period, x).path("issued");
        assertFalse(xCell.path("suppressed").asBoolean(), xCell.toString());
        assertEquals(500, xCell.path("value").asLong(), "5 residents x 100 points: " + xCell);
        assertEquals(5, xCell.path("residents").asLong(), xCell.toString());
        assertWithheld(category(period, y).path("issued"), "Y: 2 residents");
        // Y could be computed as the period's total minus the other categories: at least one more cell of the row is
        // withheld (the cheapest: W's here, unless other tests left a cheaper category in the demo community)
        long othersWithheld = 0;
        for (JsonNode cell : period.path("byCategory")) {
            if (!y.equals(cell.path("category").asText()) && cell.at("/issued/suppressed").asBoolean()) {
                othersWithheld++;
            }
        }
        assertTrue(othersWithheld >= 1 || period.at("/issued/suppressed").asBoolean(),
                "Y's complement withheld: " + period);
        String text = board.toString();
        for (String residentId : residents) {
            assertFalse(text.contains(residentId), "no resident id in the board");
        }
        assertFalse(text.contains("residentId"), text);
    }

    private static void define(String category, long pointsPerUnit) {
        as(ADMIN).body(body("categoryId", category, "name", "Board test " + category, "creditWeight", 100))
                .post("/api/v1/categories").then().statusCode(201);
        as(ADMIN).body(body("activityType", category.toLowerCase(Locale.ROOT), "category", category,
                        "pointsPerUnit", pointsPerUnit, "unit", "EVENT", "dailyCapPoints", 1000, "creditWeight", 100))
                .post("/api/v1/activity-types").then().statusCode(201);
    }

    /** @return the award's transaction id */
    private static String award(String residentId, String category) {
        return as(APP).body(Api.contribution(unique("c"), residentId, category.toLowerCase(Locale.ROOT), 1,
                Instant.now())).post("/api/v1/contributions").then().statusCode(201).extract().path("txId");
    }

    private static JsonNode category(JsonNode figures, String category) {
        for (JsonNode cell : figures.path("byCategory")) {
            if (category.equals(cell.path("category").asText())) {
                return cell;
            }
        }
        throw new AssertionError("no category " + category + " in " + figures);
    }

    private static void assertWithheld(JsonNode cell, String what) {
        assertTrue(cell.path("suppressed").asBoolean(), what + " withheld: " + cell);
        assertFalse(cell.has("value") || cell.has("residents"), what + " shows nothing: " + cell);
    }

    /** Reads the board without a token until the read model has projected {@code lastBlock} and caught up. */
    private static JsonNode caughtUp(String query, long lastBlock) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Response response = given().filter(ResponseContract.FILTER).accept(ContentType.JSON)
                    .get("/api/v1/reports/communities/demo/transparency" + query);
            assertEquals(200, response.statusCode(), response.asString());
            JsonNode answer = JSON.readTree(response.asString());
            String position = answer.at("/asOf/position").asText("");
            if (answer.at("/asOf/lagBlocks").asLong(-1) == 0 && !position.isEmpty()
                    && Long.parseLong(position.substring(0, position.indexOf(':'))) >= lastBlock) {
                assertNotNull(answer.get("period"));
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the read model did not catch up with block " + lastBlock + ": "
                        + response.asString());
            }
            Thread.sleep(100);
        }
    }
}
