package org.civicledger.gateway.reports;

import static org.civicledger.gateway.reports.CreditProgrammeProjection.ANY_BANK;
import static org.civicledger.gateway.reports.CreditProgrammeProjection.MONTHS;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicledger.gateway.reports.CreditProgrammeProjection.Measure;

/**
 * The credit programme report's SQL and arithmetic, over {@link CreditProgrammeProjection}'s monthly rows: the rows
 * of the scope up to the period's last month are read (one per community, bank and month: bounded by the
 * programme's size, not by its transactions) and added up here in Java with {@code Math.addExact}, so that H2 and
 * PostgreSQL give the same answer. Answers the JSON of {@code api.reports.CreditProgrammeReport} without
 * {@code asOf}, which the resource adds.
 *
 * <p>The figures of a scope: enrolments (and, over every bank, the households and residents credited) come from
 * the community rows of no bank; a single bank's credited counts and every other measure from the rows of the banks
 * in scope. A bank's figures over several communities cover the communities where it recorded a decision, so its
 * coverage is measured against the enrolments where it lends.
 */
final class CreditProgrammeQueries {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int COUNT = Measure.values().length;

    /**
     * Who the report is for.
     *
     * @param community the one community it covers, or null for every community
     * @param bank      the one bank it covers, or null for every bank
     * @param perBank   whether it shows figures per bank (not on an ADMIN's report)
     */
    record Scope(String community, String bank, boolean perBank) {
    }

    private final Scope scope;
    private final YearMonth first;
    private final YearMonth last;
    /** community → bank ({@value CreditProgrammeProjection#ANY_BANK} for none) → month → counters. */
    private final Map<String, Map<String, TreeMap<String, long[]>>> rows = new TreeMap<>();

    private CreditProgrammeQueries(Scope scope, YearMonth first, YearMonth last) {
        this.scope = scope;
        this.first = first;
        this.last = last;
    }

    /** The report of {@code scope} for the months {@code first} to {@code last} (both included). */
    static ObjectNode report(Connection sql, Scope scope, YearMonth first, YearMonth last) throws SQLException {
        CreditProgrammeQueries queries = new CreditProgrammeQueries(scope, first, last);
        queries.read(sql);
        return queries.answer();
    }

