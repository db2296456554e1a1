package org.civicledger.gateway.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.civicledger.gateway.reports.TransparencyProjection.Measure;

/**
 * Reads a community's transparency board from {@link TransparencyProjection}'s tables and anonymises it: the
 * month cells of the period (one indexed range of {@code rm_tr_cell}), the period's distinct residents per cell
 * (one range of {@code rm_tr_member}), then {@link Suppression} per table. The answer holds community, category and
 * exchange point ids and numbers only; never a resident, app or attester id.
 */
final class TransparencyBoards {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The "month" under which the period's figures are kept (never a YYYY-MM). */
    private static final String PERIOD = "period";

    private TransparencyBoards() {
    }

    /** Points (and fen) and distinct residents of one cell. */
    private record Figure(long points, long fen, long residents) {
        static final Figure NONE = new Figure(0, 0, 0);

        Figure plus(Figure other) {
            return new Figure(Math.addExact(points, other.points), Math.addExact(fen, other.fen), residents);
        }
    }

    /** The cells read: measure → key → month (or {@link #PERIOD}) → figure. */
    private static final class Cells {
        final Map<Measure, Map<String, Map<String, Figure>>> byMeasure = new EnumMap<>(Measure.class);

        Figure get(Measure measure, String key, String month) {
            return byMeasure.getOrDefault(measure, Map.of()).getOrDefault(key, Map.of()).get(month);
        }

        void put(Measure measure, String key, String month, Figure figure) {
            byMeasure.computeIfAbsent(measure, m -> new HashMap<>()).computeIfAbsent(key, k -> new HashMap<>())
                    .put(month, figure);
        }

        TreeSet<String> keys(Measure measure) {
            return new TreeSet<>(byMeasure.getOrDefault(measure, Map.of()).keySet());
        }
    }

    /**
     * @param threshold the fewest residents a published cell counts
     * @return the board (without {@code asOf}), or empty when the read model knows no such community
     */
    static Optional<ObjectNode> read(Connection sql, String community, YearMonth first, YearMonth last,
                                     int threshold) throws SQLException {
        if (!known(sql, community)) {
            return Optional.empty();
        }
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Cells cells = read(sql, community, first.toString(), last.toString());
        Published published = new Published(cells, months, threshold);
        ObjectNode board = JSON.objectNode();
        board.put("communityId", community);
        board.put("from", first.toString());
        board.put("to", last.toString());
        board.put("anonymityThreshold", threshold);
        ArrayNode rows = board.putArray("months");
        for (int i = 0; i < months.size(); i++) {
            rows.add(published.figures(i));
        }
        board.set("period", published.figures(months.size()));
        return Optional.of(board);
    }

