package org.civicledger.gateway.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One report family's share of the read model: its tables, and how a committed event changes them. Every
 * {@code Projection} bean is found by the read model ({@code ReadModel}'s implementation), which creates the
 * tables, feeds each event of a valid transaction to every projection in ledger order, and commits the rows
 * together with the checkpoint ({@code block:tx}) in one SQL transaction — so an event is applied exactly once,
 * even across {@code kill -9}. SQL must run unchanged on H2 (PostgreSQL mode) and PostgreSQL: standard DDL with
 * {@code CREATE TABLE IF NOT EXISTS}/{@code CREATE INDEX IF NOT EXISTS}, {@code BIGINT} for points and fen,
 * {@code VARCHAR} for ids; counters are kept with {@code UPDATE … SET n = n + ?} and an {@code INSERT} when no
 * row was updated. Table names start with {@code rm_}.
 */
public interface Projection {

    /** @return a stable, unique name (logs, the schema's version row) */
    String name();

    /** @return the statements that create this projection's tables and indexes (idempotent) */
    List<String> schema();

    /** @return this projection's tables, emptied (in this order) when the read model is rebuilt from the ledger */
    List<String> tables();

    /**
     * Applies one event inside the read model's current SQL transaction. It must not commit or roll back, and
     * must ignore event types it does not project. Fields may be absent on events of older chaincode versions:
     * treat absence as documented on the event type (docs/API.md, "Events"), never fail on it.
     */
    void apply(ProjectedEvent event, Connection sql) throws SQLException;

    /**
     * Called once per SQL transaction, after the last event's {@link #apply} and before the checkpoint is written:
     * a projection that buffers rows while applying (a {@link CounterTable}: one batched {@code UPDATE} per key
     * instead of one per event) writes them here. Must not commit. By default nothing is buffered.
     */
    default void flush(Connection sql) throws SQLException {
    }

    /** The transaction is rolled back: forget what {@link #apply} buffered since the last {@link #flush}. */
    default void discard() {
    }
}
