package org.civicledger.gateway.reports;

import static org.civicledger.gateway.reports.OversightProjection.APPROVED;
import static org.civicledger.gateway.reports.OversightProjection.AWARDS;
import static org.civicledger.gateway.reports.OversightProjection.CHECKS;
import static org.civicledger.gateway.reports.OversightProjection.DECISIONS;
import static org.civicledger.gateway.reports.OversightProjection.DISPUTES;
import static org.civicledger.gateway.reports.OversightProjection.OPEN;
import static org.civicledger.gateway.reports.OversightProjection.PENDING;
import static org.civicledger.gateway.reports.OversightProjection.REDEMPTIONS;
import static org.civicledger.gateway.reports.OversightProjection.REJECTED;
import static org.civicledger.gateway.reports.OversightProjection.REVERSALS;
import static org.civicledger.gateway.reports.OversightProjection.UPHELD;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicledger.api.Limits;

/**
 * The oversight and anomaly reports' SQL, over {@link OversightProjection}'s tables only: aggregates grouped in the
 * database, read through the (community, time) indexes so that a report reads the rows of its period and
 * community; anything that must be the same on H2 and PostgreSQL (the order of rows with nulls, medians) is done
 * here in Java, deterministically. Each method answers the JSON of its wire type ({@code org.civicledger.api.reports})
 * without {@code asOf}, which the resource adds.
 */
final class OversightQueries {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long DAY_MS = 86_400_000L;
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Connection sql;
    private final String community;
    private final ReportPeriod period;

    /**
     * @param community the community the report covers; null for every community
     * @param period    the report's period
     */
    OversightQueries(Connection sql, String community, ReportPeriod period) {
        this.sql = sql;
        this.community = community;
        this.period = period;
    }

    // --- credit checks

