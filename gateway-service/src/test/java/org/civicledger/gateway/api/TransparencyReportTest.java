package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;
import static org.civicledger.gateway.api.TransparencyCommunity.COMMUNITY;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The public transparency board end to end, in a community of this run only: seven residents enrolled, six awarded
 * in two activity types, five redeeming at one exchange point and one at another, one award reversed; then the
 * board, once the read model has caught up, counts exactly that, hides every cell of fewer than 5 residents (and its
 * complement), names no resident or app, and is served without a token.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
@TestProfile(TransparencyCommunity.class)
class TransparencyReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATTESTER = "tr-grid-" + TransparencyCommunity.RUN;

    private static final List<String> residents = new ArrayList<>();
    private static String from;
    private static String to;
    private static JsonNode board;

    @BeforeEach
    void aCommunitysMonth() throws Exception {
        synchronized (TransparencyReportTest.class) {
            if (board == null) {
                board = recorded();
            }
        }
    }

    private static JsonNode recorded() throws Exception {
        define("tr-volunteer", "VOLUNTEER_SERVICE", 10);
        define("tr-patrol", "SAFETY_PATROL", 20);
        for (int i = 0; i < 7; i++) {
            residents.add(as(TransparencyCommunity.APP).body(body("externalRef", unique("person")))
                    .post("/api/v1/residents").then().statusCode(201).extract().path("residentId"));
        }
        String firstAward = null;
        for (int i = 0; i < 6; i++) {
            String id = award(residents.get(i), "tr-volunteer");
            firstAward = firstAward == null ? id : firstAward;
        }
        as(TransparencyCommunity.ADMIN).body(body("attesterId", ATTESTER, "kind", "GRID_WORKER"))
                .post("/api/v1/attesters").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200),
                        equalTo(201)));
        Map<String, Object> attested = Api.contribution(unique("c"), residents.get(0), "tr-patrol", 1,
                Instant.now());
        attested.put("attesterId", ATTESTER);
        as(TransparencyCommunity.APP).body(attested).post("/api/v1/contributions").then().statusCode(201);
        award(residents.get(1), "tr-patrol");
        for (int i = 0; i < 5; i++) {
            redeem(TransparencyCommunity.SHOP_A, residents.get(i));
        }
        redeem(TransparencyCommunity.SHOP_B, residents.get(5));
        long lastBlock = ((Number) as(TransparencyCommunity.ADMIN).body(body("reason", "recorded twice"))
                .post("/api/v1/contributions/" + firstAward + "/reversal").then().statusCode(200).extract()
                .path("blockNumber")).longValue();
        YearMonth now = YearMonth.from(Instant.now().atOffset(ZoneOffset.UTC));
        // the period spans last month too, so that the figures hold even if the month turned during the test
        from = now.minusMonths(1).toString();
        to = now.toString();
        return caughtUp(lastBlock);
    }

    private static void define(String type, String category, long pointsPerUnit) {
        as(TransparencyCommunity.ADMIN).body(body("activityType", type, "category", category, "pointsPerUnit",
                pointsPerUnit, "unit", "EVENT", "dailyCapPoints", 100, "creditWeight", 100))
                .post("/api/v1/activity-types").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200),
                        equalTo(201)));
    }

    private static String award(String residentId, String type) {
        String id = unique("c");
        as(TransparencyCommunity.APP).body(Api.contribution(id, residentId, type, 1, Instant.now()))
                .post("/api/v1/contributions").then().statusCode(201);
        return id;
    }

    private static void redeem(String shop, String residentId) {
        as(shop).body(body("redemptionId", unique("r"), "residentId", residentId, "points", 5, "item", "soap",
                "valueFen", 250))
                .post("/api/v1/redemptions").then().statusCode(201);
    }

    private static Response publicBoard(String query) {
        return given().filter(ResponseContract.FILTER).accept(ContentType.JSON)
                .get("/api/v1/reports/communities/" + COMMUNITY + "/transparency" + query);
    }

    /** Polls the board (no token) until the read model has projected the block of the last write, caught up. */
    private static JsonNode caughtUp(long lastBlock) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Response response = publicBoard("?from=" + from + "&to=" + to);
            if (response.statusCode() == 200) {
                JsonNode answer = JSON.readTree(response.asString());
                String position = answer.at("/asOf/position").asText("");
                if (answer.at("/asOf/lagBlocks").asLong(-1) == 0 && !position.isEmpty()
                        && Long.parseLong(position.substring(0, position.indexOf(':'))) >= lastBlock) {
                    return answer;
                }
            } else {
                assertEquals(404, response.statusCode(), response.asString());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the read model did not catch up with block " + lastBlock + ": "
                        + response.asString());
            }
            Thread.sleep(100);
        }
    }

    private static void assertCell(JsonNode cell, long value, long residents, String what) {
        assertFalse(cell.path("suppressed").asBoolean(), what + " published: " + cell);
        assertEquals(value, cell.path("value").asLong(), what + ": " + cell);
        assertEquals(residents, cell.path("residents").asLong(), what + " residents: " + cell);
    }

    private static void assertSuppressed(JsonNode cell, String what) {
        assertTrue(cell.path("suppressed").asBoolean(), what + " suppressed: " + cell);
        for (String field : List.of("value", "valueFen", "cny", "residents")) {
            assertFalse(cell.has(field), what + " shows no " + field + ": " + cell);
        }
    }

    @Nested
    class Figures {
        @Test
        void the_period_counts_exactly_what_was_done() {
            JsonNode period = board.path("period");
            assertEquals(COMMUNITY, board.path("communityId").asText());
            assertEquals(from, board.path("from").asText());
            assertEquals(to, board.path("to").asText());
            assertEquals(5, board.path("anonymityThreshold").asInt());
            assertEquals(2, board.path("months").size());
            assertCell(period.path("activeResidents"), 6, 6, "active residents (the seventh did nothing)");
            assertCell(period.path("issued"), 100, 6, "issued: 6 x 10 + 2 x 20");
            assertCell(period.path("redeemed"), 30, 6, "redeemed: 6 x 5");
            assertEquals(1500, period.at("/redeemed/valueFen").asLong(), "6 x 250 fen");
            assertEquals("15.00", period.at("/redeemed/cny").asText());
            assertCell(period.path("expired"), 0, 0, "nothing expired");
        }

        @Test
        void the_months_add_up_to_the_period() {
            long issued = 0;
            long redeemed = 0;
            for (JsonNode month : board.path("months")) {
                issued += month.at("/issued/value").asLong();
                redeemed += month.at("/redeemed/value").asLong();
            }
            assertEquals(100, issued);
            assertEquals(30, redeemed);
        }
    }

    @Nested
    class Anonymity {
        @Test
        void a_reversal_of_one_resident_is_suppressed() {
            assertSuppressed(board.at("/period/reversed"), "reversed (one resident)");
        }

        @Test
        void an_exchange_point_of_one_resident_is_suppressed_with_its_complement_and_the_total_stays() {
            JsonNode points = board.at("/period/byExchangePoint");
            assertEquals(2, points.size(), points.toString());
            assertEquals(TransparencyCommunity.SHOP_A_ID, points.get(0).path("merchantId").asText());
            assertEquals(TransparencyCommunity.SHOP_B_ID, points.get(1).path("merchantId").asText());
            assertSuppressed(points.get(1).path("redeemed"), "shop b (one resident)");
            assertSuppressed(points.get(0).path("redeemed"), "shop a (else shop b = total - shop a)");
            assertFalse(board.at("/period/redeemed/suppressed").asBoolean());
        }

        @Test
        void no_resident_or_app_id_appears_in_the_board() {
            String text = board.toString();
            for (String residentId : residents) {
                assertFalse(text.contains(residentId), text);
            }
            assertFalse(text.contains(TransparencyCommunity.APP_ID), text);
            assertFalse(text.contains("residentId"), text);
            assertFalse(text.contains("appId"), text);
            assertFalse(text.contains("attesterId"), text);
            assertFalse(text.contains(ATTESTER), text);
        }

        @Test
        void every_published_cell_counts_at_least_5_residents_or_none() {
            List<JsonNode> cells = new ArrayList<>();
            board.path("months").forEach(month -> collectCells(month, cells));
            collectCells(board.path("period"), cells);
            for (JsonNode cell : cells) {
                if (!cell.path("suppressed").asBoolean()) {
                    long count = cell.path("residents").asLong();
                    assertTrue(count == 0 || count >= 5, cell.toString());
                }
            }
            assertTrue(cells.size() > 10, "cells: " + cells.size());
        }

        private void collectCells(JsonNode node, List<JsonNode> cells) {
            if (node.has("suppressed")) {
                cells.add(node);
            }
            node.forEach(child -> collectCells(child, cells));
        }
    }

    @Nested
    class Categories {
        @Test
        void awards_and_reversals_are_by_category_and_the_small_category_hides_its_complement() {
            JsonNode categories = board.at("/period/byCategory");
            assertEquals(2, categories.size(), categories.toString());
            assertEquals("SAFETY_PATROL", categories.get(0).path("category").asText());
            assertEquals("VOLUNTEER_SERVICE", categories.get(1).path("category").asText());
            assertSuppressed(categories.get(0).path("issued"), "safety patrol (two residents)");
            assertSuppressed(categories.get(1).path("issued"), "volunteer service (else patrol = total - it)");
            assertSuppressed(categories.get(1).path("reversed"), "the reversal of one resident");
            assertCell(board.at("/period/issued"), 100, 6, "issued");
            assertFalse(board.toString().contains("UNCATEGORISED"), board.toString());
        }
    }

    @Nested
    class Access {
        @Test
        void the_board_is_served_without_a_token_and_with_any_token() {
            given().get("/api/v1/reports/communities/" + COMMUNITY + "/transparency").then().statusCode(200)
                    .body("communityId", equalTo(COMMUNITY));
            given().header("Authorization", "Bearer not-a-token")
                    .get("/api/v1/reports/communities/" + COMMUNITY + "/transparency").then().statusCode(200);
            as(Api.AUDITOR).get("/api/v1/reports/communities/" + COMMUNITY + "/transparency").then().statusCode(200);
        }

        @Test
        void everything_else_still_needs_a_token() {
            String board = "/api/v1/reports/communities/" + COMMUNITY + "/transparency";
            Api.problem(given().contentType(ContentType.JSON).body("{}").post(board), 401, "UNAUTHENTICATED");
            Api.problem(given().get(board + "/x"), 401, "UNAUTHENTICATED");
            Api.problem(given().get("/api/v1/reports/communities/" + COMMUNITY), 401, "UNAUTHENTICATED");
            Api.problem(given().get("/api/v1/residents/" + residents.get(0)), 401, "UNAUTHENTICATED");
            Api.problem(given().get("/api/v1/reports/communities/a%2Fb/transparency"), 401, "UNAUTHENTICATED");
            Api.problem(given().get("/api/v1/reports/communities/%2E%2E/transparency"), 401, "UNAUTHENTICATED");
        }

        @Test
        void an_unknown_community_is_404_and_bad_periods_are_400() {
            Api.problem(given().get("/api/v1/reports/communities/no-such-" + unique("c") + "/transparency"), 404,
                    "NOT_FOUND");
            String board = "/api/v1/reports/communities/" + COMMUNITY + "/transparency";
            for (String query : List.of("?from=2026-13", "?to=26-01", "?from=2026-01-01", "?from=2026-05&to=2026-04",
                    "?from=2020-01&to=2026-12", "?to=%00", "?from=PRIVREF148536")) {
                Response response = given().get(board + query);
                Api.problem(response, 400, "VALIDATION_FAILED");
                assertFalse(response.asString().contains("PRIVREF148536"), response.asString());
            }
        }
    }

    @Nested
    class Document {
        @Test
        void the_operation_is_tagged_reports_has_no_security_and_documents_its_answers() throws Exception {
            JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString());
            JsonNode operation = document.path("paths").path("/api/v1/reports/communities/{communityId}/transparency")
                    .path("get");
            assertEquals("Reports", operation.path("tags").get(0).asText());
            assertTrue(operation.path("security").isMissingNode() || operation.path("security").isEmpty()
                    || operation.path("security").get(0).isEmpty(), operation.path("security").toString());
            for (String status : List.of("200", "400", "404")) {
                assertFalse(operation.path("responses").path(status).isMissingNode(), status);
            }
            assertEquals("#/components/schemas/TransparencyBoard", operation.at("/responses/200/content")
                    .path("application/json").at("/schema/$ref").asText());
        }
    }
}
