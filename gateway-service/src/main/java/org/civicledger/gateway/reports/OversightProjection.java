package org.civicledger.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.civicledger.gateway.readmodel.Projection;

/**
 * The facts the oversight and anomaly reports read, one row per transaction (keyed by its txId), indexed by
 * community and time: awards (app, attester, activity type, category, day, points, the type's daily cap, who
 * approved), pending contributions and the decisions on them, reversals (who decided, through which dispute),
 * credit checks (bank, product, purpose, consent, band), disputes (dueBy, who resolved them how) and redemptions
 * (exchange point). Fields an older chaincode did not put in its events are stored as null ("unknown"): an award
 * without an app id counts for no app, a dispute without {@code dueBy} is never overdue.
 *
 * <p>Every table is indexed by (community, time) for a community's report and by time alone for an AUDITOR's report
 * of every community, so a report reads the rows of its period (and community), never a whole table.
 *
 * <p>Times are kept twice: {@code at_ms} (epoch milliseconds, for ranges and order) and {@code at_text} (the
 * transaction's own ISO-8601 text, for answers). The {@code day_no} of an award is the UTC day it was recorded
 * (epoch day): the day whose daily cap it counted against (an approval counts on the day of the approval).
 */
@ApplicationScoped
public class OversightProjection implements Projection {
    static final String AWARDS = "rm_ov_awards";
    static final String PENDING = "rm_ov_pending";
    static final String DECISIONS = "rm_ov_decisions";
    static final String REVERSALS = "rm_ov_reversals";
    static final String CHECKS = "rm_ov_credit_checks";
    static final String DISPUTES = "rm_ov_disputes";
    static final String REDEMPTIONS = "rm_ov_redemptions";

    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
    static final String OPEN = "OPEN";
    static final String UPHELD = "UPHELD";

    private static final String ID = "VARCHAR(256)";
    private static final String ACTOR = "VARCHAR(1024)";
    private static final String TX = "tx_id VARCHAR(128) PRIMARY KEY, block_no BIGINT NOT NULL, tx_index INT NOT NULL, "
            + "at_ms BIGINT NOT NULL, at_text VARCHAR(64) NOT NULL, community_id " + ID + " NOT NULL, ";

    /** Prepared statements by connection (weakly: a connection the pool drops takes its statements with it). */
    private final Map<Connection, Map<String, PreparedStatement>> prepared = new WeakHashMap<>();

    @Override
    public String name() {
        return "oversight";
    }

