package org.civicledger.benchmarks;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.readmodel.Projection;
import org.civicledger.gateway.readmodel.ReadModelEngine;

/**
 * The gateway's read model driven without Quarkus: its {@link ReadModelEngine} over a JDBC url (the gateway's
 * default H2 settings unless told otherwise), with every report {@link Projection} of the gateway's code (found on
 * the class path: each concrete class implementing it with a no-argument constructor, as the gateway's CDI
 * container makes them), subscribed to the benchmark's ledger.
 */
final class ReadModelUnderTest implements AutoCloseable {
    private static final int READERS = 4;

    private final ReadModelEngine engine;
    private final List<String> projections;

    private ReadModelUnderTest(ReadModelEngine engine, List<String> projections) {
        this.engine = engine;
        this.projections = projections;
    }

    static ReadModelUnderTest start(LedgerPort ledger, String jdbcUrl, int batch) {
        List<Projection> found = projections();
        return new ReadModelUnderTest(ReadModelEngine.start(ledger, found, jdbcUrl, null, null, READERS, batch),
                found.stream().map(Projection::name).toList());
    }

    /** @return the gateway's default url for a read model under {@code dataDir} */
    static String defaultUrl(Path dataDir) {
        return ReadModelEngine.defaultUrl(dataDir);
    }

    List<String> projectionNames() {
        return projections;
    }

    long eventsProjected() {
        return engine.eventsProjected();
    }

    long lagBlocks() {
        return engine.lagBlocks();
    }

    ReadModelEngine.Status status() {
        return engine.status();
    }

    /**
     * Waits until {@code events} events were projected by this engine (when known, i.e. not negative), and the
     * engine reports no lag and no rebuild running.
     *
     * @return the {@link System#nanoTime()} when the last of those events was seen projected (polled every 5 ms)
     */
    long awaitHead(long events, long timeoutNanos, String label) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeoutNanos;
        long reached = -1;
        long lastLine = start;
        long eventsAtStart = engine.eventsProjected();
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() - lastLine > 30_000_000_000L) {
                lastLine = System.nanoTime();
                long done = engine.eventsProjected() - eventsAtStart;
                EmbeddedLedgerBenchmark.line("PROGRESS %s events=%d seconds=%.0f rate=%.0fev/s status=%s load=%s",
                        label, done, (lastLine - start) / 1e9, done / ((lastLine - start) / 1e9), engine.status(),
                        EmbeddedLedgerBenchmark.loadAverage());
            }
            if (engine.failure().isPresent()) {
                throw new IllegalStateException("the read model stopped: " + engine.failure().get());
            }
            long now = System.nanoTime();
            if (reached < 0 && events >= 0 && engine.eventsProjected() >= events) {
                reached = now;
            }
            ReadModelEngine.Status status = engine.status();
            if ((events < 0 || reached >= 0) && status.lagBlocks() == 0 && !status.rebuilding()) {
                return reached >= 0 ? reached : now;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the read model did not reach the head in time: " + engine.status());
    }

    /** @return CPU time of the engine's projecting thread ({@code civic-read-model}) so far */
    long projectorCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("civic-read-model")) {
                total += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return total;
    }

    void rebuild() {
        engine.rebuild();
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Every concrete {@link Projection} of the gateway's code with a no-argument constructor, by class name. */
    static List<Projection> projections() {
        List<Projection> out = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name, false, ReadModelUnderTest.class.getClassLoader());
                if (!Projection.class.isAssignableFrom(type) || type.isInterface()
                        || Modifier.isAbstract(type.getModifiers()) || type.getName().contains("Test")) {
                    continue;
                }
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                out.add((Projection) constructor.newInstance());
            } catch (NoSuchMethodException e) {
                EmbeddedLedgerBenchmark.line("NOTE projection %s has no no-argument constructor: not measured", name);
            } catch (ReflectiveOperationException | LinkageError e) {
                // not a class this benchmark can load: not a projection of the gateway's
            }
        }
        out.sort(Comparator.comparing(Projection::name));
        return out;
    }

    /** Class names under {@code org/civicledger/gateway/} in the jar or folder that holds the gateway's classes. */
    private static List<String> classNames() {
        List<String> names = new ArrayList<>();
        try {
            Path source = Path.of(Projection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source.resolve("org/civicledger/gateway"))) {
                    files.map(f -> source.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                            .forEach(f -> names.add(f.replace('/', '.').replaceAll("\\.class$", "")));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith("org/civicledger/gateway/") && entry.endsWith(".class")
                                && !entry.contains("$")) {
                            names.add(entry.replace('/', '.').replaceAll("\\.class$", ""));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the gateway's classes", e);
        }
        return names;
    }
}
