package org.civicledger.gateway.readmodel;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.problem.ApiException;

/**
 * The read model's database over plain JDBC: H2 (embedded, a file in the data dir) or PostgreSQL, chosen by the
 * URL at run time. One writer connection (the projecting thread's, not pooled) and a small pool of read-only
 * connections for reports. The driver is instantiated directly, so no {@code DriverManager} class-loader lookup is
 * involved. No SQL error message is logged or answered: it may quote a value of a row.
 */
final class ReadModelDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReadModelDatabase.class.getName());
    /** A pooled connection idle longer than this is checked ({@link Connection#isValid}) before it is lent. */
    private static final long VALIDATE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String url;
    private final Properties credentials;
    private final Driver driver;
    private final BlockingQueue<Pooled> idle;
    private final int size;
    private volatile boolean closed;

    private record Pooled(Connection connection, long since) {
    }

    ReadModelDatabase(String url, String user, String password, int readers) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null && !user.isEmpty()) {
            credentials.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // A health check or report must not hang on a server that is away (the URL may say otherwise).
            credentials.setProperty("connectTimeout", "5");
            credentials.setProperty("loginTimeout", "5");
            credentials.setProperty("tcpKeepAlive", "true");
            credentials.setProperty("ApplicationName", "civic-read-model");
        }
        this.driver = driver(url);
        this.size = Math.max(1, readers);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /**
     * The default URL: an H2 file under {@code <data dir>/read-model/}, PostgreSQL-compatible, with H2's default
     * write delay (commits reach the file within half a second, by its background writer). Not {@code WRITE_DELAY=0}:
     * that writes a new chunk per commit and turns off the background writer, which is also what compacts the file
     * (measured: 200,000 small commits made a 1,405 MB file instead of 28 MB, 2.4 times slower; BENCHMARKS.md). A
     * {@code kill -9} may lose the last half second of commits, rows and checkpoint together, so the projection
     * replays those events after the restart: still each exactly once. The database is closed by the gateway, not
     * by H2's shutdown hook, so the projecting thread's last commit is never cut.
     */
    static String defaultUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("read-model").resolve("civic");
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;LOCK_TIMEOUT=10000";
    }

    /** @return "h2" or "postgresql" (logs, health) */
    String kind() {
        return url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
    }

    private static Driver driver(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new org.postgresql.Driver();
        }
        throw new IllegalStateException("civic.read-model.jdbc-url must be a jdbc:h2: or jdbc:postgresql: URL");
    }

    /** @return a new connection (auto-commit off), for the projecting thread */
    Connection openWriter() throws SQLException {
        Connection connection = connect();
        connection.setAutoCommit(false);
        return connection;
    }

    private Connection connect() throws SQLException {
        if (closed) {
            throw new SQLException("the read model is closed", "08003");
        }
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("the driver does not accept the URL", "08001");
        }
        return connection;
    }

    /** Runs {@code query} on a pooled read-only connection. */
    <T> T read(ReadModel.Query<T> query) {
        Connection connection;
        try {
            connection = borrow();
        } catch (SQLException e) {
            LOG.warning("read model: cannot connect to the " + kind() + " database: " + describe(e));
            throw unavailable();
        }
        boolean healthy = false;
        try {
            T result = query.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            LOG.warning("read model: a query failed: " + describe(e));
            throw unavailable();
        } finally {
            giveBack(connection, healthy);
        }
    }

    private Connection borrow() throws SQLException {
        Pooled pooled;
        while ((pooled = idle.poll()) != null) {
            if (System.nanoTime() - pooled.since() < VALIDATE_AFTER_NANOS || pooled.connection().isValid(2)) {
                return pooled.connection();
            }
            closeQuietly(pooled.connection());
        }
        Connection connection = connect();
        connection.setAutoCommit(true);
        connection.setReadOnly(true);
        return connection;
    }

    private void giveBack(Connection connection, boolean healthy) {
        if (healthy && !closed && idle.offer(new Pooled(connection, System.nanoTime()))) {
            return;
        }
        closeQuietly(connection);
    }

    static ApiException unavailable() {
        return new ApiException(ErrorCode.LEDGER_UNAVAILABLE, "the read model's database cannot be reached");
    }

    /** @return what a log may say about an SQL error: its class, SQLState and vendor code, never its message */
    static String describe(Throwable e) {
        if (e instanceof SQLException sql) {
            return sql.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode()
                    + ")";
        }
        return e.getClass().getName();
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a broken connection: nothing more to do
        }
    }

    @Override
    public void close() {
        closed = true;
        Pooled pooled;
        while ((pooled = idle.poll()) != null) {
            closeQuietly(pooled.connection());
        }
    }
}
