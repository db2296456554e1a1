package org.civicledger.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test projection (a bean in every {@code @QuarkusTest} of this module): counts events per type (with a
 * {@link CounterTable}: summed per batch), and records each event's position once (a primary key, so an event applied twice fails the transaction instead of counting twice).
 */
@ApplicationScoped
public class EventCountProjection implements Projection {
    static final String COUNTS = "rm_test_event_count";
    static final String SEEN = "rm_test_event_seen";

    /** Counts per type, summed over a batch and written at its end. */
    private final CounterTable counts = new CounterTable(COUNTS, List.of("type"), List.of("n"));

    @Override
    public String name() {
        return "test-event-count";
    }

    @Override
    public List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + COUNTS + " (type VARCHAR(64) PRIMARY KEY, n BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + SEEN + " (block BIGINT NOT NULL, tx INTEGER NOT NULL, "
                        + "type VARCHAR(64) NOT NULL, at_text VARCHAR(40) NOT NULL, PRIMARY KEY (block, tx))");
    }

    @Override
    public List<String> tables() {
        return List.of(COUNTS, SEEN);
    }

    @Override
    public void apply(ProjectedEvent event, Connection sql) throws SQLException {
        try (PreparedStatement seen = sql.prepareStatement("INSERT INTO " + SEEN
                + " (block, tx, type, at_text) VALUES (?, ?, ?, ?)")) {
            seen.setLong(1, event.block());
            seen.setInt(2, event.tx());
            seen.setString(3, event.type());
            seen.setString(4, event.at().toString());
            seen.executeUpdate();
        }
        counts.add(List.of(event.type()), 1);
    }

    @Override
    public void flush(Connection sql) throws SQLException {
        counts.flush(sql);
    }

    @Override
    public void discard() {
        counts.discard();
    }

    /** @return the counts per type, as projected */
    public static Map<String, Long> counts(Connection sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement read = sql.prepareStatement("SELECT type, n FROM " + COUNTS);
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** @return every row of both tables, in a stable order (to compare a rebuild with what it replaced) */
    public static List<String> rows(Connection sql) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (PreparedStatement read = sql.prepareStatement("SELECT type, n FROM " + COUNTS + " ORDER BY type");
             ResultSet result = read.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + "=" + result.getLong(2));
            }
        }
        try (PreparedStatement read = sql.prepareStatement("SELECT block, tx, type, at_text FROM " + SEEN
                + " ORDER BY block, tx"); ResultSet result = read.executeQuery()) {
            while (result.next()) {
                rows.add(result.getLong(1) + ":" + result.getInt(2) + " " + result.getString(3) + " "
                        + result.getString(4));
            }
        }
        return rows;
    }

    /** @return how many events were recorded */
    public static long seen(Connection sql) throws SQLException {
        try (PreparedStatement read = sql.prepareStatement("SELECT COUNT(*) FROM " + SEEN);
             ResultSet result = read.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
