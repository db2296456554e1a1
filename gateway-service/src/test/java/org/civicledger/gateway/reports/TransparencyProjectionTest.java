package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The transparency projection fed {@link ProjectedEvent}s directly: the monthly cells it keeps and the board read
 * from them. On an in-memory H2 database in PostgreSQL mode, or with
 * {@code -Dcivic.read-model.jdbc-url=jdbc:postgresql:…} (gateway-service/read-model-postgres.sh) in a new schema of
 * that PostgreSQL database.
 */
class TransparencyProjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMUNITY = "street-7";
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T08:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-03T08:00:00Z");

    private final TransparencyProjection projection = new TransparencyProjection();
    private Connection sql;
    private int tx;

    @BeforeEach
    void open() throws SQLException {
        String url = System.getProperty("civic.read-model.jdbc-url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            sql = DriverManager.getConnection(url);
            String schema = "rmt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Statement s = sql.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
            }
        } else {
            sql = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL");
        }
        sql.setAutoCommit(false);
        try (Statement ddl = sql.createStatement()) {
            for (String statement : projection.schema()) {
                ddl.execute(statement);
            }
            for (String statement : projection.schema()) {
                ddl.execute(statement);
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
    }

    private void apply(String type, Instant at, Object... fields) throws SQLException {
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            payload.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        tx++;
        projection.apply(new ProjectedEvent(tx, 0, "tx" + tx, type, payload, at), sql);
    }

    private void award(String resident, String category, long points, Instant at) throws SQLException {
        if (category == null) {
            apply("PointsAwarded", at, "contributionId", "c" + tx, "residentId", resident, "communityId", COMMUNITY,
                    "activityType", "t", "points", points);
        } else {
            apply("PointsAwarded", at, "contributionId", "c" + tx, "residentId", resident, "communityId", COMMUNITY,
                    "activityType", "t", "category", category, "appId", "app-1", "points", points);
        }
    }

    private void redeem(String resident, String merchant, long points, long fen, Instant at) throws SQLException {
        apply("PointsRedeemed", at, "redemptionId", "r" + tx, "residentId", resident, "merchantId", merchant,
                "communityId", COMMUNITY, "points", points, "valueFen", fen);
    }

    private JsonNode board(String from, String to) throws SQLException {
        return TransparencyBoards.read(sql, COMMUNITY, YearMonth.parse(from), YearMonth.parse(to), 5).orElseThrow();
    }

    private static String resident(int n) {
        return String.format("%064x", n);
    }

    @Nested
    class Cells {
        @Test
        void awards_redemptions_reversals_and_expiry_add_up_per_month_with_distinct_residents() throws SQLException {
            for (int r = 1; r <= 6; r++) {
                award(resident(r), "VOLUNTEER_SERVICE", 10, NOVEMBER);
                award(resident(r), "VOLUNTEER_SERVICE", 5, NOVEMBER);
                award(resident(r), "SAFETY_PATROL", 20, DECEMBER);
                redeem(resident(r), "shop-a", 7, 1250, DECEMBER);
            }
            apply("ContributionReversed", DECEMBER, "contributionId", "c1", "residentId", resident(1),
                    "communityId", COMMUNITY, "reversedPoints", 10, "category", "VOLUNTEER_SERVICE",
                    "expiredPoints", 3);

            JsonNode board = board("2026-11", "2026-12");
            JsonNode november = board.at("/months/0");
            JsonNode december = board.at("/months/1");
            assertEquals("2026-11", november.path("month").asText());
            assertEquals(90, november.at("/issued/value").asLong());
            assertEquals(6, november.at("/issued/residents").asLong(), "distinct, not per award");
            assertEquals(6, november.at("/activeResidents/value").asLong());
            assertEquals(120, december.at("/issued/value").asLong());
            assertEquals(42, december.at("/redeemed/value").asLong());
            assertEquals(7500, december.at("/redeemed/valueFen").asLong());
            assertEquals("75.00", december.at("/redeemed/cny").asText());
            assertEquals("shop-a", december.at("/byExchangePoint/0/merchantId").asText());
            assertEquals(7500, december.at("/byExchangePoint/0/redeemed/valueFen").asLong());
            // one resident's reversal and expiry: suppressed
            assertTrue(december.at("/reversed/suppressed").asBoolean());
            assertFalse(december.at("/reversed").has("value"));
            assertTrue(december.at("/expired/suppressed").asBoolean());
            assertEquals(210, board.at("/period/issued/value").asLong());
            assertEquals(6, board.at("/period/activeResidents/value").asLong(), "distinct over the period");
            assertEquals(6, board.at("/period/issued/residents").asLong());
            assertFalse(board.at("/period").has("month"));
        }

        @Test
        void an_upheld_dispute_counts_its_reversal_and_a_rejected_one_nothing() throws SQLException {
            for (int r = 1; r <= 5; r++) {
                award(resident(r), "VOLUNTEER_SERVICE", 10, NOVEMBER);
                apply("DisputeResolved", NOVEMBER, "disputeId", "d" + r, "residentId", resident(r),
                        "communityId", COMMUNITY, "outcome", "UPHELD", "reversedPoints", 4);
            }
            apply("DisputeResolved", NOVEMBER, "disputeId", "d9", "residentId", resident(1), "communityId",
                    COMMUNITY, "outcome", "REJECTED");
            apply("DisputeResolved", NOVEMBER, "disputeId", "d8", "residentId", resident(2), "communityId",
                    COMMUNITY, "outcome", "UPHELD", "reversedPoints", null);

            JsonNode board = board("2026-11", "2026-11");
            assertEquals(20, board.at("/months/0/reversed/value").asLong());
            assertEquals(5, board.at("/months/0/reversed/residents").asLong());
            assertEquals(5, board.at("/months/0/activeResidents/value").asLong());
        }

        @Test
        void an_award_without_a_category_counts_as_uncategorised_and_a_repeated_schema_is_harmless()
                throws SQLException {
            for (int r = 1; r <= 5; r++) {
                award(resident(r), null, 4, NOVEMBER);
            }
            JsonNode board = board("2026-11", "2026-11");
            assertEquals("UNCATEGORISED", board.at("/months/0/byCategory/0/category").asText());
            assertEquals(20, board.at("/months/0/byCategory/0/issued/value").asLong());
            assertEquals(0, board.at("/months/0/byCategory/0/reversed/value").asLong());
        }

        @Test
        void months_without_activity_are_listed_with_zeros() throws SQLException {
            award(resident(1), "SAFETY_PATROL", 4, NOVEMBER);
            JsonNode board = board("2026-09", "2026-12");
            assertEquals(4, board.path("months").size());
            assertEquals(0, board.at("/months/0/issued/value").asLong());
            assertFalse(board.at("/months/0/issued/suppressed").asBoolean());
            assertTrue(board.at("/months/2/issued/suppressed").asBoolean(), "one resident");
        }

        @Test
        void an_unknown_community_has_no_board_and_any_event_naming_one_makes_it_known() throws SQLException {
            assertTrue(TransparencyBoards.read(sql, COMMUNITY, YearMonth.parse("2026-11"), YearMonth.parse("2026-11"),
                    5).isEmpty());
            apply("MemberRegistered", NOVEMBER, "mspId", "Org1MSP", "role", "ADMIN", "subjectId", "admin",
                    "communityId", COMMUNITY);
            JsonNode board = board("2026-11", "2026-11");
            assertEquals(COMMUNITY, board.path("communityId").asText());
            assertEquals(0, board.at("/period/issued/value").asLong());
        }
    }

    @Nested
    class Anonymity {
        @Test
        void a_small_category_is_suppressed_with_a_complement_and_no_resident_or_app_id_appears()
                throws SQLException {
            for (int r = 1; r <= 8; r++) {
                award(resident(r), "VOLUNTEER_SERVICE", 10, NOVEMBER);
            }
            for (int r = 1; r <= 6; r++) {
                award(resident(r), "GARBAGE_SORTING", 3, NOVEMBER);
            }
            award(resident(1), "SAFETY_PATROL", 50, NOVEMBER);
            award(resident(2), "SAFETY_PATROL", 50, NOVEMBER);

            JsonNode board = board("2026-11", "2026-11");
            String text = board.toString();
            JsonNode categories = board.at("/months/0/byCategory");
            assertEquals("SAFETY_PATROL", categories.get(1).path("category").asText());
            assertTrue(categories.get(1).at("/issued/suppressed").asBoolean());
            int published = 0;
            for (JsonNode c : categories) {
                published += c.at("/issued/suppressed").asBoolean() ? 0 : 1;
            }
            assertEquals(1, published, "the cheapest complement (GARBAGE_SORTING, 18) is withheld too: " + text);
            assertEquals(198, board.at("/months/0/issued/value").asLong());
            for (int r = 1; r <= 8; r++) {
                assertFalse(text.contains(resident(r)), text);
            }
            assertFalse(text.contains("app-1"), text);
        }
    }
}