    private static boolean known(Connection sql, String community) throws SQLException {
        try (PreparedStatement known = sql.prepareStatement("SELECT 1 FROM rm_tr_community WHERE community_id = ?")) {
            known.setString(1, community);
            try (ResultSet row = known.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Cells read(Connection sql, String community, String first, String last) throws SQLException {
        Cells cells = new Cells();
        try (PreparedStatement query = sql.prepareStatement("SELECT ym, measure, cell_key, points, value_fen, "
                + "residents FROM rm_tr_cell WHERE community_id = ? AND ym BETWEEN ? AND ?")) {
            query.setString(1, community);
            query.setString(2, first);
            query.setString(3, last);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    cells.put(Measure.valueOf(row.getString(2)), row.getString(3), row.getString(1),
                            new Figure(row.getLong(4), row.getLong(5), row.getLong(6)));
                }
            }
        }
        Map<Measure, Map<String, Long>> distinct = new EnumMap<>(Measure.class);
        try (PreparedStatement query = sql.prepareStatement("SELECT measure, cell_key, COUNT(DISTINCT resident_id) "
                + "FROM rm_tr_member WHERE community_id = ? AND ym BETWEEN ? AND ? GROUP BY measure, cell_key")) {
            query.setString(1, community);
            query.setString(2, first);
            query.setString(3, last);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    distinct.computeIfAbsent(Measure.valueOf(row.getString(1)), m -> new HashMap<>())
                            .put(row.getString(2), row.getLong(3));
                }
            }
        }
        for (Measure measure : Measure.values()) {
            for (Map.Entry<String, Map<String, Figure>> key : cells.byMeasure.getOrDefault(measure, Map.of())
                    .entrySet()) {
                Figure sum = new Figure(0, 0, distinct.getOrDefault(measure, Map.of()).getOrDefault(key.getKey(), 0L));
                for (Figure month : List.copyOf(key.getValue().values())) {
                    sum = sum.plus(month);
                }
                key.getValue().put(PERIOD, sum);
            }
        }
        return cells;
    }

    /** The anonymised tables of one board; row {@code months.size()} is the period. */
    private static final class Published {
        private final Cells cells;
        private final List<String> months;
        private final int threshold;
        private final Table issued;
        private final Table reversed;
        private final Table redeemed;
        private final Table expired;

        Published(Cells cells, List<String> months, int threshold) {
            this.cells = cells;
            this.months = months;
            this.threshold = threshold;
            this.issued = new Table(Measure.CATEGORY_ISSUED, Measure.ISSUED);
            this.reversed = new Table(Measure.CATEGORY_REVERSED, Measure.REVERSED);
            this.redeemed = new Table(Measure.POINT_REDEEMED, Measure.REDEEMED);
            this.expired = new Table(null, Measure.EXPIRED);
        }

        String month(int row) {
            return row < months.size() ? months.get(row) : PERIOD;
        }

        ObjectNode figures(int row) {
            ObjectNode out = JSON.objectNode();
            if (row < months.size()) {
                out.put("month", months.get(row));
            }
            Figure active = cells.get(Measure.ACTIVE, TransparencyProjection.TOTAL, month(row));
            long activeResidents = active == null ? 0 : active.residents();
            out.set("activeResidents", cell(new Figure(activeResidents, 0, activeResidents),
                    activeResidents > 0 && activeResidents < threshold, false));
            out.set("issued", issued.total(row));
            out.set("redeemed", redeemed.total(row));
            out.set("expired", expired.total(row));
            out.set("reversed", reversed.total(row));
            TreeSet<String> categories = new TreeSet<>(issued.partsIn(row));
            categories.addAll(reversed.partsIn(row));
            ArrayNode byCategory = out.putArray("byCategory");
            for (String category : categories) {
                ObjectNode figures = byCategory.addObject();
                figures.put("category", category);
                figures.set("issued", issued.part(row, category));
                figures.set("reversed", reversed.part(row, category));
            }
            ArrayNode byPoint = out.putArray("byExchangePoint");
            for (String point : redeemed.partsIn(row)) {
                ObjectNode figures = byPoint.addObject();
                figures.put("merchantId", point);
                figures.set("redeemed", redeemed.part(row, point));
            }
            return out;
        }

        /** One measure's table: rows = months + period, columns = parts (by key) + total. */
        private final class Table {
            private final boolean money;
            private final List<String> parts;
            private final Figure[][] figures;
            private final boolean[][] withheld;

            Table(Measure partMeasure, Measure totalMeasure) {
                this.money = totalMeasure == Measure.REDEEMED;
                this.parts = partMeasure == null ? List.of() : List.copyOf(cells.keys(partMeasure));
                int rows = months.size() + 1;
                int columns = parts.size() + 1;
                figures = new Figure[rows][columns];
                long[][] values = new long[rows][columns];
                long[][] residents = new long[rows][columns];
                boolean[][] present = new boolean[rows][columns];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < columns; j++) {
                        Figure figure = j < parts.size() ? cells.get(partMeasure, parts.get(j), month(i))
                                : cells.get(totalMeasure, TransparencyProjection.TOTAL, month(i));
                        figures[i][j] = figure;
                        present[i][j] = figure != null;
                        values[i][j] = figure == null ? 0 : figure.points();
                        residents[i][j] = figure == null ? 0 : figure.residents();
                    }
                }
                withheld = new Suppression(values, residents, present).withheld(threshold);
            }

            List<String> partsIn(int row) {
                List<String> in = new ArrayList<>();
                for (int j = 0; j < parts.size(); j++) {
                    if (figures[row][j] != null) {
                        in.add(parts.get(j));
                    }
                }
                return in;
            }

            ObjectNode total(int row) {
                return at(row, parts.size());
            }

            ObjectNode part(int row, String key) {
                int j = parts.indexOf(key);
                return j < 0 ? cell(Figure.NONE, false, money) : at(row, j);
            }

            private ObjectNode at(int row, int column) {
                Figure figure = figures[row][column];
                return cell(figure == null ? Figure.NONE : figure, withheld[row][column], money);
            }
        }
    }

    private static ObjectNode cell(Figure figure, boolean suppressed, boolean money) {
        ObjectNode cell = JSON.objectNode();
        if (!suppressed) {
            cell.put("value", figure.points());
            if (money) {
                cell.put("valueFen", figure.fen());
                cell.put("cny", cny(figure.fen()));
            }
            cell.put("residents", figure.residents());
        }
        cell.put("suppressed", suppressed);
        return cell;
    }

    /** Fen as CNY text with two decimals: 1250 → "12.50". */
    static String cny(long fen) {
        return (fen / 100) + "." + (fen % 100 < 10 ? "0" : "") + (fen % 100);
    }
}
