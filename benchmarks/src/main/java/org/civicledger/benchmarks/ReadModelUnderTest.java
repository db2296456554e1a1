package org.civicledger.benchmarks;

import java.nio.file.Path;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * The gateway's read model, driven without Quarkus: its engine over a JDBC url with every report projection,
 * subscribed to the benchmark's ledger. (This build has no read model yet: every phase that needs one says so.)
 */
final class ReadModelUnderTest implements AutoCloseable {

    private ReadModelUnderTest() {
    }

    static ReadModelUnderTest start(LedgerPort ledger, String jdbcUrl, int batch) {
        throw new UnsupportedOperationException("this build has no read model engine");
    }

    static String defaultUrl(Path dataDir) {
        return urlAt(dataDir.resolve("read-model"));
    }

    static String urlAt(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("civic") + ";MODE=PostgreSQL";
    }

    long eventsProjected() {
        return 0;
    }

    long lagBlocks() {
        return 0;
    }

    void awaitHead(long timeoutNanos) {
    }

    void rebuild() {
    }

    @Override
    public void close() {
    }
}
