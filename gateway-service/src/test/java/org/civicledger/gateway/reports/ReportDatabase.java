package org.civicledger.gateway.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.civicledger.gateway.readmodel.Projection;

/**
 * An empty database for a projection's test, its tables created and autocommit off: in-memory H2 (PostgreSQL mode),
 * or with {@code -Dcivic.read-model.jdbc-url=jdbc:postgresql:…} (gateway-service/read-model-postgres.sh) a new
 * schema of that PostgreSQL database, so tests never see each other's rows.
 */
final class ReportDatabase {
    private ReportDatabase() {
    }

    static Connection open(Projection projection) throws SQLException {
        String url = System.getProperty("civic.read-model.jdbc-url", "");
        Connection sql;
        if (url.startsWith("jdbc:postgresql:")) {
            sql = DriverManager.getConnection(url);
            String schema = "rmt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Statement s = sql.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
            }
        } else {
            sql = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL");
        }
        sql.setAutoCommit(false);
        try (Statement ddl = sql.createStatement()) {
            for (int twice = 0; twice < 2; twice++) { // the schema is idempotent
                for (String statement : projection.schema()) {
                    ddl.execute(statement);
                }
            }
        }
        return sql;
    }
}
