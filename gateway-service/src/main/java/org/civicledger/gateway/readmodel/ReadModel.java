package org.civicledger.gateway.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The SQL read model the reports read (DESIGN §9): committed blocks projected, from a checkpoint, into an embedded
 * H2 database in the data folder or, when configured, PostgreSQL. Reports never scan the ledger; the ledger stays
 * the source of truth and the read model can be rebuilt from it at any time.
 */
public interface ReadModel {

    /** Work against the read model's database, in a read-only connection of its pool. */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection sql) throws SQLException;
    }

    /**
     * Runs a read-only query.
     *
     * @throws org.civicledger.gateway.problem.ApiException {@code LEDGER_UNAVAILABLE} when the database cannot
     *                                                      be reached (nothing about it is in the answer)
     */
    <T> T read(Query<T> query);

    /** @return the position ({@code block:tx}) of the last event projected, empty before the first */
    Optional<String> position();

    /** @return committed blocks of the ledger not yet projected (0 when the read model has caught up) */
    long lagBlocks();
}