    @Override
    public List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + AWARDS + " (" + TX + "contribution_id " + ID + ", resident_id " + ID
                        + ", app_id " + ID + ", attester_id " + ID + ", activity_type " + ID + ", category " + ID
                        + ", day_no BIGINT NOT NULL, points BIGINT NOT NULL, daily_cap_points BIGINT, approved_by "
                        + ACTOR + ")",
                "CREATE INDEX IF NOT EXISTS rm_ov_awards_time ON " + AWARDS + " (community_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_awards_at ON " + AWARDS + " (at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_awards_app ON " + AWARDS + " (community_id, app_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_awards_attester ON " + AWARDS + " (community_id, attester_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_awards_contribution ON " + AWARDS + " (community_id, contribution_id)",
                "CREATE TABLE IF NOT EXISTS " + PENDING + " (" + TX + "contribution_id " + ID + ", resident_id " + ID
                        + ", app_id " + ID + ", attester_id " + ID + ", activity_type " + ID
                        + ", points BIGINT NOT NULL, expires_ms BIGINT, decided BOOLEAN NOT NULL)",
                "CREATE INDEX IF NOT EXISTS rm_ov_pending_time ON " + PENDING + " (community_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_pending_at ON " + PENDING + " (at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_pending_contribution ON " + PENDING
                        + " (community_id, contribution_id)",
                "CREATE TABLE IF NOT EXISTS " + DECISIONS + " (" + TX + "contribution_id " + ID
                        + ", decision VARCHAR(16) NOT NULL, decided_by " + ACTOR + ", points BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS rm_ov_decisions_time ON " + DECISIONS + " (community_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_decisions_at ON " + DECISIONS + " (at_ms)",
                "CREATE TABLE IF NOT EXISTS " + REVERSALS + " (" + TX + "contribution_id " + ID + ", award_tx_id "
                        + "VARCHAR(128), resident_id " + ID + ", app_id " + ID + ", attester_id " + ID
                        + ", decided_by " + ACTOR + ", reversed_points BIGINT NOT NULL, dispute_id " + ID + ")",
                "CREATE INDEX IF NOT EXISTS rm_ov_reversals_time ON " + REVERSALS + " (community_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_reversals_at ON " + REVERSALS + " (at_ms)",
                "CREATE TABLE IF NOT EXISTS " + CHECKS + " (" + TX + "bank_id " + ID + " NOT NULL, product_id " + ID
                        + ", purpose " + ID + ", consent_id " + ID + ", resident_id " + ID
                        + ", band VARCHAR(8), eligible BOOLEAN)",
                "CREATE INDEX IF NOT EXISTS rm_ov_checks_time ON " + CHECKS + " (at_ms, block_no, tx_index)",
                "CREATE INDEX IF NOT EXISTS rm_ov_checks_bank ON " + CHECKS + " (bank_id, at_ms, block_no, tx_index)",
                "CREATE INDEX IF NOT EXISTS rm_ov_checks_community ON " + CHECKS
                        + " (community_id, at_ms, block_no, tx_index)",
                "CREATE TABLE IF NOT EXISTS " + DISPUTES + " (" + TX + "dispute_id " + ID + " NOT NULL, resident_id "
                        + ID + ", target_tx_id VARCHAR(128), due_ms BIGINT, due_text VARCHAR(64), status VARCHAR(16) "
                        + "NOT NULL, resolved_by " + ACTOR + ", resolved_ms BIGINT, resolved_tx_id VARCHAR(128))",
                "CREATE INDEX IF NOT EXISTS rm_ov_disputes_id ON " + DISPUTES + " (community_id, dispute_id)",
                "CREATE INDEX IF NOT EXISTS rm_ov_disputes_due ON " + DISPUTES + " (community_id, status, due_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_disputes_open ON " + DISPUTES + " (status, due_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_disputes_resolved ON " + DISPUTES + " (community_id, resolved_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_disputes_resolved_at ON " + DISPUTES + " (resolved_ms)",
                "CREATE TABLE IF NOT EXISTS " + REDEMPTIONS + " (" + TX + "merchant_id " + ID + ", resident_id " + ID
                        + ", points BIGINT NOT NULL, value_fen BIGINT)",
                "CREATE INDEX IF NOT EXISTS rm_ov_redemptions_time ON " + REDEMPTIONS + " (community_id, at_ms)",
                "CREATE INDEX IF NOT EXISTS rm_ov_redemptions_at ON " + REDEMPTIONS + " (at_ms)");
    }

    @Override
    public List<String> tables() {
        return List.of(AWARDS, PENDING, DECISIONS, REVERSALS, CHECKS, DISPUTES, REDEMPTIONS);
    }

    @Override
    public void apply(ProjectedEvent event, Connection sql) throws SQLException {
        if (event.text("communityId") == null) {
            return; // every fact of these reports belongs to a community
        }
        switch (event.type()) {
            case "PointsAwarded" -> awarded(event, sql);
            case "ContributionPending" -> pending(event, sql);
            case "ContributionRejected" -> rejected(event, sql);
            case "ContributionReversed" -> reversed(event, sql);
            case "CreditChecked" -> checked(event, sql);
            case "DisputeFiled" -> filed(event, sql);
            case "DisputeResolved" -> resolved(event, sql);
            case "PointsRedeemed" -> redeemed(event, sql);
            default -> {
            }
        }
    }

    private void awarded(ProjectedEvent e, Connection sql) throws SQLException {
        long points = e.number("points", 0);
        String approvedBy = e.text("approvedBy");
        insert(sql, e, AWARDS, "contribution_id, resident_id, app_id, attester_id, activity_type, category, day_no, "
                        + "points, daily_cap_points, approved_by",
                e.text("contributionId"), e.text("residentId"), e.text("appId"), e.text("attesterId"),
                e.text("activityType"), e.text("category"), e.at().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay(),
                points, optionalNumber(e, "dailyCapPoints"), approvedBy);
        if (approvedBy != null) {
            decided(e, sql, APPROVED, approvedBy, points);
        }
    }

    private void pending(ProjectedEvent e, Connection sql) throws SQLException {
        insert(sql, e, PENDING, "contribution_id, resident_id, app_id, attester_id, activity_type, points, "
                        + "expires_ms, decided",
                e.text("contributionId"), e.text("residentId"), e.text("appId"), e.text("attesterId"),
                e.text("activityType"), e.number("points", 0), millis(e.text("expiresAt")), false);
    }

    private void rejected(ProjectedEvent e, Connection sql) throws SQLException {
        decided(e, sql, REJECTED, e.text("rejectedBy"), e.number("points", 0));
    }

    private void decided(ProjectedEvent e, Connection sql, String decision, String by, long points)
            throws SQLException {
        insert(sql, e, DECISIONS, "contribution_id, decision, decided_by, points", e.text("contributionId"),
                decision, by, points);
        update(sql, "UPDATE " + PENDING + " SET decided = TRUE WHERE community_id = ? AND contribution_id = ?",
                e.text("communityId"), e.text("contributionId"));
    }

    private void reversed(ProjectedEvent e, Connection sql) throws SQLException {
        String disputeId = e.text("disputeId");
        String by = e.text("reversedBy");
        reversal(e, sql, e.text("contributionId"), null, by, disputeId);
        if (disputeId != null) {
            // an upheld dispute's reversal: the one event of the transaction may be this one
            resolve(sql, e, disputeId, UPHELD, by);
        }
    }

    /** Records a reversal; the award's app and attester come from the event or, failing that, from the award. */
    private void reversal(ProjectedEvent e, Connection sql, String contributionId, String awardTxId, String by,
                          String disputeId) throws SQLException {
        String community = e.text("communityId");
        String appId = e.text("appId");
        String attesterId = e.text("attesterId");
        String residentId = e.text("residentId");
        String where = awardTxId != null ? "tx_id = ?" : "community_id = ? AND contribution_id = ?";
        PreparedStatement award = statement(sql, "SELECT tx_id, contribution_id, app_id, attester_id, "
                + "resident_id FROM " + AWARDS + " WHERE " + where + " ORDER BY block_no DESC, tx_index DESC");
        {
            if (awardTxId != null) {
                award.setString(1, awardTxId);
            } else {
                award.setString(1, community);
                award.setString(2, contributionId);
            }
            try (ResultSet row = award.executeQuery()) {
                if (row.next()) {
                    awardTxId = row.getString(1);
                    contributionId = contributionId != null ? contributionId : row.getString(2);
                    appId = appId != null ? appId : row.getString(3);
                    attesterId = attesterId != null ? attesterId : row.getString(4);
                    residentId = residentId != null ? residentId : row.getString(5);
                }
            }
        }
        insert(sql, e, REVERSALS, "contribution_id, award_tx_id, resident_id, app_id, attester_id, decided_by, "
                        + "reversed_points, dispute_id",
                contributionId, awardTxId, residentId, appId, attesterId, by, e.number("reversedPoints", 0), disputeId);
    }

    private void checked(ProjectedEvent e, Connection sql) throws SQLException {
        String bankId = e.text("bankId");
        if (bankId == null) {
            return;
        }
        var eligible = e.payload().get("eligible");
        insert(sql, e, CHECKS, "bank_id, product_id, purpose, consent_id, resident_id, band, eligible", bankId,
                e.text("productId"), e.text("purpose"), e.text("consentId"), e.text("residentId"), e.text("band"),
                eligible != null && eligible.isBoolean() ? eligible.booleanValue() : null);
    }

    private void filed(ProjectedEvent e, Connection sql) throws SQLException {
        String disputeId = e.text("disputeId");
        if (disputeId == null) {
            return;
        }
        Long due = millis(e.text("dueBy"));
        insert(sql, e, DISPUTES, "dispute_id, resident_id, target_tx_id, due_ms, due_text, status", disputeId,
                e.text("residentId"), e.text("targetTxId"), due, due == null ? null : e.text("dueBy"), OPEN);
    }

    private void resolved(ProjectedEvent e, Connection sql) throws SQLException {
        String disputeId = e.text("disputeId");
        String outcome = e.text("outcome");
        String by = e.text("resolvedBy");
        if (disputeId == null || outcome == null) {
            return;
        }
        String target = resolve(sql, e, disputeId, outcome, by);
        if (UPHELD.equals(outcome) && e.number("reversedPoints", -1) >= 0 && target != null) {
            reversal(e, sql, null, target, by, disputeId);
        }
    }

    /** Marks a dispute resolved; returns its target transaction, or null when the dispute was not projected. */
    private String resolve(Connection sql, ProjectedEvent e, String disputeId, String outcome, String by)
            throws SQLException {
        String target = null;
        PreparedStatement find = statement(sql, "SELECT target_tx_id FROM " + DISPUTES
                + " WHERE community_id = ? AND dispute_id = ? ORDER BY block_no DESC, tx_index DESC");
        {
            find.setString(1, e.text("communityId"));
            find.setString(2, disputeId);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    target = row.getString(1);
                }
            }
        }
        update(sql, "UPDATE " + DISPUTES + " SET status = ?, resolved_by = ?, resolved_ms = ?, resolved_tx_id = ? "
                        + "WHERE community_id = ? AND dispute_id = ? AND status = '" + OPEN + "'",
                outcome, by, e.at().toEpochMilli(), e.txId(), e.text("communityId"), disputeId);
        return target;
    }

    private void redeemed(ProjectedEvent e, Connection sql) throws SQLException {
        insert(sql, e, REDEMPTIONS, "merchant_id, resident_id, points, value_fen", e.text("merchantId"),
                e.text("residentId"), e.number("points", 0), optionalNumber(e, "valueFen"));
    }

    /** Inserts the transaction's row unless it is there already (a fact is keyed by its txId). */
    private void insert(Connection sql, ProjectedEvent e, String table, String columns, Object... values)
            throws SQLException {
        PreparedStatement exists = statement(sql, "SELECT 1 FROM " + table + " WHERE tx_id = ?");
        {
            exists.setString(1, e.txId());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        Object[] all = new Object[values.length + 6];
        all[0] = e.txId();
        all[1] = e.block();
        all[2] = e.tx();
        all[3] = e.at().toEpochMilli();
        all[4] = e.at().toString();
        all[5] = e.text("communityId");
        System.arraycopy(values, 0, all, 6, values.length);
        update(sql, "INSERT INTO " + table + " (tx_id, block_no, tx_index, at_ms, at_text, community_id, " + columns
                + ") VALUES (" + "?, ".repeat(all.length - 1) + "?)", all);
    }

    private void update(Connection sql, String text, Object... values) throws SQLException {
        PreparedStatement update = statement(sql, text);
        for (int i = 0; i < values.length; i++) {
            bind(update, i + 1, values[i]);
        }
        update.executeUpdate();
    }

    /**
     * The prepared statement of {@code text} on {@code sql}, kept for the connection's life: the engine applies a
     * batch of events on one connection, and preparing each statement once per connection rather than once per
     * event is most of the projection's speed.
     */
    private PreparedStatement statement(Connection sql, String text) throws SQLException {
        synchronized (prepared) {
            Map<String, PreparedStatement> ofConnection = prepared.computeIfAbsent(sql, c -> new HashMap<>());
            PreparedStatement statement = ofConnection.get(text);
            if (statement == null || statement.isClosed()) {
                statement = sql.prepareStatement(text);
                ofConnection.put(text, statement);
            }
            return statement;
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL); // untyped: H2 and PostgreSQL take it for a column of any type
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            throw new IllegalArgumentException("no SQL binding for " + value.getClass());
        }
    }

    private static Long optionalNumber(ProjectedEvent e, String field) {
        var value = e.payload().get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }

    /** @return the instant's epoch milliseconds, or null when absent or not an instant */
    private static Long millis(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return Instant.parse(instant).toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
