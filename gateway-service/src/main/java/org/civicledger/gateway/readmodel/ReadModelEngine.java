package org.civicledger.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * The read model's engine, free of CDI (the gateway's bean {@link SqlReadModel} wraps it; tests and the kill -9
 * child process run it directly). One subscription to the ledger from the checkpoint feeds a bounded queue; one
 * projecting thread takes up to {@code batchSize} events at a time (or what is there), hands each to every
 * {@link Projection} in ledger order on its own connection, and commits the rows with the checkpoint in one SQL
 * transaction. The checkpoint and the rows therefore always agree: after a crash the subscription resumes after
 * the checkpoint and nothing is applied twice or skipped. Events at or before the checkpoint are ignored
 * (idempotent replay).
 *
 * <p>A failure while applying an event rolls the batch back and stops projecting: an ERROR names the position
 * ({@code block:tx}), the projection and the event type (never the payload, never the SQL message, which may quote
 * a row); the health check shows it; projecting is tried again after a pause (1 s, doubling up to 5 min), events
 * one by one up to the failed one, so a database that was away is caught up with by itself and a projection that
 * cannot apply an event stays stopped at it. No event is ever skipped.
 */
public final class ReadModelEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReadModelEngine.class.getName());
    /** The checkpoint table: one row, {@code id = 'ledger'}: the last event projected and how many so far. */
    static final String CHECKPOINT = "rm_checkpoint";
    /** The projections whose tables exist, each with the fingerprint of its schema. */
    static final String PROJECTIONS = "rm_projection";
    private static final long QUIET_POLL_MILLIS = 100;
    /** Empty polls in a row after which the blocks committed before them count as projected. */
    private static final int QUIET_POLLS = 5;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long LAST_RETRY_MILLIS = 300_000;
    private static final long HEIGHT_CACHE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final LedgerPort ledger;
    private final List<Projection> projections;
    private final ReadModelDatabase database;
    private final int batchSize;
    private final BlockingQueue<Item> queue;
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final AtomicLong projected = new AtomicLong();
    private final Object stateLock = new Object();
    private final Thread projector;

    private volatile boolean closed;
    private volatile boolean rebuilding;
    private volatile long positionBlock = -1;
    private volatile int positionTx = -1;
    /** The ledger height up to which every block's events are known to be projected (a quiet moment seen). */
    private volatile long caughtUpHeight;
    private volatile Failure failure;
    private volatile boolean schemaReady;
    private volatile long cachedHeight = -1;
    private volatile long cachedHeightAt;

    private AutoCloseable subscription;
    private int generation;
    private int quietPolls;
    private long quietHeight = -1;
    private Connection writer;
    private StatementCache statements;
    private long retryDelayMillis = FIRST_RETRY_MILLIS;
    private long retryAtNanos;
    private long cachedBlockNumber = -1;
    private volatile String ledgerId;
    private Instant cachedBlockTime;

    /** An event as queued, with the subscription it came from (events of a closed subscription are dropped). */
    private record Item(int generation, LedgerEvent event) {
    }

    /** Why projecting stopped: the event (position, type) and the projection, or the database. */
    public record Failure(String position, String type, String projection, String cause) {
    }

    /**
     * The engine's state, as the health check and the rebuild endpoint show it.
     *
     * @param position       the last event projected ({@code block:tx}), null before the first
     * @param ledgerHeight   committed blocks of the ledger (-1 when the ledger cannot be asked)
     * @param lagBlocks      committed blocks not yet projected
     * @param rebuilding     a rebuild is replaying the ledger: reports show what is replayed so far
     * @param stoppedAt      the event projecting stopped at ({@code block:tx}), null while it follows
     * @param eventsProjected events projected by this process since it started
     */
    public record Status(String position, long ledgerHeight, long lagBlocks, boolean rebuilding, String stoppedAt,
                         long eventsProjected) {
    }

    private ReadModelEngine(LedgerPort ledger, List<Projection> projections, ReadModelDatabase database,
                            int batchSize) {
        this.ledger = ledger;
        this.projections = List.copyOf(projections);
        this.database = database;
        this.batchSize = Math.max(1, batchSize);
        this.queue = new ArrayBlockingQueue<>(this.batchSize * 4);
        this.projector = new Thread(this::run, "civic-read-model");
        this.projector.setDaemon(true);
    }

    /**
     * Opens the database, creates every projection's tables and the checkpoint, and starts following the ledger
     * from the checkpoint.
     *
     * @param jdbcUrl   {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
     * @param batchSize the most events in one SQL transaction
     * @throws IllegalStateException when the URL is not a JDBC URL of H2 or PostgreSQL. A database that cannot be
     *                               reached yet does not stop the start: the engine keeps trying (its health is
     *                               DOWN, reports answer 503) and follows the ledger once it answers
     */
    public static ReadModelEngine start(LedgerPort ledger, List<Projection> projections, String jdbcUrl, String user,
                                        String password, int readers, int batchSize) {
        ReadModelDatabase database = new ReadModelDatabase(jdbcUrl, user, password, readers);
        ReadModelEngine engine = new ReadModelEngine(ledger, projections, database, batchSize);
        engine.openSchema();
        engine.projector.start();
        return engine;
    }

    /** @return the default JDBC URL: an H2 file under {@code <dataDir>/read-model/} */
    public static String defaultUrl(java.nio.file.Path dataDir) {
        return ReadModelDatabase.defaultUrl(dataDir);
    }

    // ---------------------------------------------------------------- schema

    /** Creates the tables (at start, then by the projecting thread until the database answers). */
    private boolean openSchema() {
        try {
            createSchema();
            schemaReady = true;
            retryDelayMillis = FIRST_RETRY_MILLIS;
            return true;
        } catch (SQLException | RuntimeException e) {
            closeWriter();
            LOG.severe("read model: the " + database.kind() + " database cannot be opened: "
                    + ReadModelDatabase.describe(e) + " (tried again in " + retryDelayMillis / 1000.0 + " s)");
            retryAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryDelayMillis);
            retryDelayMillis = Math.min(LAST_RETRY_MILLIS, retryDelayMillis * 2);
            return false;
        }
    }

    private void createSchema() throws SQLException {
        Connection sql = writer();
        try (Statement ddl = sql.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + CHECKPOINT + " (id VARCHAR(16) PRIMARY KEY, "
                    + "block BIGINT NOT NULL, tx INTEGER NOT NULL, events BIGINT NOT NULL, ledger VARCHAR(128))");
            ddl.execute("CREATE TABLE IF NOT EXISTS " + PROJECTIONS + " (name VARCHAR(100) PRIMARY KEY, "
                    + "fingerprint VARCHAR(64) NOT NULL)");
        }
        sql.commit();
        Map<String, String> stored = new HashMap<>();
        try (Statement read = sql.createStatement();
             ResultSet rows = read.executeQuery("SELECT name, fingerprint FROM " + PROJECTIONS)) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
        }
        long[] checkpoint = readCheckpoint(sql);
        boolean replay = false;
        String builtFrom = builtFrom(sql);
        String ledgerNow = ledgerId();
        if (checkpoint[0] >= 0 && builtFrom != null && ledgerNow != null && !builtFrom.equals(ledgerNow)) {
            LOG.warning("read model: it was built from another ledger (its first block differs): it is rebuilt from "
                    + "this one");
            replay = true;
        }
        Map<String, String> made = new HashMap<>();
        for (Projection projection : projections) {
            String fingerprint = fingerprint(projection);
            String before = stored.remove(projection.name());
            if (fingerprint.equals(before)) {
                runAll(sql, projection.schema()); // idempotent: a dropped index comes back
                continue;
            }
            if (before != null) {
                LOG.info("read model: projection " + projection.name() + " changed its tables: they are made again");
                for (String table : projection.tables()) {
                    runAll(sql, List.of("DROP TABLE IF EXISTS " + table));
                }
            } else if (checkpoint[0] >= 0) {
                LOG.info("read model: projection " + projection.name() + " is new");
            }
            runAll(sql, projection.schema());
            made.put(projection.name(), fingerprint);
            replay |= checkpoint[0] >= 0;
        }
        long height = heightOr(-1);
        if (checkpoint[0] >= 0 && height >= 0 && checkpoint[0] >= height) {
            LOG.warning("read model: its checkpoint is past the ledger's last block (a ledger restored from an older "
                    + "backup?): it is rebuilt from the ledger");
            replay = true;
        }
        if (replay) {
            // Emptied before the new fingerprints are recorded: a crash in between makes the tables again next time.
            LOG.info("read model: the ledger is replayed into every projection from block 0");
            empty(sql);
            checkpoint = new long[] {-1, -1};
            rebuilding = true;
        } else if (checkpoint[0] < 0) {
            emptyTables(sql); // nothing projected: no row may be there (a rebuild cut short by a crash left some)
        }
        try (PreparedStatement forget = sql.prepareStatement("DELETE FROM " + PROJECTIONS + " WHERE name = ?");
             PreparedStatement record = sql.prepareStatement("INSERT INTO " + PROJECTIONS
                     + " (name, fingerprint) VALUES (?, ?)")) {
            for (Map.Entry<String, String> projection : made.entrySet()) {
                forget.setString(1, projection.getKey());
                forget.executeUpdate();
                record.setString(1, projection.getKey());
                record.setString(2, projection.getValue());
                record.executeUpdate();
            }
            for (String gone : stored.keySet()) {
                forget.setString(1, gone);
                forget.executeUpdate();
            }
        }
        sql.commit();
        positionBlock = checkpoint[0];
        positionTx = (int) checkpoint[1];
        LOG.info("read model (" + database.kind() + ") open at " + (checkpoint[0] < 0 ? "the start"
                : LedgerEvent.position(checkpoint[0], (int) checkpoint[1])) + " with " + projections.size()
                + " projection(s)");
    }

    private static void runAll(Connection sql, List<String> statements) throws SQLException {
        try (Statement ddl = sql.createStatement()) {
            for (String statement : statements) {
                ddl.execute(statement);
            }
        }
        sql.commit();
    }

    /** The checkpoint, inserted as "before the first event" when absent. */
    private static long[] readCheckpoint(Connection sql) throws SQLException {
        try (Statement read = sql.createStatement();
             ResultSet row = read.executeQuery("SELECT block, tx FROM " + CHECKPOINT + " WHERE id = 'ledger'")) {
            if (row.next()) {
                return new long[] {row.getLong(1), row.getInt(2)};
            }
        }
        try (Statement insert = sql.createStatement()) {
            insert.executeUpdate("INSERT INTO " + CHECKPOINT + " (id, block, tx, events) VALUES ('ledger', -1, -1, 0)");
        }
        sql.commit();
        return new long[] {-1, -1};
    }

    /** @return the ledger the read model was built from (its first block's hash), null when not known */
    private static String builtFrom(Connection sql) throws SQLException {
        try (Statement read = sql.createStatement();
             ResultSet row = read.executeQuery("SELECT ledger FROM " + CHECKPOINT + " WHERE id = 'ledger'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /**
     * @return the ledger's identity: the hash of its first block (which holds a transaction id no other ledger has,
     *     or, on Fabric, the channel's genesis), null while the ledger has no block or cannot be asked
     */
    private String ledgerId() {
        if (ledgerId == null) {
            try {
                ledgerId = ledger.block(0).map(BlockInfo::hash).orElse(null);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return ledgerId;
    }

    private static String fingerprint(Projection projection) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(projection.name().getBytes(StandardCharsets.UTF_8));
            for (String statement : projection.schema()) {
                sha.update((byte) 0);
                sha.update(statement.getBytes(StandardCharsets.UTF_8));
            }
            for (String table : projection.tables()) {
                sha.update((byte) 1);
                sha.update(table.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Empties every projection's tables and resets the checkpoint, in one transaction, committed. */
    /**
     * Resets the checkpoint (committed first), then empties every projection's tables. The invariant that makes a
     * crash in between harmless: a read model whose checkpoint is "before the first event" has its tables emptied
     * when it opens ({@link #createSchema}), so no row survives into a replay. {@code TRUNCATE} (fast, and on H2 it
     * commits by itself), or {@code DELETE} where it is refused (a table another references).
     */
    private void empty(Connection sql) throws SQLException {
        try (Statement reset = sql.createStatement()) {
            reset.executeUpdate("UPDATE " + CHECKPOINT + " SET block = -1, tx = -1, events = 0, ledger = NULL "
                    + "WHERE id = 'ledger'");
        }
        sql.commit();
        emptyTables(sql);
    }

    private void emptyTables(Connection sql) throws SQLException {
        for (Projection projection : projections) {
            for (String table : projection.tables()) {
                try (Statement truncate = sql.createStatement()) {
                    truncate.execute("TRUNCATE TABLE " + table);
                    sql.commit();
                } catch (SQLException refused) {
                    sql.rollback();
                    try (Statement delete = sql.createStatement()) {
                        delete.executeUpdate("DELETE FROM " + table);
                    }
                    sql.commit();
                }
            }
        }
    }

    // ---------------------------------------------------------------- the projecting thread

    private void run() {
        List<Item> batch = new ArrayList<>(batchSize);
        while (!closed) {
            try {
                if (!schemaReady) {
                    if (System.nanoTime() < retryAtNanos) {
                        Thread.sleep(QUIET_POLL_MILLIS);
                    } else {
                        openSchema();
                    }
                    continue;
                }
                if (rebuildRequested.get() && rebuildNow()) {
                    rebuildRequested.set(false);
                }
                if (subscription == null) {
                    if (System.nanoTime() < retryAtNanos) {
                        Thread.sleep(Math.min(QUIET_POLL_MILLIS,
                                Math.max(1, TimeUnit.NANOSECONDS.toMillis(retryAtNanos - System.nanoTime()))));
                        continue;
                    }
                    subscribe();
                }
                Item first = queue.poll();
                if (first == null) {
                    if (quietPolls == 0) {
                        quietHeight = heightOr(-1);
                    }
                    first = queue.poll(QUIET_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        quietPolls++;
                        quiet();
                        continue;
                    }
                }
                quietPolls = 0;
                batch.clear();
                batch.add(first);
                Failure stopped = failure;
                if (stopped == null) {
                    queue.drainTo(batch, batchSize - 1);
                }
                project(batch);
            } catch (InterruptedException e) {
                // close() sets closed; nothing else interrupts this thread
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "read model: projecting stopped unexpectedly: " + e.getClass().getName());
                stop(new Failure(position().orElse(null), null, null, e.getClass().getName()));
            }
        }
        closeSubscription();
        closeWriter();
    }

    /**
     * No event arrived for a while ({@link #QUIET_POLLS} polls): every block below the height sampled when the
     * quiet began is projected, including blocks that hold no event (Fabric's configuration blocks, invalid
     * transactions), which the subscription never shows.
     */
    private void quiet() {
        if (quietPolls < QUIET_POLLS) {
            return;
        }
        if (quietHeight > caughtUpHeight) {
            caughtUpHeight = quietHeight;
        }
        if (rebuilding && !rebuildRequested.get() && lag(heightOr(-1)) == 0) {
            rebuilding = false;
            LOG.info("read model: rebuild finished at " + position().orElse("the start"));
        }
    }

    private void subscribe() {
        generation++;
        int mine = generation;
        String after = positionBlock < 0 ? null : LedgerEvent.position(positionBlock, positionTx);
        subscription = ledger.subscribe(after, event -> {
            try {
                queue.put(new Item(mine, event));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the subscription is being closed
            }
        });
    }

    private void closeSubscription() {
        AutoCloseable open = subscription;
        subscription = null;
        generation++;
        ReadModelDatabase.closeQuietly(open);
        queue.clear();
    }

    private Connection writer() throws SQLException {
        if (writer == null) {
            writer = database.openWriter();
            statements = new StatementCache(writer);
        }
        return writer;
    }

    private void closeWriter() {
        Connection open = writer;
        writer = null;
        if (statements != null) {
            statements.close();
            statements = null;
        }
        if (open != null) {
            try {
                open.rollback();
            } catch (SQLException ignored) {
                // broken: closed below
            }
            ReadModelDatabase.closeQuietly(open);
        }
    }

    /** Applies a batch of events in one transaction with the checkpoint. */
    private void project(List<Item> batch) {
        List<LedgerEvent> events = new ArrayList<>(batch.size());
        long lastBlock = positionBlock;
        int lastTx = positionTx;
        for (Item item : batch) {
            LedgerEvent event = item.event();
            if (item.generation() != generation) {
                continue; // from a subscription since closed
            }
            if (event.blockNumber() < lastBlock || (event.blockNumber() == lastBlock && event.txIndex() <= lastTx)) {
                continue; // at or before the checkpoint: already applied
            }
            events.add(event);
            lastBlock = event.blockNumber();
            lastTx = event.txIndex();
        }
        if (events.isEmpty()) {
            return;
        }
        LedgerEvent current = null;
        Projection applying = null;
        try {
            Connection sql = writer();
            Connection forProjections = statements.connection();
            for (LedgerEvent event : events) {
                current = event;
                applying = null;
                ProjectedEvent projected = projected(event);
                for (Projection projection : projections) {
                    applying = projection;
                    projection.apply(projected, forProjections);
                }
            }
            current = null;
            for (Projection projection : projections) {
                applying = projection;
                projection.flush(forProjections);
            }
            applying = null;
            try (PreparedStatement checkpoint = sql.prepareStatement("UPDATE " + CHECKPOINT
                    + " SET block = ?, tx = ?, events = events + ?, ledger = ? WHERE id = 'ledger'")) {
                checkpoint.setLong(1, lastBlock);
                checkpoint.setInt(2, lastTx);
                checkpoint.setLong(3, events.size());
                checkpoint.setString(4, ledgerId());
                checkpoint.executeUpdate();
            }
            sql.commit();
        } catch (SQLException | RuntimeException e) {
            closeWriter();
            for (Projection projection : projections) {
                try {
                    projection.discard();
                } catch (RuntimeException ignored) {
                    // its buffer is its own business; the transaction is rolled back anyway
                }
            }
            if (current == null && applying != null) {
                // A projection's flush failed. With one event, that event is the cause; with more, the batch is tried
                // again one event at a time up to its last, which finds the event.
                if (events.size() == 1) {
                    current = events.get(0);
                } else {
                    LOG.warning("read model: projection " + applying.name() + " could not write the batch "
                            + events.get(0).position() + " … " + events.get(events.size() - 1).position() + ": "
                            + ReadModelDatabase.describe(e) + "; trying again one event at a time");
                    stop(new Failure(events.get(events.size() - 1).position(), null, applying.name(),
                            ReadModelDatabase.describe(e)));
                    retryAtNanos = System.nanoTime();
                    return;
                }
            }
            String at = current == null ? null : current.position();
            String type = current == null ? null : current.type();
            String name = applying == null ? null : applying.name();
            if (current != null) {
                LOG.severe("read model: projecting stopped at " + at + ": " + (name == null
                        ? "the " + type + " event could not be read" : "projection " + name + " failed on the "
                        + type + " event") + ": " + ReadModelDatabase.describe(e) + "; nothing after " + position()
                        .orElse("the start") + " is projected until it is fixed (tried again in "
                        + retryDelayMillis / 1000.0 + " s)");
            } else {
                LOG.severe("read model: the " + database.kind() + " database refused a commit: "
                        + ReadModelDatabase.describe(e) + " (tried again in " + retryDelayMillis / 1000.0 + " s)");
            }
            stop(new Failure(at == null ? events.get(0).position() : at, type, name, ReadModelDatabase.describe(e)));
            return;
        }
        synchronized (stateLock) {
            positionBlock = lastBlock;
            positionTx = lastTx;
        }
        projected.addAndGet(events.size());
        Failure was = failure;
        if (was != null && passed(was.position())) {
            failure = null;
            retryDelayMillis = FIRST_RETRY_MILLIS;
            LOG.info("read model: projecting again after " + was.position() + " (now at " + position().orElse("")
                    + ")");
        }
    }

    private boolean passed(String stoppedAt) {
        long[] at = LedgerEvent.parsePosition(stoppedAt);
        return positionBlock > at[0] || (positionBlock == at[0] && positionTx >= at[1]);
    }

    /** Stops projecting: the subscription is closed and opened again from the checkpoint after a pause. */
    private void stop(Failure why) {
        failure = why;
        closeSubscription();
        retryAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryDelayMillis);
        retryDelayMillis = Math.min(LAST_RETRY_MILLIS, retryDelayMillis * 2);
    }

    private ProjectedEvent projected(LedgerEvent event) {
        JsonNode payload;
        try {
            payload = Json.mapper().readTree(event.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the payload is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            throw new IllegalStateException("the payload is not a JSON object");
        }
        JsonNode at = payload.get("at");
        Instant time = at != null && at.isTextual() ? instant(at.asText()) : null;
        if (time == null) {
            time = blockTime(event.blockNumber());
        }
        return new ProjectedEvent(event.blockNumber(), event.txIndex(), event.txId(), event.type(), payload, time);
    }

    private Instant blockTime(long number) {
        if (number != cachedBlockNumber) {
            BlockInfo block = ledger.block(number)
                    .orElseThrow(() -> new IllegalStateException("the ledger does not have block " + number));
            Instant time = instant(block.time());
            if (time == null) {
                throw new IllegalStateException("block " + number + " has no time");
            }
            cachedBlockTime = time;
            cachedBlockNumber = number;
        }
        return cachedBlockTime;
    }

    private static Instant instant(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** Runs on the projecting thread: empties the tables and the checkpoint and replays from block 0. */
    private boolean rebuildNow() {
        closeSubscription();
        try {
            empty(writer());
        } catch (SQLException e) {
            closeWriter();
            LOG.severe("read model: the rebuild could not empty the tables: " + ReadModelDatabase.describe(e)
                    + " (tried again in " + retryDelayMillis / 1000.0 + " s)");
            stop(new Failure(position().orElse(null), null, null, ReadModelDatabase.describe(e)));
            return false;
        }
        synchronized (stateLock) {
            positionBlock = -1;
            positionTx = -1;
        }
        caughtUpHeight = 0;
        quietPolls = 0;
        rebuilding = true;
        failure = null;
        retryDelayMillis = FIRST_RETRY_MILLIS;
        retryAtNanos = 0;
        LOG.info("read model: rebuilding from block 0 (ledger height " + heightOr(-1) + ")");
        return true;
    }

    // ---------------------------------------------------------------- what others ask

    /**
     * Asks for a rebuild: every projection's tables and the checkpoint are emptied and the ledger replayed from
     * block 0, in the background. While it runs, reports answer from what is replayed so far.
     *
     * @return the state right after the request (rebuilding: true)
     */
    public Status rebuild() {
        rebuilding = true;
        rebuildRequested.set(true);
        return status();
    }

    /** Runs a read-only query on a pooled connection. */
    public <T> T read(ReadModel.Query<T> query) {
        return database.read(query);
    }

    /** @return the last event projected, {@code block:tx} */
    public Optional<String> position() {
        synchronized (stateLock) {
            return positionBlock < 0 ? Optional.empty()
                    : Optional.of(LedgerEvent.position(positionBlock, positionTx));
        }
    }

    /** @return committed blocks not yet projected (0 when caught up; blocks without events count as projected) */
    public long lagBlocks() {
        return lag(currentHeight());
    }

    private long lag(long height) {
        if (height < 0) {
            return 0;
        }
        long done = Math.max(positionBlock + 1, caughtUpHeight);
        return Math.max(0, height - done);
    }

    /** @return the engine's state now */
    public Status status() {
        long height = currentHeight();
        Failure stopped = failure;
        return new Status(position().orElse(null), height, lag(height), rebuilding,
                stopped == null ? null : stopped.position(), projected.get());
    }

    /** @return why projecting is stopped, empty while it follows the ledger */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return events projected by this process */
    public long eventsProjected() {
        return projected.get();
    }

    /** @return whether the database answers now (a query of the checkpoint) */
    public boolean databaseReachable() {
        try {
            database.read(sql -> {
                try (Statement read = sql.createStatement();
                     ResultSet row = read.executeQuery("SELECT block FROM " + CHECKPOINT + " WHERE id = 'ledger'")) {
                    return row.next();
                }
            });
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return the ledger's height now (a report's lag must count a block committed a moment ago), or the last known */
    private long currentHeight() {
        try {
            long height = ledger.height();
            cachedHeightAt = System.nanoTime();
            cachedHeight = height;
            return height;
        } catch (RuntimeException e) {
            return cachedHeight;
        }
    }

    /** The projecting thread's view of the height, asked at most every 500 ms (on Fabric: a query to the peer). */
    private long heightOr(long otherwise) {
        long now = System.nanoTime();
        if (cachedHeight >= 0 && now - cachedHeightAt < HEIGHT_CACHE_NANOS) {
            return cachedHeight;
        }
        try {
            long height = ledger.height();
            cachedHeight = height;
            cachedHeightAt = now;
            return height;
        } catch (RuntimeException e) {
            return cachedHeight >= 0 ? cachedHeight : otherwise;
        }
    }

    /** Stops projecting (the last batch finishes and commits) and closes the database. */
    @Override
    public void close() {
        closed = true;
        try {
            projector.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
