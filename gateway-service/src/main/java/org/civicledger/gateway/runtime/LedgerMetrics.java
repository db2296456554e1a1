package org.civicledger.gateway.runtime;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * The ledger's Prometheus metrics at {@code /q/metrics}: block height, transactions committed and
 * conflicts retried (commit latency is timed where writes are submitted, in {@code LedgerCalls}).
 */
@Singleton
public class LedgerMetrics {
    void register(@Observes StartupEvent event, MeterRegistry registry, LedgerPort ledger) {
        Gauge.builder("civic.ledger.block.height", ledger, LedgerPort::height)
                .description("Committed blocks").register(registry);
        FunctionCounter.builder("civic.ledger.transactions.committed", ledger, p -> p.counters().committed())
                .description("Transactions committed valid by this gateway").register(registry);
        FunctionCounter.builder("civic.ledger.conflicts.retried", ledger, p -> p.counters().conflictsRetried())
                .description("Transactions simulated again after an MVCC or phantom-read conflict").register(registry);
    }
}
