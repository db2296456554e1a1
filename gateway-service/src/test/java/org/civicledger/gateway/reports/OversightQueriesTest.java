package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The oversight projection and its queries against an in-memory H2 database (PostgreSQL mode), fed
 * {@link ProjectedEvent}s directly: what each report counts, pages and traces, on events with and without the
 * fields newer chaincode adds.
 */
class OversightQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ReportPeriod MARCH = ReportPeriod.days("2026-03-01", "2026-04-01", LocalDate.of(2026, 6, 1));

    private final OversightProjection projection = new OversightProjection();
    private Connection sql;
    private long block;

    /**
     * An empty database: in-memory H2 (PostgreSQL mode), or with {@code -Dcivic.read-model.jdbc-url=jdbc:postgresql:…}
     * (gateway-service/read-model-postgres.sh) a new schema of that PostgreSQL database.
     */
    @BeforeEach
    void open() throws SQLException {
        String url = System.getProperty("civic.read-model.jdbc-url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            sql = DriverManager.getConnection(url);
            String schema = "rmo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Statement s = sql.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
            }
        } else {
            sql = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL");
        }
        try (Statement s = sql.createStatement()) {
            for (String ddl : projection.schema()) {
                s.execute(ddl);
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
    }

    /** Applies one event in its own block; returns its txId. */
    private String apply(String type, Instant at, Object... fields) throws SQLException {
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            Object v = fields[i + 1];
            if (v instanceof Long n) {
                payload.put((String) fields[i], n);
            } else if (v instanceof Integer n) {
                payload.put((String) fields[i], n.longValue());
            } else if (v instanceof Boolean b) {
                payload.put((String) fields[i], b);
            } else if (v != null) {
                payload.put((String) fields[i], v.toString());
            }
        }
        String txId = "tx" + (++block);
        payload.put("txId", txId);
        projection.apply(new ProjectedEvent(block, 0, txId, type, payload, at), sql);
        return txId;
    }

    private String award(String community, String app, String attester, String resident, long points, Instant at)
            throws SQLException {
        return apply("PointsAwarded", at, "contributionId", "c" + (block + 1), "residentId", resident,
                "communityId", community, "activityType", "patrol", "category", "SAFETY_PATROL", "appId", app,
                "attesterId", attester, "points", points, "dailyCapPoints", 50L, "at", at.toString());
    }

    private OversightQueries queries(String community) {
        return new OversightQueries(sql, community, MARCH);
    }

    @Nested
    class CreditChecks {
        @Test
        void lists_a_banks_checks_of_the_period_oldest_first_a_page_at_a_time() throws SQLException {
            List<String> bankX = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Instant at = DAY0.plus(Duration.ofHours(i));
                bankX.add(apply("CreditChecked", at, "residentId", "r" + i, "communityId", "north", "bankId", "bank-x",
                        "productId", "p1", "purpose", "loan", "consentId", "k" + i, "band", "B", "eligible", true));
                apply("CreditChecked", at.plusSeconds(1), "residentId", "r" + i, "communityId", "north",
                        "bankId", "bank-y", "productId", "p2", "purpose", "card");
            }
            apply("CreditChecked", Instant.parse("2026-04-01T00:00:00Z"), "residentId", "r9", "communityId", "north",
                    "bankId", "bank-x", "productId", "p1", "purpose", "loan");

            ObjectNode first = queries(null).creditChecks("bank-x", 2, null);
            assertEquals(List.of(bankX.get(0), bankX.get(1)), txIds(first.get("items")));
            JsonNode item = first.get("items").get(0);
            assertEquals("loan", item.get("purpose").asText());
            assertEquals("k0", item.get("consentId").asText());
            assertEquals("B", item.get("band").asText());
            assertTrue(item.get("eligible").asBoolean());
            assertEquals(DAY0.toString(), item.get("at").asText());
            ObjectNode second = queries(null).creditChecks("bank-x", 2, ReportCursor.parse(first.get("nextCursor")
                    .asText()));
            assertEquals(List.of(bankX.get(2), bankX.get(3)), txIds(second.get("items")));
            ObjectNode last = queries(null).creditChecks("bank-x", 2, ReportCursor.parse(second.get("nextCursor")
                    .asText()));
            assertEquals(List.of(bankX.get(4)), txIds(last.get("items")));
            assertFalse(last.has("nextCursor"), "the last page has no cursor");

            ObjectNode every = queries("north").creditChecks(null, 100, null);
            assertEquals(10, every.get("items").size(), "both banks, the check of April left out");
            JsonNode older = every.get("items").get(1);
            assertFalse(older.has("consentId") || older.has("band") || older.has("eligible"), older.toString());
            assertEquals(0, queries("south").creditChecks(null, 100, null).get("items").size());
        }

        @Test
        void a_cursor_is_opaque_and_one_the_report_did_not_write_is_refused() {
            for (String bad : List.of("x!", "not-a-cursor", "%00", "djE6MTox", "djE6LTE6MTox", "v1:1:1:1",
                    "djE6MToxOjE6MQ", "a".repeat(200))) {
                ApiException refused = assertThrows(ApiException.class, () -> ReportCursor.parse(bad), bad);
                assertFalse(refused.getMessage().contains(bad), refused.getMessage());
            }
            ReportCursor cursor = new ReportCursor(1_700_000_000_000L, 42, 3);
            assertEquals(cursor, ReportCursor.parse(cursor.text()));
            assertNull(ReportCursor.parse(""));
        }
    }

    @Nested
    class Awards {
        @Test
        void counts_awards_points_residents_and_reversals_by_app_and_by_attester() throws SQLException {
            award("north", "app-a", "grid-1", "r1", 10, DAY0);
            award("north", "app-a", "grid-1", "r1", 10, DAY0.plusSeconds(60));
            award("north", "app-a", null, "r2", 5, DAY0.plusSeconds(120));
            award("north", "app-b", "grid-2", "r3", 7, DAY0.plusSeconds(180));
            award("south", "app-s", null, "r9", 100, DAY0);
            // an award of an older chaincode: no app id, counted for no app
            apply("PointsAwarded", DAY0, "contributionId", "old", "residentId", "r4", "communityId", "north",
                    "activityType", "patrol", "points", 3L);
            // the reversal names no app: it is found from the award
            apply("ContributionReversed", DAY0.plus(Duration.ofDays(1)), "contributionId", "c1", "residentId", "r1",
                    "communityId", "north", "reversedPoints", 10L, "reversedBy", "north-admin");

            ObjectNode report = queries("north").awards();
            JsonNode byApp = report.get("byApp");
            assertEquals(2, byApp.size(), byApp.toString());
            assertTally(byApp.get(0), "app-a", 3, 25, 2, 1, 10);
            assertTally(byApp.get(1), "app-b", 1, 7, 1, 0, 0);
            JsonNode byAttester = report.get("byAttester");
            assertEquals(2, byAttester.size(), byAttester.toString());
            assertTally(byAttester.get(0), "grid-1", 2, 20, 1, 1, 10);
            assertTally(byAttester.get(1), "grid-2", 1, 7, 1, 0, 0);
            assertEquals(3, queries(null).awards().get("byApp").size(), "every community for an auditor");
        }

        @Test
        void counts_pending_contributions_and_decisions_by_decider() throws SQLException {
            apply("ContributionPending", DAY0, "contributionId", "p1", "residentId", "r1", "communityId", "north",
                    "activityType", "care", "points", 20L, "appId", "app-a", "expiresAt", DAY0.plus(Duration.ofDays(14))
                            .toString());
            apply("ContributionPending", DAY0, "contributionId", "p2", "residentId", "r2", "communityId", "north",
                    "activityType", "care", "points", 30L, "appId", "app-a");
            apply("ContributionPending", DAY0, "contributionId", "p3", "residentId", "r3", "communityId", "north",
                    "activityType", "care", "points", 40L, "appId", "app-a");
            apply("PointsAwarded", DAY0.plusSeconds(600), "contributionId", "p1", "residentId", "r1",
                    "communityId", "north", "activityType", "care", "appId", "app-a", "points", 20L,
                    "approvedBy", "coordinator-1");
            apply("ContributionRejected", DAY0.plusSeconds(700), "contributionId", "p2", "residentId", "r2",
                    "communityId", "north", "rejectedBy", "coordinator-1", "points", 30L);

            ObjectNode report = queries("north").awards();
            JsonNode pending = report.get("pending").get(0);
            assertEquals(3, pending.get("recorded").asLong());
            assertEquals(90, pending.get("points").asLong());
            assertEquals(1, pending.get("undecided").asLong());
            JsonNode decision = report.get("decisions").get(0);
            assertEquals("coordinator-1", decision.get("decidedBy").asText());
            assertEquals(1, decision.get("approved").asLong());
            assertEquals(20, decision.get("approvedPoints").asLong());
            assertEquals(1, decision.get("rejected").asLong());
            assertEquals(1, report.get("byApp").get(0).get("awards").asLong(), "the approval paid one award");
        }

        @Test
        void an_event_applied_twice_counts_once() throws SQLException {
            ObjectNode payload = JSON.createObjectNode().put("contributionId", "c1").put("residentId", "r1")
                    .put("communityId", "north").put("appId", "app-a").put("points", 10);
            ProjectedEvent event = new ProjectedEvent(7, 0, "tx-7", "PointsAwarded", payload, DAY0);
            projection.apply(event, sql);
            projection.apply(event, sql);
            assertEquals(1, queries("north").awards().get("byApp").get(0).get("awards").asLong());
        }

        private void assertTally(JsonNode tally, String id, long awards, long points, long residents, long reversals,
                                 long reversedPoints) {
            assertEquals(id, tally.get("id").asText(), tally.toString());
            assertEquals(List.of(awards, points, residents, reversals, reversedPoints), List.of(
                    tally.get("awards").asLong(), tally.get("points").asLong(), tally.get("residents").asLong(),
                    tally.get("reversals").asLong(), tally.get("reversedPoints").asLong()), tally.toString());
        }
    }

    @Nested
    class Decisions {
        @Test
        void counts_reversals_and_resolutions_by_who_decided_and_lists_overdue_disputes() throws SQLException {
            String awardTx = award("north", "app-a", null, "r1", 10, DAY0);
            award("north", "app-a", null, "r2", 10, DAY0);
            apply("ContributionReversed", DAY0.plusSeconds(60), "contributionId", "c2", "residentId", "r2",
                    "communityId", "north", "reversedPoints", 10L, "reversedBy", "admin-1");
            apply("DisputeFiled", DAY0, "disputeId", "d1", "residentId", "r1", "communityId", "north",
                    "targetTxId", awardTx, "dueBy", DAY0.plus(Duration.ofDays(20)).toString());
            apply("DisputeResolved", DAY0.plus(Duration.ofDays(21)), "disputeId", "d1", "residentId", "r1",
                    "communityId", "north", "outcome", "UPHELD", "reversedPoints", 10L, "resolvedBy", "admin-2");
            String overdueTx = apply("DisputeFiled", DAY0.plus(Duration.ofDays(1)), "disputeId", "d2",
                    "residentId", "r2", "communityId", "north", "targetTxId", "tx-x",
                    "dueBy", DAY0.plus(Duration.ofDays(21)).toString());
            apply("DisputeFiled", DAY0.plus(Duration.ofDays(2)), "disputeId", "d3", "residentId", "r2",
                    "communityId", "north", "targetTxId", "tx-y", "dueBy", DAY0.plus(Duration.ofDays(22)).toString());
            apply("DisputeResolved", DAY0.plus(Duration.ofDays(3)), "disputeId", "d3", "residentId", "r2",
                    "communityId", "north", "outcome", "REJECTED", "resolvedBy", "admin-1");
            // filed by an older chaincode: no dueBy, never overdue
            apply("DisputeFiled", DAY0, "disputeId", "d4", "residentId", "r2", "communityId", "north",
                    "targetTxId", "tx-z");

            ObjectNode report = queries("north").decisions(DAY0.plus(Duration.ofDays(25)));
            JsonNode reversals = report.get("reversals");
            assertEquals(2, reversals.size(), reversals.toString());
            assertEquals("admin-1", reversals.get(0).get("decidedBy").asText());
            assertEquals(0, reversals.get(0).get("byDispute").asLong());
            assertEquals("admin-2", reversals.get(1).get("decidedBy").asText());
            assertEquals(1, reversals.get(1).get("byDispute").asLong());
            assertEquals(10, reversals.get(1).get("reversedPoints").asLong());
            JsonNode disputes = report.get("disputes");
            assertEquals("admin-1", disputes.get(0).get("resolvedBy").asText());
            assertEquals(1, disputes.get(0).get("rejected").asLong());
            assertEquals(0, disputes.get(0).get("late").asLong());
            assertEquals(1, disputes.get(1).get("upheld").asLong());
            assertEquals(1, disputes.get(1).get("late").asLong(), "resolved a day after its dueBy");
            assertEquals(1, report.get("overdueCount").asLong());
            JsonNode overdue = report.get("overdue").get(0);
            assertEquals("d2", overdue.get("disputeId").asText());
            assertEquals(overdueTx, overdue.get("txId").asText());
            assertEquals(4, overdue.get("daysOverdue").asLong());
            assertEquals(2, queries("north").awards().get("byApp").get(0).get("reversals").asLong(),
                    "both reversals are of the app's awards");
            assertEquals(0, queries("north").decisions(DAY0.plus(Duration.ofDays(20))).get("overdueCount").asLong(),
                    "not yet overdue");
        }
    }

    @Nested
    class Anomalies {
        @Test
        void traces_an_app_far_above_its_communitys_median_to_exactly_its_awards() throws SQLException {
            List<String> greedy = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                award("north", "app-a", null, "a" + r, 10, DAY0.plusSeconds(r));
                award("north", "app-b", null, "b" + r, 12, DAY0.plusSeconds(r));
                greedy.add(award("north", "app-c", null, "c" + (r % 2), 40, DAY0.plusSeconds(10 + r)));
            }
            award("south", "app-s", null, "s1", 1000, DAY0);

            ObjectNode report = queries("north").anomalies(3, 5);
            JsonNode findings = report.get("findings");
            assertEquals(1, findings.size(), findings.toString());
            JsonNode finding = findings.get(0);
            assertEquals("APP", finding.get("kind").asText());
            assertEquals("app-c", finding.get("subjectId").asText());
            assertEquals(80_000, finding.get("measurePerMille").asLong(), "160 points over 2 residents");
            assertEquals(12_000, finding.get("medianPerMille").asLong());
            assertEquals(3, finding.get("peers").asLong());
            assertEquals(4, finding.get("txCount").asLong());
            assertEquals(greedy, txIds(finding.get("txIds")));
            assertEquals(0, queries("north").anomalies(7, 5).get("findings").size(), "80 is not above 7 × 12");
        }

        @Test
        void finds_residents_at_the_cap_every_day_and_exchange_points_far_above_the_median() throws SQLException {
            List<String> capped = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                Instant day = DAY0.plus(Duration.ofDays(d));
                capped.add(award("north", "app-a", null, "r1", 30, day));
                capped.add(award("north", "app-a", null, "r1", 20, day.plusSeconds(60)));
                award("north", "app-a", null, "r2", 50, day);
            }
            award("north", "app-a", null, "r2", 10, DAY0.plus(Duration.ofDays(6)));
            List<String> busy = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                apply("PointsRedeemed", DAY0.plusSeconds(i), "redemptionId", "x" + i, "residentId", "r" + i,
                        "merchantId", "shop-1", "communityId", "north", "points", 10L);
                apply("PointsRedeemed", DAY0.plusSeconds(i), "redemptionId", "y" + i, "residentId", "r" + i,
                        "merchantId", "shop-2", "communityId", "north", "points", 12L);
                busy.add(apply("PointsRedeemed", DAY0.plusSeconds(i), "redemptionId", "z" + i, "residentId", "r1",
                        "merchantId", "shop-3", "communityId", "north", "points", 200L));
            }

            JsonNode findings = queries("north").anomalies(3, 5).get("findings");
            assertEquals(2, findings.size(), findings.toString());
            JsonNode cap = findings.get(0);
            assertEquals("CAPPED_RESIDENT", cap.get("kind").asText());
            assertEquals("r1", cap.get("subjectId").asText(), "r2 once below its cap");
            assertEquals("patrol", cap.get("activityType").asText());
            assertEquals(5, cap.get("days").asLong());
            assertEquals(250, cap.get("points").asLong());
            assertEquals(capped, txIds(cap.get("txIds")));
            JsonNode shop = findings.get(1);
            assertEquals("EXCHANGE_POINT", shop.get("kind").asText());
            assertEquals("shop-3", shop.get("subjectId").asText());
            assertEquals(600_000, shop.get("measurePerMille").asLong());
            assertEquals(36_000, shop.get("medianPerMille").asLong());
            assertEquals(busy, txIds(shop.get("txIds")));
            assertEquals(1, queries("north").anomalies(3, 6).get("findings").size(), "5 days are fewer than 6");
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void medians_and_ratios_are_integers_the_same_on_every_run() {
            assertEquals(12, Medians.median(List.of(40L, 12L, 10L)));
            assertEquals(11, Medians.median(List.of(10L, 12L)));
            assertEquals(10, Medians.median(List.of(10L, 11L)), "rounded down");
            assertEquals(Long.MAX_VALUE - 1, Medians.median(List.of(Long.MAX_VALUE, Long.MAX_VALUE - 2)));
            assertEquals(3333, Medians.perMille(10, 3));
            assertEquals(Long.MAX_VALUE, Medians.perMille(Long.MAX_VALUE, 1));
            assertTrue(Medians.exceeds(37, 3, 12));
            assertFalse(Medians.exceeds(36, 3, 12), "exactly the multiple is not above it");
            assertFalse(Medians.exceeds(Long.MAX_VALUE, 100, Long.MAX_VALUE / 2));
        }
    }

    private static List<String> txIds(JsonNode items) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            ids.add(item.isTextual() ? item.asText() : item.get("txId").asText());
        }
        return ids;
    }
}
