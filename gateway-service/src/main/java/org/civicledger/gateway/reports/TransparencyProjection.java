package org.civicledger.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.civicledger.gateway.readmodel.Projection;

/**
 * The transparency board's share of the read model: monthly aggregate cells per community, kept up to date event
 * by event, so that a board reads the cells of its period, never the transactions behind them.
 *
 * <p>{@code rm_tr_cell} holds one row per community × month × measure × key: the points (and, for redemptions, the
 * value in fen) and the number of distinct residents behind them. Measures: {@code ISSUED}, {@code REDEEMED},
 * {@code EXPIRED}, {@code REVERSED} and {@code ACTIVE} (residents with an award or a redemption) with key
 * {@value #TOTAL}; {@code CATEGORY_ISSUED} and {@code CATEGORY_REVERSED} keyed by category; {@code POINT_REDEEMED}
 * keyed by exchange point (merchant id). {@code rm_tr_member} records which residents a cell already counts (one row
 * per cell and resident, not per transaction), so that {@code residents} is a distinct count; the board reads it
 * only for the whole period's distinct counts. {@code rm_tr_community} lists the communities the ledger knows.
 *
 * <p>Reversals are {@code ContributionReversed} events and {@code DisputeResolved} events of an upheld dispute
 * that carry {@code reversedPoints} (the dispute's reversal happens in the resolving transaction, and a
 * transaction emits one event).
 *
 * <p>Months are UTC months of the transaction's time. Fields absent on events of older chaincode: a missing
 * {@code category} counts as {@value #UNCATEGORISED}, a missing {@code valueFen} or {@code expiredPoints} as 0, a
 * missing {@code merchantId} as {@value #UNKNOWN_POINT}.
 */
@ApplicationScoped
public class TransparencyProjection implements Projection {
    /** The key of a measure's community-wide cell (not a category or merchant id, which never hold '*'). */
    static final String TOTAL = "*";
    /** The category of awards and reversals whose event names none. */
    static final String UNCATEGORISED = "UNCATEGORISED";
    /** The exchange point of redemptions whose event names none. */
    static final String UNKNOWN_POINT = "UNKNOWN";

    /** What a cell measures. */
    enum Measure {
        ISSUED, REDEEMED, EXPIRED, REVERSED, ACTIVE, CATEGORY_ISSUED, CATEGORY_REVERSED, POINT_REDEEMED
    }

    @Override
    public String name() {
        return "transparency";
    }

    @Override
    public List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS rm_tr_community (community_id VARCHAR(128) NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS rm_tr_cell (community_id VARCHAR(128) NOT NULL, ym CHAR(7) NOT NULL, "
                        + "measure VARCHAR(24) NOT NULL, cell_key VARCHAR(128) NOT NULL, points BIGINT NOT NULL, "
                        + "value_fen BIGINT NOT NULL, residents BIGINT NOT NULL, "
                        + "PRIMARY KEY (community_id, ym, measure, cell_key))",
                "CREATE TABLE IF NOT EXISTS rm_tr_member (community_id VARCHAR(128) NOT NULL, ym CHAR(7) NOT NULL, "
                        + "measure VARCHAR(24) NOT NULL, cell_key VARCHAR(128) NOT NULL, "
                        + "resident_id VARCHAR(128) NOT NULL, "
                        + "PRIMARY KEY (community_id, ym, measure, cell_key, resident_id))");
    }

    @Override
    public List<String> tables() {
        return List.of("rm_tr_member", "rm_tr_cell", "rm_tr_community");
    }

    @Override
    public void apply(ProjectedEvent event, Connection sql) throws SQLException {
        String community = event.text("communityId");
        if (community == null) {
            return;
        }
        knownCommunity(sql, community);
        String resident = event.text("residentId");
        if (resident == null) {
            return;
        }
        Cells cells = new Cells(sql, community, YearMonth.from(event.at().atOffset(ZoneOffset.UTC)).toString(),
                resident);
        switch (event.type()) {
            case "PointsAwarded" -> {
                long points = event.number("points", 0);
                cells.add(Measure.ISSUED, TOTAL, points, 0);
                cells.add(Measure.CATEGORY_ISSUED, category(event), points, 0);
                cells.add(Measure.ACTIVE, TOTAL, 0, 0);
            }
            case "PointsRedeemed" -> {
                long points = event.number("points", 0);
                long fen = event.number("valueFen", 0);
                String point = event.text("merchantId");
                cells.add(Measure.REDEEMED, TOTAL, points, fen);
                cells.add(Measure.POINT_REDEEMED, point == null ? UNKNOWN_POINT : point, points, fen);
                cells.add(Measure.ACTIVE, TOTAL, 0, 0);
            }
            case "ContributionReversed" -> {
                long points = event.number("reversedPoints", 0);
                cells.add(Measure.REVERSED, TOTAL, points, 0);
                cells.add(Measure.CATEGORY_REVERSED, category(event), points, 0);
            }
            case "DisputeResolved" -> {
                // an upheld dispute of an award reverses it in the same transaction, which emits only this event
                if (!"UPHELD".equals(event.text("outcome"))
                        || !event.payload().path("reversedPoints").canConvertToLong()) {
                    return;
                }
                long points = event.number("reversedPoints", 0);
                cells.add(Measure.REVERSED, TOTAL, points, 0);
                cells.add(Measure.CATEGORY_REVERSED, category(event), points, 0);
            }
            default -> {
                return;
            }
        }
        long expired = event.number("expiredPoints", 0);
        if (expired > 0) {
            cells.add(Measure.EXPIRED, TOTAL, expired, 0);
        }
    }

    private static String category(ProjectedEvent event) {
        String category = event.text("category");
        return category == null ? UNCATEGORISED : category;
    }

    private static void knownCommunity(Connection sql, String community) throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement(
                "INSERT INTO rm_tr_community (community_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, community);
            insert.executeUpdate();
        }
    }

    /** The cells one event of one resident changes, in one community and month. */
    private record Cells(Connection sql, String community, String month, String resident) {

        void add(Measure measure, String key, long points, long fen) throws SQLException {
            long newResident = firstTime(measure, key) ? 1 : 0;
            try (PreparedStatement update = sql.prepareStatement("UPDATE rm_tr_cell SET points = points + ?, "
                    + "value_fen = value_fen + ?, residents = residents + ? "
                    + "WHERE community_id = ? AND ym = ? AND measure = ? AND cell_key = ?")) {
                update.setLong(1, points);
                update.setLong(2, fen);
                update.setLong(3, newResident);
                bindCell(update, 4, measure, key);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = sql.prepareStatement("INSERT INTO rm_tr_cell (community_id, ym, "
                    + "measure, cell_key, points, value_fen, residents) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bindCell(insert, 1, measure, key);
                insert.setLong(5, points);
                insert.setLong(6, fen);
                insert.setLong(7, newResident);
                insert.executeUpdate();
            }
        }

        /** Records the resident behind the cell; true when the cell did not count them yet. */
        private boolean firstTime(Measure measure, String key) throws SQLException {
            try (PreparedStatement insert = sql.prepareStatement("INSERT INTO rm_tr_member (community_id, ym, "
                    + "measure, cell_key, resident_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                bindCell(insert, 1, measure, key);
                insert.setString(5, resident);
                return insert.executeUpdate() > 0;
            }
        }

        private void bindCell(PreparedStatement statement, int first, Measure measure, String key)
                throws SQLException {
            statement.setString(first, community);
            statement.setString(first + 1, month);
            statement.setString(first + 2, measure.name());
            statement.setString(first + 3, key);
        }
    }
}