    private void read(Connection sql) throws SQLException {
        StringBuilder query = new StringBuilder("SELECT community_id, bank_id, ym");
        for (Measure m : Measure.values()) {
            query.append(", ").append(m.column());
        }
        query.append(" FROM ").append(MONTHS).append(" WHERE ym <= ?");
        List<String> values = new ArrayList<>(List.of(last.toString()));
        if (scope.community() != null) {
            query.append(" AND community_id = ?");
            values.add(scope.community());
        }
        if (scope.bank() != null) {
            query.append(" AND bank_id IN (?, ?)");
            values.add(ANY_BANK);
            values.add(scope.bank());
        }
        try (PreparedStatement statement = sql.prepareStatement(query.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long[] counters = new long[COUNT];
                    for (int i = 0; i < COUNT; i++) {
                        counters[i] = row.getLong(4 + i);
                    }
                    rows.computeIfAbsent(row.getString(1), c -> new TreeMap<>())
                            .computeIfAbsent(row.getString(2), b -> new TreeMap<>())
                            .put(row.getString(3).trim(), counters);
                }
            }
        }
    }

    private ObjectNode answer() {
        ObjectNode report = JSON.objectNode();
        report.put("from", first.toString()).put("to", last.toString());
        if (scope.community() != null) {
            report.put("communityId", scope.community());
        }
        if (scope.bank() != null) {
            report.put("bankId", scope.bank());
        }
        Set<String> communities = communities(scope.bank());
        report.set("programme", figures(null, null, communities, scope.bank()));
        ArrayNode perCommunity = report.putArray("communities");
        for (String community : communities) {
            ObjectNode figures = figures(community, scope.bank(), Set.of(community), scope.bank());
            if (scope.perBank() && scope.bank() == null) {
                ArrayNode banks = figures.putArray("banks");
                for (String bank : banksOf(List.of(community))) {
                    banks.add(figures(community, bank, Set.of(community), bank));
                }
            }
            perCommunity.add(figures);
        }
        if (scope.perBank()) {
            ArrayNode banks = report.putArray("banks");
            Set<String> all = scope.bank() != null ? Set.of(scope.bank()) : banksOf(communities);
            for (String bank : all) {
                banks.add(figures(null, bank, communities(bank), bank));
            }
        }
        return report;
    }

    /** The communities of the report: the one it names, else those with rows (of {@code bank}, when one). */
    private Set<String> communities(String bank) {
        Set<String> communities = new TreeSet<>();
        if (scope.community() != null) {
            communities.add(scope.community());
            return communities;
        }
        rows.forEach((community, banks) -> {
            if (bank == null || banks.containsKey(bank)) {
                communities.add(community);
            }
        });
        return communities;
    }

    private Set<String> banksOf(Collection<String> communities) {
        Set<String> banks = new TreeSet<>();
        for (String community : communities) {
            rows.getOrDefault(community, Map.of()).keySet().stream().filter(b -> !b.equals(ANY_BANK))
                    .forEach(banks::add);
        }
        return banks;
    }

    /**
     * The figures of {@code bank} (null: every bank) over {@code communities}, labelled with {@code communityId} and
     * {@code bankId} when not null.
     */
    private ObjectNode figures(String communityId, String bankId, Set<String> communities, String bank) {
        long[] total = new long[COUNT];
        Map<String, long[]> byMonth = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new long[COUNT]);
        }
        for (String community : communities) {
            rows.getOrDefault(community, Map.of()).forEach((rowBank, months) -> months.forEach((month, counters) -> {
                long[] flow = byMonth.get(month);
                for (Measure m : Measure.values()) {
                    if (counts(m, rowBank, bank)) {
                        int i = m.ordinal();
                        total[i] = Math.addExact(total[i], counters[i]);
                        if (flow != null) {
                            flow[i] = Math.addExact(flow[i], counters[i]);
                        }
                    }
                }
            }));
        }
        ObjectNode figures = JSON.objectNode();
        if (communityId != null) {
            figures.put("communityId", communityId);
        }
        if (bankId != null) {
            figures.put("bankId", bankId);
        }
        figures.set("cumulative", cumulative(total));
        ArrayNode months = figures.putArray("months");
        byMonth.forEach((month, flow) -> {
            ObjectNode row = months.addObject().put("month", month);
            for (Measure m : Measure.values()) {
                row.put(m.wire, flow[m.ordinal()]);
            }
        });
        return figures;
    }

    /**
     * Whether a row of {@code rowBank} contributes {@code measure} to the figures of {@code bank} (null: every bank).
     * Enrolments are on the rows of no bank only; credited counts are distinct, so over every bank they come from
     * the rows of no bank (a household credited by two banks is one), for one bank from that bank's rows.
     */
    private static boolean counts(Measure measure, String rowBank, String bank) {
        boolean noBank = rowBank.equals(ANY_BANK);
        return switch (measure) {
            case HOUSEHOLDS_ENROLLED, RESIDENTS_ENROLLED -> noBank;
            case HOUSEHOLDS_CREDITED, RESIDENTS_CREDITED -> bank == null ? noBank : rowBank.equals(bank);
            default -> !noBank && (bank == null || rowBank.equals(bank));
        };
    }

    private static ObjectNode cumulative(long[] total) {
        ObjectNode cumulative = JSON.objectNode();
        long households = total[Measure.HOUSEHOLDS_ENROLLED.ordinal()];
        long householdsCredited = total[Measure.HOUSEHOLDS_CREDITED.ordinal()];
        long residents = total[Measure.RESIDENTS_ENROLLED.ordinal()];
        long residentsCredited = total[Measure.RESIDENTS_CREDITED.ordinal()];
        cumulative.put("householdsEnrolled", households).put("householdsCredited", householdsCredited);
        cumulative.set("householdCoverage", coverage(householdsCredited, households));
        cumulative.put("residentsEnrolled", residents).put("residentsCredited", residentsCredited);
        cumulative.set("residentCoverage", coverage(residentsCredited, residents));
        long drawn = total[Measure.DRAWN_FEN.ordinal()];
        long repaid = total[Measure.REPAID_FEN.ordinal()];
        cumulative.put("linesGranted", total[Measure.LINES_GRANTED.ordinal()])
                .put("grantedFen", total[Measure.GRANTED_FEN.ordinal()])
                .put("linesDeclined", total[Measure.LINES_DECLINED.ordinal()])
                .put("drawnFen", drawn).put("repaidFen", repaid).put("outstandingFen", Math.subtractExact(drawn, repaid))
                .put("overrides", total[Measure.OVERRIDES.ordinal()])
                .put("linesClosed", total[Measure.LINES_CLOSED.ordinal()]);
        return cumulative;
    }

    /** credited ÷ enrolled: the fraction as counted, and basis points rounded down (none of nothing enrolled). */
    static ObjectNode coverage(long credited, long enrolled) {
        ObjectNode coverage = JSON.objectNode().put("numerator", credited).put("denominator", enrolled);
        if (enrolled > 0) {
            coverage.put("basisPoints", Math.multiplyExact(credited, 10_000L) / enrolled);
        }
        return coverage;
    }
}
