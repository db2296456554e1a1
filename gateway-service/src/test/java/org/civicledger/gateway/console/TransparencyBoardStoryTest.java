package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.console.BoardCommunity.as;
import static org.civicledger.gateway.console.BoardCommunity.unique;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The transparency board's story, in a community of this run: seven residents enrolled, six awarded for volunteer
 * service, five for garbage sorting and one for a patrol; five redeeming at exchange point A, five at C and one at B;
 * one award reversed. The community's ADMIN opens its board: the cards and the charts' tables hold exactly the
 * public report's figures, every suppressed cell (the reversal of one resident, the patrol and exchange point B of
 * one, and their cheapest complements: garbage sorting, C) reads "—" and never a number, while volunteer service
 * and A, of enough residents, are published; a malformed month is refused next to its field. Signed out, the board's public link shows the same
 * board to anyone, and an unknown community is refused next to the community field.
 */
@QuarkusTest
@TestProfile(BoardCommunity.class)
@DisabledIfSystemProperty(named = "civic.ledger.mode", matches = "fabric",
        disabledReason = "a community of this run needs callers the Fabric network does not issue")
class TransparencyBoardStoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPPRESSED = "—";
    private static final String[] FIGURES = {"activeResidents", "issued", "redeemed", "expired", "reversed"};

    private static ConsoleBrowser browser;
    private static boolean recorded;

    @BeforeAll
    static void start() throws Exception {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anAdminReadsItsBoardAndAnyoneReadsTheSameBoardByItsPublicLink(String language) throws Exception {
        record();
        browser.signIn(BoardCommunity.ADMIN, language);
        browser.open(ConsolePage.COMMUNITY_BOARD.path());
        browser.waitForPage();
        String from = browser.driver().findElement(By.id("board-from")).getAttribute("value");
        String to = browser.driver().findElement(By.id("board-to")).getAttribute("value");
        JsonNode board = publicBoard(from, to);
        assertEquals(12, board.path("months").size(), "the default period is the last 12 months: " + from + ".." + to);
        assertEquals(7, board.at("/period/activeResidents/value").asLong(), "seven residents took part");
        assertTrue(board.at("/period/reversed/suppressed").asBoolean(), "the reversal of one resident is suppressed");

        assertCards(board);
        browser.check("community-board-figures");
        assertCharts(board, language);
        browser.check("community-board-chart-tables");

        WebElement fromField = browser.driver().findElement(By.id("board-from"));
        fromField.clear();
        fromField.sendKeys("2026-13");
        browser.driver().findElement(By.cssSelector("#board-form button[type=submit]")).click();
        browser.waitForPage();
        assertErrorNextTo("board-from", language);
        browser.check("community-board-bad-month");

        browser.open(ConsolePage.COMMUNITY_BOARD.path() + "?from=" + from + "&to=" + to);
        browser.waitForPage();
        String publicLink = browser.visible(By.id("board-public-link")).getAttribute("href");
        browser.signOut();

        browser.open(publicLink.substring(browser.origin().length()));
        browser.waitForPage();
        assertEquals(null, browser.sessionCookie(), "the public board is read without a session");
        assertEquals(BoardCommunity.COMMUNITY,
                browser.driver().findElement(By.id("board-community")).getAttribute("value"));
        assertCards(board);
        browser.check("public-board-figures");
        assertCharts(board, language);

        browser.open(ConsolePage.PUBLIC_BOARD.path());
        browser.waitForPage();
        assertTrue(browser.driver().findElements(By.cssSelector("#board *")).isEmpty(), "no community: the form only");
        browser.driver().findElement(By.id("board-community")).sendKeys("no-such-" + BoardCommunity.RUN);
        browser.driver().findElement(By.cssSelector("#board-form button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("community=no-such-"));
        browser.waitForPage();
        assertErrorNextTo("board-community", language);
        browser.check("public-board-unknown-community");
    }

    /** The period's cards: each the report's figure, or "—" exactly where the report suppresses it. */
    private static void assertCards(JsonNode board) {
        JsonNode period = board.path("period");
        for (String figure : FIGURES) {
            assertShown(period.path(figure), "value", card(figure), figure);
        }
        JsonNode redeemed = period.path("redeemed");
        String value = card("redeemedValue");
        if (redeemed.path("suppressed").asBoolean()) {
            assertEquals(SUPPRESSED, value, "redemptions' value");
        } else {
            assertEquals(redeemed.path("cny").asText(), value, "redemptions' value in CNY");
        }
    }

    private static String card(String figure) {
        return browser.driver().findElement(By.cssSelector(".card[data-figure='" + figure + "'] .value")).getText();
    }

    /** The three charts: a canvas each, and their tables (opened as a reader would) hold the report's figures. */
    private static void assertCharts(JsonNode board, String language) {
        List<JsonNode> months = new ArrayList<>();
        board.path("months").forEach(months::add);
        Set<String> categories = new LinkedHashSet<>();
        months.forEach(m -> m.path("byCategory").forEach(c -> categories.add(c.path("category").asText())));

        List<List<String>> issued = chartTable("board-issued");
        assertEquals(months.size(), issued.size(), "a row a month");
        List<String> heads = browser.driver().findElements(By.cssSelector("#board-issued thead th")).stream()
                .map(WebElement::getText).toList();
        assertTrue(heads.contains("zh-CN".equals(language) ? "志愿服务" : "Volunteer service"), heads.toString());
        for (int i = 0; i < months.size(); i++) {
            int column = 1;
            for (String category : categories) {
                // a month lists the categories it has figures of; the page shows 0 for the others
                JsonNode cell = JSON.createObjectNode().put("value", 0).put("suppressed", false);
                for (JsonNode c : months.get(i).path("byCategory")) {
                    if (c.path("category").asText().equals(category)) {
                        cell = c.path("issued");
                    }
                }
                assertShown(cell, "value", issued.get(i).get(column++), "issued " + category + " " + i);
            }
        }
        List<List<String>> redeemed = chartTable("board-redeemed");
        for (int i = 0; i < months.size(); i++) {
            assertShown(months.get(i).path("redeemed"), "value", redeemed.get(i).get(1), "redeemed in month " + i);
        }
        List<List<String>> exchange = chartTable("board-exchange");
        JsonNode points = board.at("/period/byExchangePoint");
        assertEquals(points.size(), exchange.size(), "a row an exchange point");
        assertEquals(3, points.size(), points.toString());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i).path("merchantId").asText(), exchange.get(i).get(0));
            assertShown(points.get(i).path("redeemed"), "value", exchange.get(i).get(1), "exchange point " + i);
        }
        assertEquals(List.of("25", SUPPRESSED, SUPPRESSED), exchange.stream().map(r -> r.get(1)).toList(),
                "A published; B (one resident) and its cheapest complement C suppressed");
        int volunteer = new ArrayList<>(categories).indexOf("VOLUNTEER_SERVICE") + 1;
        assertEquals("60", issued.get(months.size() - 1).get(volunteer).replaceAll("[^0-9]", ""),
                "volunteer service this month: 6 x 10 (a reversal does not change what was issued)");
    }

    /** The rows of a chart's table, after opening its details; checks the chart's canvas is there. */
    private static List<List<String>> chartTable(String id) {
        assertFalse(browser.driver().findElements(By.cssSelector("#" + id + " figure canvas")).isEmpty(),
                id + " has its chart");
        WebElement details = browser.driver().findElement(By.cssSelector("#" + id + " details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        browser.waitUntil(d -> details.findElement(By.tagName("table")).isDisplayed());
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : details.findElements(By.cssSelector("tbody tr"))) {
            rows.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    /** A suppressed cell reads "—" (and no digit); a published one its number, whatever the digit grouping. */
    private static void assertShown(JsonNode cell, String field, String shown, String what) {
        if (cell.path("suppressed").asBoolean()) {
            assertEquals(SUPPRESSED, shown, what + " is suppressed");
        } else {
            assertFalse(shown.contains(SUPPRESSED), what + " is published: " + shown);
            assertEquals(cell.path(field).asText(), shown.replaceAll("[^0-9]", ""), what);
        }
    }

    /** The refusal sits right after the field's label, the field marked invalid, in the page's language. */
    private static void assertErrorNextTo(String fieldId, String language) {
        WebElement error = browser.visible(By.cssSelector("#board-form label:has(#" + fieldId + ") + .field-error"));
        WebElement field = browser.driver().findElement(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertEquals(error.getAttribute("id"), field.getAttribute("aria-describedby"));
        assertEquals("zh-CN".equals(language), error.getText().matches("(?s).*\\p{IsHan}.*"), error.getText());
    }

    /** The board as anyone reads it (no token), the read model caught up with the story's last write. */
    private static JsonNode publicBoard(String from, String to) throws IOException {
        Response response = given().accept(ContentType.JSON).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/reports/communities/" + BoardCommunity.COMMUNITY + "/transparency");
        assertEquals(200, response.statusCode(), response.asString());
        return JSON.readTree(response.asString());
    }

    /** The community's activity, once per run; then waits until the read model has projected it. */
    private static synchronized void record() throws Exception {
        if (recorded) {
            return;
        }
        define("board-volunteer", "VOLUNTEER_SERVICE", 10);
        define("board-patrol", "SAFETY_PATROL", 20);
        define("board-sorting", "GARBAGE_SORTING", 2);
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            residents.add(as(BoardCommunity.APP).body(Map.of("externalRef", unique("person")))
                    .post("/api/v1/residents").then().statusCode(201).extract().path("residentId"));
        }
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            awards.add(award(residents.get(i), "board-volunteer"));
        }
        awards.add(award(residents.get(1), "board-patrol"));
        for (int i = 2; i < 7; i++) {
            awards.add(award(residents.get(i), "board-sorting"));
        }
        as(BoardCommunity.APP).body(Map.of("items", awards)).post("/api/v1/contributions/batch").then()
                .statusCode(200).body("results.status", everyItem(equalTo("AWARDED")));
        Object firstAward = awards.get(0).get("contributionId");
        for (int i = 0; i < 5; i++) {
            redeem(BoardCommunity.SHOP_A, residents.get(i), 5);
        }
        redeem(BoardCommunity.SHOP_B, residents.get(5), 5);
        for (int i = 2; i < 7; i++) {
            redeem(BoardCommunity.SHOP_C, residents.get(i), 2);
        }
        long lastBlock = ((Number) as(BoardCommunity.ADMIN).body(Map.of("reason", "recorded twice"))
                .post("/api/v1/contributions/" + firstAward + "/reversal").then().statusCode(200).extract()
                .path("blockNumber")).longValue();
        caughtUp(lastBlock);
        recorded = true;
    }

    private static void define(String type, String category, long pointsPerUnit) {
        as(BoardCommunity.ADMIN).body(Map.of("activityType", type, "category", category, "pointsPerUnit",
                pointsPerUnit, "unit", "EVENT", "dailyCapPoints", 100, "creditWeight", 100))
                .post("/api/v1/activity-types").then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static Map<String, Object> award(String residentId, String type) {
        return Map.of("contributionId", unique("c"), "residentId", residentId, "activityType", type, "quantity", 1,
                "occurredAt", Instant.now().toString());
    }

    private static void redeem(String shop, String residentId, long points) {
        as(shop).body(Map.of("redemptionId", unique("r"), "residentId", residentId, "points", points, "item", "soap",
                "valueFen", 50 * points)).post("/api/v1/redemptions").then().statusCode(201);
    }

    /** Polls the public report until the read model has projected {@code lastBlock} (it follows the ledger). */
    private static void caughtUp(long lastBlock) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Response response = given().accept(ContentType.JSON)
                    .get("/api/v1/reports/communities/" + BoardCommunity.COMMUNITY + "/transparency");
            if (response.statusCode() == 200) {
                JsonNode answer = JSON.readTree(response.asString());
                String position = answer.at("/asOf/position").asText("");
                if (answer.at("/asOf/lagBlocks").asLong(-1) == 0 && !position.isEmpty()
                        && Long.parseLong(position.substring(0, position.indexOf(':'))) >= lastBlock) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the read model did not catch up with block " + lastBlock);
            }
            Thread.sleep(100);
        }
    }
}
