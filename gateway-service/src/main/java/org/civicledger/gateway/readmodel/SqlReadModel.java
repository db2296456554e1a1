package org.civicledger.gateway.readmodel;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicledger.gateway.config.CivicConfig;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * The gateway's read model: every {@link Projection} bean, fed by one {@link ReadModelEngine} that follows the
 * ledger (either mode: it needs only {@link LedgerPort#subscribe} and {@link LedgerPort#block}). The database is
 * {@code civic.read-model.jdbc-url} (PostgreSQL or H2), by default an H2 file under {@code <data dir>/read-model/}.
 * It starts with the gateway and is closed with it. README "The read model".
 */
@ApplicationScoped
public class SqlReadModel implements ReadModel {
    @Inject
    LedgerPort ledger;

    @Inject
    CivicConfig config;

    @Inject
    Instance<Projection> projections;

    private ReadModelEngine engine;

    @PostConstruct
    void open() {
        CivicConfig.ReadModel settings = config.readModel();
        List<Projection> all = projections.stream().sorted(Comparator.comparing(Projection::name)).toList();
        engine = ReadModelEngine.start(ledger, all,
                settings.jdbcUrl().filter(url -> !url.isBlank())
                        .orElseGet(() -> ReadModelEngine.defaultUrl(config.dataDir())),
                settings.user().orElse(null), settings.password().orElse(null), settings.poolSize(),
                settings.batchSize());
    }

    /** Starts with the gateway (not at the first report), and publishes the read model's metrics. */
    void onStart(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("civic.read-model.lag.blocks", this, SqlReadModel::lagBlocks)
                .description("Committed ledger blocks not yet projected into the read model").register(registry);
        FunctionCounter.builder("civic.read-model.events.projected", this, r -> r.engine.eventsProjected())
                .description("Ledger events projected into the read model by this gateway").register(registry);
    }

    @Override
    public <T> T read(Query<T> query) {
        return engine.read(query);
    }

    @Override
    public Optional<String> position() {
        return engine.position();
    }

    @Override
    public long lagBlocks() {
        return engine.lagBlocks();
    }

    /** @return the engine's state (health, the rebuild endpoint) */
    public ReadModelEngine.Status status() {
        return engine.status();
    }

    /** @return whether the database answers */
    public boolean databaseReachable() {
        return engine.databaseReachable();
    }

    /** Empties the read model and replays the ledger into it, in the background. */
    public ReadModelEngine.Status rebuild() {
        return engine.rebuild();
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
