package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.civicledger.gateway.reports.CreditProgrammeQueries.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The credit programme projection fed {@link ProjectedEvent}s directly (payloads as the chaincode emits them), and
 * its report read back: the figures of a small programme by hand, the scopes of each reader, and the property that
 * the coverage and money computed straight from the events equal the report's, over generated programmes. On an
 * in-memory H2 database in PostgreSQL mode, or with {@code -Dcivic.read-model.jdbc-url=jdbc:postgresql:…}
 * (gateway-service/read-model-postgres.sh) in a new schema of that PostgreSQL database.
 */
class CreditProgrammeProjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant JANUARY = Instant.parse("2026-01-15T08:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-03T08:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-31T23:59:59Z");

    private final CreditProgrammeProjection projection = new CreditProgrammeProjection();
    private Connection sql;
    private int tx;

    @BeforeEach
    void open() throws SQLException {
        sql = ReportDatabase.open(projection);
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
    }

    // --- events as the chaincode writes them

    private void apply(String type, Instant at, Object... fields) throws SQLException {
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            payload.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        tx++;
        projection.apply(new ProjectedEvent(tx, 0, "tx" + tx, type, payload, at), sql);
        if (tx % 7 == 0) {
            projection.flush(sql); // the engine flushes once per batch of events
        }
    }

    private void enrol(String community, String resident, Instant at) throws SQLException {
        apply("ResidentEnrolled", at, "residentId", resident, "communityId", community);
    }

    private void household(String community, String household, Instant at) throws SQLException {
        apply("HouseholdRegistered", at, "communityId", community, "householdId", household, "headResidentId",
                resident(999), "memberCount", 2);
    }

    private void grant(String community, String bank, String decision, String resident, String household, long fen,
                       boolean override, Instant at) throws SQLException {
        ObjectNode p = JSON.createObjectNode().put("decisionId", decision).put("bankId", bank)
                .put("productId", "p1").put("communityId", community)
                .put("subjectType", household == null ? "RESIDENT" : "HOUSEHOLD").put("residentId", resident);
        if (household != null) {
            p.put("householdId", household);
        }
        p.put("checkTxId", "chk" + tx).put("outcome", "GRANTED").put("amountFen", fen).put("band", "A")
                .put("modelVersion", 1).put("override", override);
        if (override) {
            p.put("overrideReason", "COLLATERAL_PROVIDED");
        }
        applyPayload("LoanDecided", at, p);
    }

    private void decline(String community, String bank, String decision, String resident, Instant at)
            throws SQLException {
        applyPayload("LoanDecided", at, JSON.createObjectNode().put("decisionId", decision).put("bankId", bank)
                .put("productId", "p1").put("communityId", community).put("subjectType", "RESIDENT")
                .put("residentId", resident).put("checkTxId", "chk" + tx).put("outcome", "DECLINED").put("band", "D")
                .put("modelVersion", 1).put("override", false)
                .set("reasonCodes", JSON.createArrayNode().add("SCORE_TOO_LOW")));
    }

    private void line(String type, String community, String bank, String decision, long fen, Instant at)
            throws SQLException {
        ObjectNode p = JSON.createObjectNode().put("decisionId", decision).put("bankId", bank)
                .put("communityId", community).put("subjectType", "RESIDENT").put("residentId", resident(1));
        switch (type) {
            case "CreditLineDrawn" -> p.put("drawdownId", "d" + tx).put("amountFen", fen).put("drawnFen", fen);
            case "CreditLineRepaid" -> p.put("repaymentId", "r" + tx).put("amountFen", fen).put("outstandingFen", 0);
            default -> {
            }
        }
        applyPayload(type, at, p);
    }

    private void applyPayload(String type, Instant at, ObjectNode payload) throws SQLException {
        tx++;
        projection.apply(new ProjectedEvent(tx, 0, "tx" + tx, type, payload, at), sql);
    }

    private JsonNode report(Scope scope, String from, String to) throws SQLException {
        projection.flush(sql);
        return CreditProgrammeQueries.report(sql, scope, YearMonth.parse(from), YearMonth.parse(to));
    }

    private static String resident(int n) {
        return String.format("%064x", n);
    }

    /** Two communities, two banks: the figures by hand. */
    private void smallProgramme() throws SQLException {
        for (int r = 1; r <= 4; r++) {
            enrol("north", resident(r), JANUARY);
        }
        enrol("north", resident(5), FEBRUARY);
        enrol("south", resident(6), JANUARY);
        household("north", "h1", JANUARY);
        household("north", "h2", JANUARY);
        household("north", "h3", FEBRUARY);
        apply("HouseholdMemberMoved", FEBRUARY, "communityId", "north", "residentId", resident(2),
                "fromHouseholdId", "h1", "toHouseholdId", "h2");
        grant("north", "bank-a", "a1", resident(1), null, 50_000, false, JANUARY);
        grant("north", "bank-b", "b1", resident(1), null, 20_000, false, FEBRUARY); // same resident, second bank
        grant("north", "bank-a", "a2", resident(2), "h1", 300_000, true, FEBRUARY);
        grant("north", "bank-a", "a3", resident(3), "h1", 100_000, false, MARCH); // h1 again: still one household
        decline("north", "bank-b", "b2", resident(4), FEBRUARY);
        line("CreditLineDrawn", "north", "bank-a", "a1", 30_000, FEBRUARY);
        line("CreditLineRepaid", "north", "bank-a", "a1", 30_000, MARCH);
        line("CreditLineClosed", "north", "bank-a", "a1", 0, MARCH);
        line("CreditLineDrawn", "north", "bank-a", "a2", 120_000, MARCH);
        grant("south", "bank-b", "b3", resident(6), null, 10_000, false, MARCH);
    }

    @Nested
    class Figures {
        @Test
        void cumulative_figures_count_distinct_households_and_residents_and_add_up_the_money() throws SQLException {
            smallProgramme();
            JsonNode north = report(new Scope("north", null, true), "2026-01", "2026-03").at("/communities/0");
            assertEquals("north", north.path("communityId").asText());
            JsonNode total = north.path("cumulative");
            assertEquals(3, total.path("householdsEnrolled").asLong());
            assertEquals(1, total.path("householdsCredited").asLong(), "h1 twice is one household");
            assertEquals(JSON.createObjectNode().put("numerator", 1L).put("denominator", 3L).put("basisPoints", 3333L),
                    total.path("householdCoverage"));
            assertEquals(5, total.path("residentsEnrolled").asLong());
            assertEquals(1, total.path("residentsCredited").asLong(), "one resident with two banks' lines is one");
            assertEquals(2000, total.at("/residentCoverage/basisPoints").asLong());
            assertEquals(4, total.path("linesGranted").asLong());
            assertEquals(470_000, total.path("grantedFen").asLong());
            assertEquals(1, total.path("linesDeclined").asLong());
            assertEquals(150_000, total.path("drawnFen").asLong());
            assertEquals(30_000, total.path("repaidFen").asLong());
            assertEquals(120_000, total.path("outstandingFen").asLong());
            assertEquals(1, total.path("overrides").asLong());
            assertEquals(1, total.path("linesClosed").asLong());
        }

        @Test
        void months_are_the_flows_and_the_cumulative_figures_stop_at_the_period_end() throws SQLException {
            smallProgramme();
            JsonNode north = report(new Scope("north", null, true), "2026-02", "2026-02").at("/communities/0");
            JsonNode february = north.at("/months/0");
            assertEquals("2026-02", february.path("month").asText());
            assertEquals(1, north.path("months").size());
            assertEquals(1, february.path("residentsEnrolled").asLong());
            assertEquals(1, february.path("householdsEnrolled").asLong());
            assertEquals(1, february.path("householdsCredited").asLong());
            assertEquals(0, february.path("residentsCredited").asLong(), "credited first in January");
            assertEquals(2, february.path("linesGranted").asLong());
            assertEquals(320_000, february.path("grantedFen").asLong());
            assertEquals(30_000, february.path("drawnFen").asLong());
            JsonNode total = north.path("cumulative");
            assertEquals(3, total.path("linesGranted").asLong(), "March's grant is after the period");
            assertEquals(30_000, total.path("outstandingFen").asLong());
            assertEquals(5, total.path("residentsEnrolled").asLong());
        }

        @Test
        void a_month_without_events_is_listed_with_zeros_and_nothing_enrolled_has_no_basis_points()
                throws SQLException {
            JsonNode report = report(new Scope("empty", null, true), "2025-11", "2026-01");
            assertEquals(3, report.at("/communities/0/months").size());
            assertEquals(0, report.at("/communities/0/months/1/linesGranted").asLong());
            JsonNode coverage = report.at("/programme/cumulative/householdCoverage");
            assertEquals(0, coverage.path("denominator").asLong());
            assertFalse(coverage.has("basisPoints"));
        }

        @Test
        void per_bank_figures_count_what_that_bank_credited() throws SQLException {
            smallProgramme();
            JsonNode report = report(new Scope(null, null, true), "2026-01", "2026-03");
            JsonNode north = report.at("/communities/0");
            assertEquals(List.of("bank-a", "bank-b"), ids(north.path("banks"), "bankId"));
            JsonNode bankB = north.at("/banks/1/cumulative");
            assertEquals(1, bankB.path("residentsCredited").asLong());
            assertEquals(20_000, bankB.path("grantedFen").asLong());
            assertEquals(1, bankB.path("linesDeclined").asLong());
            assertEquals(5, bankB.path("residentsEnrolled").asLong(), "the community's enrolments");
            JsonNode topBankB = report.at("/banks/1");
            assertEquals("bank-b", topBankB.path("bankId").asText());
            assertEquals(6, topBankB.at("/cumulative/residentsEnrolled").asLong(), "north and south, where it lends");
            assertEquals(2, topBankB.at("/cumulative/residentsCredited").asLong());
            JsonNode bankA = report.at("/banks/0/cumulative");
            assertEquals(5, bankA.path("residentsEnrolled").asLong(), "north only: bank-a lends nowhere else");
            JsonNode programme = report.at("/programme/cumulative");
            assertEquals(6, programme.path("residentsEnrolled").asLong());
            assertEquals(2, programme.path("residentsCredited").asLong());
            assertEquals(480_000, programme.path("grantedFen").asLong());
        }
    }

    @Nested
    class Scopes {
        @Test
        void an_admins_report_is_its_community_over_every_bank_without_bank_rows() throws SQLException {
            smallProgramme();
            JsonNode report = report(new Scope("north", null, false), "2026-01", "2026-03");
            assertFalse(report.has("banks"));
            assertEquals(1, report.path("communities").size());
            assertFalse(report.at("/communities/0").has("banks"));
            assertEquals(report.at("/communities/0/cumulative"), report.at("/programme/cumulative"));
        }

        @Test
        void a_banks_report_holds_its_own_figures_only_in_the_communities_where_it_lends() throws SQLException {
            smallProgramme();
            JsonNode report = report(new Scope(null, "bank-a", true), "2026-01", "2026-03");
            assertEquals("bank-a", report.path("bankId").asText());
            assertEquals(List.of("north"), ids(report.path("communities"), "communityId"));
            assertEquals(List.of("bank-a"), ids(report.path("banks"), "bankId"));
            JsonNode north = report.at("/communities/0/cumulative");
            assertEquals(0, north.path("linesDeclined").asLong(), "bank-b's decline is not bank-a's");
            assertEquals(450_000, north.path("grantedFen").asLong());
            assertEquals(1, north.path("residentsCredited").asLong());
            assertEquals(1, north.path("householdsCredited").asLong());
            assertFalse(report.toString().contains("bank-b"));
        }
    }

    // --- the property: the report equals the figures computed from the events themselves

    /** One generated event, and what it means for the figures computed directly. */
    private record Fact(String type, String community, String bank, String subjectType, String subject, long fen,
                        boolean granted, boolean override, Instant at) {
    }

    @Test
    void coverage_and_money_computed_from_the_events_equal_the_report_over_generated_programmes()
            throws SQLException {
        Random random = new Random(17);
        for (int programme = 0; programme < 25; programme++) {
            try (Statement wipe = sql.createStatement()) {
                for (String table : projection.tables()) {
                    wipe.execute("DELETE FROM " + table);
                }
            }
            List<Fact> ledger = generate(random);
            for (Fact f : ledger) {
                emit(f);
            }
            YearMonth to = YearMonth.of(2026, 1 + random.nextInt(6));
            YearMonth from = to.minusMonths(random.nextInt(3));
            JsonNode report = report(new Scope(null, null, true), from.toString(), to.toString());
            Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Fact> upToEnd = ledger.stream().filter(f -> f.at().isBefore(end)).toList();
            for (JsonNode community : report.path("communities")) {
                String id = community.path("communityId").asText();
                assertFigures(upToEnd, id, null, community.path("cumulative"), "programme " + programme + " " + id);
                for (JsonNode bank : community.path("banks")) {
                    assertFigures(upToEnd, id, bank.path("bankId").asText(), bank.path("cumulative"),
                            "programme " + programme + " " + id + "/" + bank.path("bankId").asText());
                }
            }
            Set<String> communities = new TreeSet<>();
            upToEnd.forEach(f -> communities.add(f.community()));
            assertEquals(new ArrayList<>(communities), ids(report.path("communities"), "communityId"));
            assertMonthlyFlowsAddUp(report, ledger, from, to);
        }
    }

    private List<Fact> generate(Random random) {
        List<Fact> facts = new ArrayList<>();
        List<String> communities = List.of("c1", "c2", "c3").subList(0, 1 + random.nextInt(3));
        List<String> banks = List.of("bank-x", "bank-y");
        Map<String, List<String>> residents = new HashMap<>();
        Map<String, List<String>> households = new HashMap<>();
        Map<String, long[]> lines = new HashMap<>(); // decision → {community index, bank index, amount, drawn, repaid}
        Instant at = Instant.parse("2025-12-20T00:00:00Z");
        int events = 40 + random.nextInt(80);
        for (int i = 0; i < events; i++) {
            at = at.plusSeconds(random.nextInt(3 * 86_400));
            String community = communities.get(random.nextInt(communities.size()));
            String bank = banks.get(random.nextInt(banks.size()));
            List<String> rs = residents.computeIfAbsent(community, c -> new ArrayList<>());
            List<String> hs = households.computeIfAbsent(community, c -> new ArrayList<>());
            int kind = random.nextInt(10);
            if (kind < 3 || rs.isEmpty()) {
                String r = community + "-r" + i;
                rs.add(r);
                facts.add(new Fact("ResidentEnrolled", community, null, "RESIDENT", r, 0, false, false, at));
            } else if (kind < 4) {
                String h = community + "-h" + i;
                hs.add(h);
                facts.add(new Fact("HouseholdRegistered", community, null, "HOUSEHOLD", h, 0, false, false, at));
            } else if (kind < 7) {
                boolean household = !hs.isEmpty() && random.nextBoolean();
                String subject = household ? hs.get(random.nextInt(hs.size())) : rs.get(random.nextInt(rs.size()));
                boolean granted = random.nextInt(4) > 0;
                long fen = granted ? 1 + random.nextInt(1_000_000) : 0;
                String decision = "dec" + i;
                facts.add(new Fact("LoanDecided:" + decision, community, bank, household ? "HOUSEHOLD" : "RESIDENT",
                        subject, fen, granted, granted && random.nextInt(5) == 0, at));
                if (granted) {
                    lines.put(decision, new long[] {communities.indexOf(community), banks.indexOf(bank), fen, 0, 0});
                }
            } else if (!lines.isEmpty()) {
                List<String> ids = new ArrayList<>(new TreeSet<>(lines.keySet()));
                String decision = ids.get(random.nextInt(ids.size()));
                long[] line = lines.get(decision);
                String c = communities.get((int) line[0]);
                String b = banks.get((int) line[1]);
                if (kind < 9 && line[3] < line[2]) {
                    long fen = 1 + (long) random.nextInt((int) Math.min(Integer.MAX_VALUE, line[2] - line[3]));
                    line[3] += fen;
                    facts.add(new Fact("CreditLineDrawn", c, b, null, decision, fen, false, false, at));
                } else if (line[4] < line[3]) {
                    long fen = 1 + (long) random.nextInt((int) (line[3] - line[4]));
                    line[4] += fen;
                    facts.add(new Fact("CreditLineRepaid", c, b, null, decision, fen, false, false, at));
                } else if (line[3] == line[4]) {
                    lines.remove(decision);
                    facts.add(new Fact("CreditLineClosed", c, b, null, decision, 0, false, false, at));
                }
            }
        }
        return facts;
    }

    private void emit(Fact f) throws SQLException {
        if (f.type().equals("ResidentEnrolled")) {
            enrol(f.community(), f.subject(), f.at());
        } else if (f.type().equals("HouseholdRegistered")) {
            household(f.community(), f.subject(), f.at());
        } else if (f.type().startsWith("LoanDecided:")) {
            String decision = f.type().substring("LoanDecided:".length());
            boolean household = f.subjectType().equals("HOUSEHOLD");
            if (f.granted()) {
                grant(f.community(), f.bank(), decision, household ? resident(1) : f.subject(),
                        household ? f.subject() : null, f.fen(), f.override(), f.at());
            } else {
                decline(f.community(), f.bank(), decision, f.subject(), f.at());
            }
        } else {
            line(f.type(), f.community(), f.bank(), f.subject(), f.fen(), f.at());
        }
    }

    /** The figures of a community (and bank), computed from the facts alone, against the report's. */
    private static void assertFigures(List<Fact> facts, String community, String bank, JsonNode cumulative,
                                      String what) {
        long residents = 0;
        long households = 0;
        Set<String> creditedResidents = new HashSet<>();
        Set<String> creditedHouseholds = new HashSet<>();
        long granted = 0;
        long grantedFen = 0;
        long declined = 0;
        long drawn = 0;
        long repaid = 0;
        long overrides = 0;
        for (Fact f : facts) {
            if (!f.community().equals(community)) {
                continue;
            }
            if (f.type().equals("ResidentEnrolled")) {
                residents++;
            } else if (f.type().equals("HouseholdRegistered")) {
                households++;
            } else if (bank == null || bank.equals(f.bank())) {
                if (f.type().startsWith("LoanDecided:") && f.granted()) {
                    granted++;
                    grantedFen += f.fen();
                    (f.subjectType().equals("HOUSEHOLD") ? creditedHouseholds : creditedResidents).add(f.subject());
                    overrides += f.override() ? 1 : 0;
                } else if (f.type().startsWith("LoanDecided:")) {
                    declined++;
                } else if (f.type().equals("CreditLineDrawn")) {
                    drawn += f.fen();
                } else if (f.type().equals("CreditLineRepaid")) {
                    repaid += f.fen();
                }
            }
        }
        assertEquals(coverage(creditedHouseholds.size(), households), cumulative.path("householdCoverage"), what);
        assertEquals(coverage(creditedResidents.size(), residents), cumulative.path("residentCoverage"), what);
        assertEquals(granted, cumulative.path("linesGranted").asLong(), what);
        assertEquals(grantedFen, cumulative.path("grantedFen").asLong(), what);
        assertEquals(declined, cumulative.path("linesDeclined").asLong(), what);
        assertEquals(drawn, cumulative.path("drawnFen").asLong(), what);
        assertEquals(repaid, cumulative.path("repaidFen").asLong(), what);
        assertEquals(drawn - repaid, cumulative.path("outstandingFen").asLong(), what);
        assertEquals(overrides, cumulative.path("overrides").asLong(), what);
        assertTrue(repaid <= drawn, what);
    }

    /** basis points by BigDecimal, independently of the report's integer division */
    private static JsonNode coverage(long credited, long enrolled) {
        ObjectNode c = JSON.createObjectNode().put("numerator", credited).put("denominator", enrolled);
        if (enrolled > 0) {
            c.put("basisPoints", new java.math.BigDecimal(credited).movePointRight(4)
                    .divide(new java.math.BigDecimal(enrolled), 0, java.math.RoundingMode.FLOOR).longValueExact());
        }
        return c;
    }

    /** The programme's monthly flows are the facts of each month. */
    private static void assertMonthlyFlowsAddUp(JsonNode report, List<Fact> ledger, YearMonth from, YearMonth to) {
        JsonNode months = report.at("/programme/months");
        assertEquals(from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1, months.size());
        for (JsonNode month : months) {
            YearMonth ym = YearMonth.parse(month.path("month").asText());
            long drawn = 0;
            long granted = 0;
            long enrolled = 0;
            for (Fact f : ledger) {
                if (!YearMonth.from(f.at().atOffset(ZoneOffset.UTC)).equals(ym)) {
                    continue;
                }
                drawn += f.type().equals("CreditLineDrawn") ? f.fen() : 0;
                granted += f.type().startsWith("LoanDecided:") && f.granted() ? 1 : 0;
                enrolled += f.type().equals("ResidentEnrolled") ? 1 : 0;
            }
            assertEquals(drawn, month.path("drawnFen").asLong(), ym.toString());
            assertEquals(granted, month.path("linesGranted").asLong(), ym.toString());
            assertEquals(enrolled, month.path("residentsEnrolled").asLong(), ym.toString());
        }
    }

    private static List<String> ids(JsonNode rows, String field) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path(field).asText()));
        return ids;
    }
}