    /** One page of the credit checks of the period (and bank, and community), oldest first. */
    ObjectNode creditChecks(String bankId, int limit, ReportCursor after) throws SQLException {
        StringBuilder query = new StringBuilder("SELECT tx_id, block_no, tx_index, at_ms, at_text, community_id, "
                + "bank_id, product_id, purpose, consent_id, resident_id, band, eligible FROM " + CHECKS
                + " WHERE at_ms >= ? AND at_ms < ?");
        List<Object> values = new ArrayList<>(List.of(period.from().toEpochMilli(), period.to().toEpochMilli()));
        if (bankId != null) {
            query.append(" AND bank_id = ?");
            values.add(bankId);
        }
        if (community != null) {
            query.append(" AND community_id = ?");
            values.add(community);
        }
        if (after != null) {
            query.append(" AND (at_ms > ? OR (at_ms = ? AND (block_no > ? OR (block_no = ? AND tx_index > ?))))");
            values.addAll(List.of(after.atMs(), after.atMs(), after.block(), after.block(), after.tx()));
        }
        query.append(" ORDER BY at_ms, block_no, tx_index LIMIT ?");
        values.add(limit + 1);
        ObjectNode page = header();
        page.put("bankId", bankId);
        ArrayNode items = page.putArray("items");
        ReportCursor last = null;
        try (PreparedStatement statement = prepare(query.toString(), values); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                if (items.size() == limit) {
                    page.put("nextCursor", last.text());
                    break;
                }
                ObjectNode item = items.addObject();
                item.put("at", row.getString("at_text"));
                item.put("txId", row.getString("tx_id"));
                item.put("communityId", row.getString("community_id"));
                item.put("bankId", row.getString("bank_id"));
                putText(item, "productId", row.getString("product_id"));
                putText(item, "purpose", row.getString("purpose"));
                putText(item, "consentId", row.getString("consent_id"));
                putText(item, "residentId", row.getString("resident_id"));
                putText(item, "band", row.getString("band"));
                boolean eligible = row.getBoolean("eligible");
                if (!row.wasNull()) {
                    item.put("eligible", eligible);
                }
                last = new ReportCursor(row.getLong("at_ms"), row.getLong("block_no"), row.getInt("tx_index"));
            }
        }
        return withoutNulls(page);
    }

    // --- awards

    /** Awards by app and by attester, pending contributions, and decisions by decider. */
    ObjectNode awards() throws SQLException {
        ObjectNode report = header();
        tallies(report.putArray("byApp"), "app_id");
        tallies(report.putArray("byAttester"), "attester_id");
        ArrayNode pending = report.putArray("pending");
        try (PreparedStatement statement = prepare("SELECT community_id, COUNT(*), SUM(points), "
                + "SUM(CASE WHEN decided THEN 0 ELSE 1 END) FROM " + PENDING + where() + " GROUP BY community_id "
                + "ORDER BY community_id", scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                pending.addObject().put("communityId", row.getString(1)).put("recorded", row.getLong(2))
                        .put("points", row.getLong(3)).put("undecided", row.getLong(4));
            }
        }
        List<ObjectNode> decisions = new ArrayList<>();
        try (PreparedStatement statement = prepare("SELECT community_id, decided_by, "
                + "SUM(CASE WHEN decision = '" + APPROVED + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN decision = '" + APPROVED + "' THEN points ELSE 0 END), "
                + "SUM(CASE WHEN decision = '" + REJECTED + "' THEN 1 ELSE 0 END) FROM " + DECISIONS + where()
                + " AND decided_by IS NOT NULL GROUP BY community_id, decided_by", scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                decisions.add(JSON.objectNode().put("communityId", row.getString(1)).put("decidedBy", row.getString(2))
                        .put("approved", row.getLong(3)).put("approvedPoints", row.getLong(4))
                        .put("rejected", row.getLong(5)));
            }
        }
        report.putArray("decisions").addAll(sorted(decisions, "communityId", "decidedBy"));
        return withoutNulls(report);
    }

    /** The awards and reversals of each app (or attester) of the period, by community and id. */
    private void tallies(ArrayNode out, String column) throws SQLException {
        Map<List<String>, ObjectNode> tallies = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        try (PreparedStatement statement = prepare("SELECT community_id, " + column + ", COUNT(*), SUM(points), "
                + "COUNT(DISTINCT resident_id) FROM " + AWARDS + where() + " AND " + column + " IS NOT NULL "
                + "GROUP BY community_id, " + column, scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tally(tallies, row.getString(1), row.getString(2)).put("awards", row.getLong(3))
                        .put("points", row.getLong(4)).put("residents", row.getLong(5));
            }
        }
        try (PreparedStatement statement = prepare("SELECT community_id, " + column + ", COUNT(*), "
                + "SUM(reversed_points) FROM " + REVERSALS + where() + " AND " + column + " IS NOT NULL "
                + "GROUP BY community_id, " + column, scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tally(tallies, row.getString(1), row.getString(2)).put("reversals", row.getLong(3))
                        .put("reversedPoints", row.getLong(4));
            }
        }
        tallies.values().forEach(out::add);
    }

    private static ObjectNode tally(Map<List<String>, ObjectNode> tallies, String communityId, String id) {
        return tallies.computeIfAbsent(List.of(communityId, id), k -> JSON.objectNode().put("communityId", communityId)
                .put("id", id).put("awards", 0L).put("points", 0L).put("residents", 0L).put("reversals", 0L)
                .put("reversedPoints", 0L));
    }

    // --- decisions

    /**
     * Reversals by who decided, disputes resolved by whom, and the disputes open now whose dueBy passed before the
     * end of the period and before {@code now}.
     */
    ObjectNode decisions(Instant now) throws SQLException {
        ObjectNode report = header();
        List<ObjectNode> reversals = new ArrayList<>();
        try (PreparedStatement statement = prepare("SELECT community_id, decided_by, COUNT(*), SUM(reversed_points), "
                + "SUM(CASE WHEN dispute_id IS NULL THEN 0 ELSE 1 END) FROM " + REVERSALS + where()
                + " GROUP BY community_id, decided_by", scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ObjectNode tally = JSON.objectNode().put("communityId", row.getString(1));
                putText(tally, "decidedBy", row.getString(2));
                reversals.add(tally.put("reversals", row.getLong(3)).put("reversedPoints", row.getLong(4))
                        .put("byDispute", row.getLong(5)));
            }
        }
        report.putArray("reversals").addAll(sorted(reversals, "communityId", "decidedBy"));
        List<ObjectNode> disputes = new ArrayList<>();
        try (PreparedStatement statement = prepare("SELECT community_id, resolved_by, "
                + "SUM(CASE WHEN status = '" + UPHELD + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = '" + REJECTED + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN due_ms IS NOT NULL AND resolved_ms > due_ms THEN 1 ELSE 0 END) FROM " + DISPUTES
                + where("resolved_ms") + " GROUP BY community_id, resolved_by", scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ObjectNode tally = JSON.objectNode().put("communityId", row.getString(1));
                putText(tally, "resolvedBy", row.getString(2));
                disputes.add(tally.put("upheld", row.getLong(3)).put("rejected", row.getLong(4))
                        .put("late", row.getLong(5)));
            }
        }
        report.putArray("disputes").addAll(sorted(disputes, "communityId", "resolvedBy"));
        long dueBefore = Math.min(now.toEpochMilli(), period.to().toEpochMilli());
        String overdue = " FROM " + DISPUTES + " WHERE " + (community == null ? "" : "community_id = ? AND ")
                + "status = '" + OPEN + "' AND due_ms < ?";
        List<Object> values = community == null ? List.of(dueBefore) : List.of(community, dueBefore);
        ArrayNode list = report.putArray("overdue");
        try (PreparedStatement statement = prepare("SELECT community_id, dispute_id, resident_id, target_tx_id, "
                + "at_text, due_text, due_ms, tx_id" + overdue + " ORDER BY due_ms, block_no, tx_index LIMIT "
                + Limits.MAX_REPORT_ROWS, values);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ObjectNode item = list.addObject().put("communityId", row.getString(1))
                        .put("disputeId", row.getString(2));
                putText(item, "residentId", row.getString(3));
                putText(item, "targetTxId", row.getString(4));
                item.put("filedAt", row.getString(5)).put("dueBy", row.getString(6))
                        .put("daysOverdue", (now.toEpochMilli() - row.getLong(7)) / DAY_MS)
                        .put("txId", row.getString(8));
            }
        }
        report.put("overdueCount", count("SELECT COUNT(*)" + overdue, values));
        return withoutNulls(report);
    }

    // --- anomalies

    /** The anomalies of the period; {@code multiple} and {@code capDays} as the report states them. */
    ObjectNode anomalies(int multiple, int capDays) throws SQLException {
        ObjectNode report = header();
        report.put("multiple", multiple).put("capDays", capDays);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(perResident("APP", "app_id", multiple));
        findings.addAll(perResident("ATTESTER", "attester_id", multiple));
        findings.addAll(capped(capDays));
        findings.addAll(exchangePoints(multiple));
        findings.sort(Comparator.comparing(Finding::communityId).thenComparing(Finding::kindOrder)
                .thenComparing(Comparator.comparingLong(Finding::measure).reversed())
                .thenComparing(Finding::subjectId).thenComparing(f -> Objects.toString(f.activityType(), "")));
        ArrayNode out = report.putArray("findings");
        for (Finding f : findings) {
            out.add(f.json());
        }
        return withoutNulls(report);
    }

    /** Apps (or attesters) whose points per distinct resident exceed {@code multiple} × their community's median. */
    private List<Finding> perResident(String kind, String column, int multiple) throws SQLException {
        Map<String, List<Finding>> byCommunity = new TreeMap<>();
        try (PreparedStatement statement = prepare("SELECT community_id, " + column + ", COUNT(*), SUM(points), "
                + "COUNT(DISTINCT resident_id) FROM " + AWARDS + where() + " AND " + column + " IS NOT NULL "
                + "GROUP BY community_id, " + column, scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long points = row.getLong(4);
                long residents = row.getLong(5);
                byCommunity.computeIfAbsent(row.getString(1), c -> new ArrayList<>()).add(new Finding(kind,
                        row.getString(1), row.getString(2), null, points, residents,
                        Medians.perMille(points, residents), row.getLong(3)));
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Finding> peers : byCommunity.values()) {
            long median = Medians.median(peers.stream().map(Finding::measure).toList());
            for (Finding f : peers) {
                if (Medians.exceeds(f.measure(), multiple, median)) {
                    f.median = median;
                    f.peers = peers.size();
                    f.txIds = txIds("SELECT tx_id FROM " + AWARDS + " WHERE community_id = ? AND " + column
                            + " = ? AND at_ms >= ? AND at_ms < ?", f.communityId(), f.subjectId());
                    found.add(f);
                }
            }
        }
        return found;
    }

    /**
     * Residents awarded an activity type's whole daily cap on every day (UTC, as recorded) they were awarded it in
     * the period, on at least {@code capDays} days. Awards whose event did not carry the cap are left out.
     */
    private List<Finding> capped(int capDays) throws SQLException {
        List<Object> values = new ArrayList<>(scope());
        values.add(capDays);
        List<Finding> found = new ArrayList<>();
        try (PreparedStatement statement = prepare("SELECT community_id, resident_id, activity_type, COUNT(*), "
                + "SUM(day_points), SUM(awards) FROM (SELECT community_id, resident_id, activity_type, day_no, "
                + "SUM(points) AS day_points, MAX(daily_cap_points) AS cap, COUNT(*) AS awards FROM " + AWARDS
                + where() + " AND daily_cap_points IS NOT NULL AND resident_id IS NOT NULL "
                + "AND activity_type IS NOT NULL GROUP BY community_id, resident_id, activity_type, day_no) days "
                + "GROUP BY community_id, resident_id, activity_type "
                + "HAVING COUNT(*) >= ? AND SUM(CASE WHEN day_points >= cap THEN 1 ELSE 0 END) = COUNT(*)", values);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                Finding f = new Finding("CAPPED_RESIDENT", row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(5), 1, row.getLong(5), row.getLong(6));
                f.days = row.getLong(4);
                found.add(f);
            }
        }
        for (Finding f : found) {
            f.txIds = txIds("SELECT tx_id FROM " + AWARDS + " WHERE community_id = ? AND resident_id = ? "
                    + "AND activity_type = ? AND at_ms >= ? AND at_ms < ?", f.communityId(), f.subjectId(),
                    f.activityType());
        }
        return found;
    }

    /** Exchange points whose redeemed points exceed {@code multiple} × their community's median. */
    private List<Finding> exchangePoints(int multiple) throws SQLException {
        Map<String, List<Finding>> byCommunity = new TreeMap<>();
        try (PreparedStatement statement = prepare("SELECT community_id, merchant_id, COUNT(*), SUM(points), "
                + "COUNT(DISTINCT resident_id) FROM " + REDEMPTIONS + where() + " AND merchant_id IS NOT NULL "
                + "GROUP BY community_id, merchant_id", scope());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long points = row.getLong(4);
                byCommunity.computeIfAbsent(row.getString(1), c -> new ArrayList<>()).add(new Finding(
                        "EXCHANGE_POINT", row.getString(1), row.getString(2), null, points, row.getLong(5),
                        Medians.perMille(points, 1), row.getLong(3)));
            }
        }
        List<Finding> found = new ArrayList<>();
        for (List<Finding> peers : byCommunity.values()) {
            long median = Medians.median(peers.stream().map(Finding::measure).toList());
            for (Finding f : peers) {
                if (Medians.exceeds(f.measure(), multiple, median)) {
                    f.median = median;
                    f.peers = peers.size();
                    f.txIds = txIds("SELECT tx_id FROM " + REDEMPTIONS + " WHERE community_id = ? AND merchant_id = ? "
                            + "AND at_ms >= ? AND at_ms < ?", f.communityId(), f.subjectId());
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** One finding while it is worked out. */
    private static final class Finding {
        private static final List<String> KINDS = List.of("APP", "ATTESTER", "CAPPED_RESIDENT", "EXCHANGE_POINT");
        private final String kind;
        private final String communityId;
        private final String subjectId;
        private final String activityType;
        private final long points;
        private final long residents;
        private final long measure;
        private final long txCount;
        private Long median;
        private Integer peers;
        private Long days;
        private List<String> txIds = List.of();

        Finding(String kind, String communityId, String subjectId, String activityType, long points, long residents,
                long measure, long txCount) {
            this.kind = kind;
            this.communityId = communityId;
            this.subjectId = subjectId;
            this.activityType = activityType;
            this.points = points;
            this.residents = residents;
            this.measure = measure;
            this.txCount = txCount;
        }

        String communityId() { return communityId; }
        String subjectId() { return subjectId; }
        String activityType() { return activityType; }
        long measure() { return measure; }
        int kindOrder() { return KINDS.indexOf(kind); }

        ObjectNode json() {
            ObjectNode out = JSON.objectNode().put("kind", kind).put("communityId", communityId)
                    .put("subjectId", subjectId);
            putText(out, "activityType", activityType);
            out.put("points", points).put("residents", residents);
            if (median != null) {
                out.put("measurePerMille", measure).put("medianPerMille", median).put("peers", peers.longValue());
            }
            if (days != null) {
                out.put("days", days);
            }
            out.put("txCount", txCount);
            ArrayNode ids = out.putArray("txIds");
            txIds.forEach(ids::add);
            return out;
        }
    }

    // --- helpers

    private ObjectNode header() {
        ObjectNode out = JSON.objectNode();
        out.put("from", period.from().toString()).put("to", period.to().toString());
        putText(out, "communityId", community);
        return out;
    }

    /** {@code WHERE} of the scope over {@code at_ms}: the community (when one) and the period. */
    private String where() {
        return where("at_ms");
    }

    private String where(String time) {
        return " WHERE " + (community == null ? "" : "community_id = ? AND ") + time + " >= ? AND " + time + " < ?";
    }

    private List<Object> scope() {
        List<Object> values = new ArrayList<>();
        if (community != null) {
            values.add(community);
        }
        values.add(period.from().toEpochMilli());
        values.add(period.to().toEpochMilli());
        return values;
    }

    /** The first {@link Limits#MAX_REPORT_ROWS} txIds of a finding's query, oldest first. */
    private List<String> txIds(String query, String... keys) throws SQLException {
        List<Object> values = new ArrayList<>(List.of((Object[]) keys));
        values.add(period.from().toEpochMilli());
        values.add(period.to().toEpochMilli());
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(query + " ORDER BY at_ms, block_no, tx_index LIMIT "
                + Limits.MAX_REPORT_ROWS, values); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getString(1));
            }
        }
        return ids;
    }

    private long count(String query, List<Object> values) throws SQLException {
        try (PreparedStatement statement = prepare(query, values); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private PreparedStatement prepare(String query, List<Object> values) throws SQLException {
        PreparedStatement statement = sql.prepareStatement(query);
        try {
            for (int i = 0; i < values.size(); i++) {
                OversightProjection.bind(statement, i + 1, values.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Rows sorted by the text of {@code first}, then of {@code second} (absent first): the same on every database. */
    private static List<ObjectNode> sorted(List<ObjectNode> rows, String first, String second) {
        rows.sort(Comparator.comparing((ObjectNode n) -> n.path(first).asText(), NULLS_FIRST)
                .thenComparing(n -> n.has(second) ? n.get(second).asText() : null, NULLS_FIRST));
        return rows;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static ObjectNode withoutNulls(ObjectNode node) {
        List<String> nulls = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            }
        });
        node.remove(nulls);
        return node;
    }
}
