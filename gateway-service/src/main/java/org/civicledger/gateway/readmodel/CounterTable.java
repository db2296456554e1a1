package org.civicledger.gateway.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counters of a projection's table, summed in memory over a batch of events and written at its end: one batched
 * {@code UPDATE t SET v = v + ? … WHERE k = ? …} per distinct key and one batched {@code INSERT} of the keys that had
 * no row — instead of two statements per event. The projecting thread keeps up with the ledger this way: a batch of
 * 500 awards of one community and month is one row's update. Use it from {@link Projection#apply} ({@link #add}),
 * {@link Projection#flush} ({@link #flush}) and {@link Projection#discard} ({@link #discard}).
 *
 * <p>{@code
 * CounterTable issued = new CounterTable("rm_x_month", List.of("community_id", "month", "category"),
 *         List.of("points", "awards"));
 * issued.add(List.of(communityId, month, category), points, 1);   // apply
 * issued.flush(sql);                                             // flush
 * }
 *
 * <p>Key values are {@code String}, {@code Long} or {@code Integer}, never null (SQL {@code = NULL} matches nothing:
 * use a sentinel such as {@code ""}); the key columns should be the table's primary key. Not thread-safe: the
 * projecting thread is its only user.
 */
public final class CounterTable {
    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;
    private final String update;
    private final String insert;
    private final Map<List<Object>, long[]> pending = new LinkedHashMap<>();

    /**
     * @param table        the table (created by the projection's schema)
     * @param keyColumns   the columns that identify a row
     * @param valueColumns the {@code BIGINT} counters added to
     */
    public CounterTable(String table, List<String> keyColumns, List<String> valueColumns) {
        if (keyColumns.isEmpty() || valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a counter table needs key and value columns");
        }
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.valueColumns = List.copyOf(valueColumns);
        List<String> sets = valueColumns.stream().map(v -> v + " = " + v + " + ?").toList();
        List<String> where = keyColumns.stream().map(k -> k + " = ?").toList();
        this.update = "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", where);
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(valueColumns);
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** Adds {@code deltas} (one per value column, in order) to the row of {@code key} (one value per key column). */
    public void add(List<?> key, long... deltas) {
        if (key.size() != keyColumns.size() || deltas.length != valueColumns.size()) {
            throw new IllegalArgumentException(table + ": " + keyColumns.size() + " key values and "
                    + valueColumns.size() + " deltas expected");
        }
        for (Object part : key) {
            if (!(part instanceof String || part instanceof Long || part instanceof Integer)) {
                throw new IllegalArgumentException(table + ": a key value must be a String, Long or Integer, not null");
            }
        }
        long[] sums = pending.computeIfAbsent(List.copyOf(key), k -> new long[deltas.length]);
        for (int i = 0; i < deltas.length; i++) {
            sums[i] = Math.addExact(sums[i], deltas[i]);
        }
    }

    /** @return whether nothing is buffered */
    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Writes what is buffered (inside the read model's transaction) and forgets it. */
    public void flush(Connection sql) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<Map.Entry<List<Object>, long[]>> rows = new ArrayList<>(pending.entrySet());
        pending.clear();
        int[] updated;
        try (PreparedStatement statement = sql.prepareStatement(update)) {
            for (Map.Entry<List<Object>, long[]> row : rows) {
                int index = 1;
                for (long delta : row.getValue()) {
                    statement.setLong(index++, delta);
                }
                for (Object part : row.getKey()) {
                    bind(statement, index++, part);
                }
                statement.addBatch();
            }
            updated = statement.executeBatch();
        }
        boolean anyMissing = false;
        for (int count : updated) {
            anyMissing |= count == 0;
        }
        if (!anyMissing) {
            return;
        }
        try (PreparedStatement statement = sql.prepareStatement(insert)) {
            for (int i = 0; i < rows.size(); i++) {
                if (updated[i] != 0) {
                    continue;
                }
                int index = 1;
                for (Object part : rows.get(i).getKey()) {
                    bind(statement, index++, part);
                }
                for (long value : rows.get(i).getValue()) {
                    statement.setLong(index++, value);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Forgets what is buffered (the transaction was rolled back). */
    public void discard() {
        pending.clear();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
