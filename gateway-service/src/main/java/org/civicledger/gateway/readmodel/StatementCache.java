package org.civicledger.gateway.readmodel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The connection the projections are handed: the projecting thread's connection, with every
 * {@code prepareStatement(sql)} answered from a cache of statements kept open across events and transactions, so
 * a projection written the plain way ({@code try (PreparedStatement s = sql.prepareStatement(…))} per event) costs
 * no parse, plan or server round trip to prepare each time: its {@code close()} only clears the parameters. It also
 * refuses what a projection must not do: commit, roll back, close the connection or change its transaction mode.
 */
final class StatementCache implements AutoCloseable {
    private static final int SIZE = 256;
    private static final Set<String> FORBIDDEN = Set.of("commit", "rollback", "close", "setAutoCommit",
            "setTransactionIsolation", "abort", "setSavepoint", "releaseSavepoint");

    private final Connection connection;
    private final Connection guarded;
    private final Map<String, Cached> statements = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            if (size() > SIZE) {
                ReadModelDatabase.closeQuietly(eldest.getValue().real());
                return true;
            }
            return false;
        }
    };

    private record Cached(PreparedStatement real, PreparedStatement shared) {
    }

    StatementCache(Connection connection) {
        this.connection = connection;
        this.guarded = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** @return the connection to hand to projections */
    Connection connection() {
        return guarded;
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if ("prepareStatement".equals(name) && args != null && args.length == 1 && args[0] instanceof String sql) {
            return prepared(sql);
        }
        if (FORBIDDEN.contains(name)) {
            throw new SQLException("a projection must not call Connection." + name + ": the read model commits",
                    "25000");
        }
        if ("unwrap".equals(name) || "isWrapperFor".equals(name)) {
            throw new SQLException("a projection gets no driver connection", "0A000");
        }
        return invoke(connection, method, args);
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        Cached cached = statements.get(sql);
        if (cached == null) {
            PreparedStatement real = connection.prepareStatement(sql);
            PreparedStatement shared = (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                    (proxy, method, args) -> onStatement(real, proxy, method, args));
            cached = new Cached(real, shared);
            statements.put(sql, cached);
        }
        return cached.shared();
    }

    private Object onStatement(PreparedStatement real, Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close":
                real.clearParameters();
                real.clearBatch();
                return null;
            case "isClosed":
                return false;
            case "getConnection":
                return guarded;
            case "unwrap":
            case "isWrapperFor":
                throw new SQLException("a projection gets no driver statement", "0A000");
            default:
                return invoke(real, method, args);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Closes the cached statements (not the connection). */
    @Override
    public void close() {
        for (Cached cached : statements.values()) {
            ReadModelDatabase.closeQuietly(cached.real());
        }
        statements.clear();
    }
}
