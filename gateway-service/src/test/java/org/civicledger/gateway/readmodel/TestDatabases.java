package org.civicledger.gateway.readmodel;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The database a read-model test runs against: by default a fresh H2 file in the test's data dir; with
 * {@code -Dcivic.read-model.jdbc-url=jdbc:postgresql://…} (gateway-service/read-model-postgres.sh) a fresh schema of
 * that PostgreSQL database, one per call, so tests never see each other's rows.
 */
final class TestDatabases {
    static final String URL = "civic.read-model.jdbc-url";
    static final String USER = "civic.read-model.user";
    static final String PASSWORD = "civic.read-model.password";

    private TestDatabases() {
    }

    static boolean postgres() {
        String url = System.getProperty(URL, "");
        return url.startsWith("jdbc:postgresql:");
    }

    /** @return a JDBC URL of an empty database (H2 under {@code dataDir}, or a new PostgreSQL schema) */
    static String fresh(Path dataDir) {
        if (!postgres()) {
            return ReadModelEngine.defaultUrl(dataDir);
        }
        String base = System.getProperty(URL);
        String schema = "rmt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        Properties credentials = new Properties();
        if (!System.getProperty(USER, "").isEmpty()) {
            credentials.setProperty("user", System.getProperty(USER));
        }
        if (!System.getProperty(PASSWORD, "").isEmpty()) {
            credentials.setProperty("password", System.getProperty(PASSWORD));
        }
        try (Connection sql = new org.postgresql.Driver().connect(base, credentials);
             Statement ddl = sql.createStatement()) {
            ddl.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in " + base, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String user() {
        return System.getProperty(USER);
    }

    static String password() {
        return System.getProperty(PASSWORD);
    }
}
