package org.civicledger.chaincode.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;

/**
 * The contracts run exactly as a peer runs them: through the contract API's router, one
 * {@link MemoryStub} per transaction, over one in-memory world state and a settable clock.
 */
public final class TestLedger {
    private static ContractRouter router;
    /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private final TreeMap<String, byte[]> state = new TreeMap<>();
    private Instant now;
    private long txCount;
    private int lastReads;
    private java.util.Set<String> lastReadKeys = java.util.Set.of();
    private java.util.Set<String> lastWrittenKeys = java.util.Set.of();
    private final List<Result> committed = new ArrayList<>();
    /** For a fork: the state it started from, and every key its transactions read and wrote. */
    private Map<String, byte[]> forkedFrom;
    private final java.util.Set<String> allReadKeys = new java.util.TreeSet<>();
    private final java.util.Set<String> allWrittenKeys = new java.util.TreeSet<>();

    public TestLedger(Instant start) {
        this.now = start;
    }

    /** The outcome of one invocation. */
    public record Result(int status, String payload, String message, String eventName, String eventPayload,
                         String txId) {
        public JsonNode json() {
            return TestLedger.parse(payload);
        }

        public ErrorCode code() {
            return ErrorCode.fromMessage(message);
        }
    }

    /** A ledger starting from a copy of this one's state, as a second endorser simulating concurrently would. */
    public TestLedger fork() {
        TestLedger copy = new TestLedger(now);
        copy.state.putAll(state);
        copy.forkedFrom = new TreeMap<>(state);
        copy.txCount = txCount + 1_000_000;
        return copy;
    }

    /**
     * Commits what this fork's transactions wrote into {@code target}, as a peer's MVCC validation
     * would: only if no key they read has changed in {@code target} since the fork was made
     * (a value compared byte for byte stands in for its version).
     *
     * @return whether the writes were committed (false: MVCC_READ_CONFLICT, nothing written)
     */
    public boolean commitInto(TestLedger target) {
        if (forkedFrom == null) {
            throw new IllegalStateException("only a fork commits into another ledger");
        }
        for (String key : allReadKeys) {
            if (!Arrays.equals(forkedFrom.get(key), target.state.get(key))) {
                return false;
            }
        }
        for (String key : allWrittenKeys) {
            byte[] value = state.get(key);
            if (value == null) {
                target.state.remove(key);
            } else {
                target.state.put(key, value);
            }
        }
        return true;
    }

    /** Writes a record straight into the state, as an earlier version of the chaincode left it. */
    public void putRaw(String key, String json) {
        state.put(key, json.getBytes(StandardCharsets.UTF_8));
    }

    public void removeRaw(String key) {
        state.remove(key);
    }

    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void setNow(Instant instant) {
        now = instant;
    }

    /** Invokes {@code Contract:transaction} as {@code who}. */
    public Result invoke(Identity who, String function, String... args) {
        List<String> all = new ArrayList<>();
        all.add(function);
        all.addAll(Arrays.asList(args));
        String txId = String.format("tx%08d", ++txCount);
        MemoryStub stub = new MemoryStub(state, all, txId, now, who.serialized(), who.mspId());
        Chaincode.Response response = router().invoke(stub);
        lastReads = stub.reads;
        lastReadKeys = stub.readKeys;
        lastWrittenKeys = stub.writtenKeys;
        allReadKeys.addAll(stub.readKeys);
        allWrittenKeys.addAll(stub.writtenKeys);
        String payload = response.getPayload() == null ? null : new String(response.getPayload(), StandardCharsets.UTF_8);
        Result result = new Result(response.getStatus().getCode(), payload, response.getMessage(),
                stub.getEvent() == null ? null : stub.getEvent().getEventName(),
                stub.getEvent() == null ? null : stub.getEvent().getPayload().toStringUtf8(), txId);
        if (result.status() == 200 && result.eventName() != null) {
            committed.add(result);
        }
        if (result.status() != 200 && result.code() == null) {
            fail("not a business refusal (" + result.status() + "): " + result.message());
        }
        return result;
    }

    /** Invokes and asserts success. */
    public JsonNode ok(Identity who, String function, String... args) {
        Result result = invoke(who, function, args);
        if (result.status() != 200) {
            fail(function + " refused: " + result.message());
        }
        return result.json();
    }

    /**
     * Invokes and asserts the refusal's code, and that the world state is byte for byte what it
     * was before and no event was set.
     */
    public Result refused(ErrorCode expected, Identity who, String function, String... args) {
        Map<String, String> before = snapshot();
        Result result = invoke(who, function, args);
        assertEquals(expected, result.code(), () -> function + " gave " + result.status() + " " + result.message());
        assertEquals(before, snapshot(), () -> function + " refused with " + expected + " but changed the state");
        assertNull(result.eventName(), "a refused transaction set an event");
        return result;
    }

    /** The world state, key → JSON text. */
    public Map<String, String> snapshot() {
        Map<String, String> copy = new LinkedHashMap<>();
        state.forEach((k, v) -> copy.put(k, new String(v, StandardCharsets.UTF_8)));
        return copy;
    }

    public String raw(String key) {
        byte[] value = state.get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Keys read by the last invocation (point reads and range results). */
    public int lastReads() {
        return lastReads;
    }

    /** Keys the last invocation read (point reads and range results). */
    public java.util.Set<String> lastReadKeys() {
        return lastReadKeys;
    }

    /** Keys the last invocation wrote or deleted. */
    public java.util.Set<String> lastWrittenKeys() {
        return lastWrittenKeys;
    }

    /** Successful transactions that set an event, in order. */
    public List<Result> events() {
        return committed;
    }

    public static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized ContractRouter router() {
        if (router == null) {
            router = new ContractRouter(new String[] {"-i", "civic-ledger-test"});
            quietShimLogs(); // the constructor set them to INFO; the scan below would log all metadata
            try {
                router.startRouterWithChaincodeServer(new ChaincodeServer() {
                    @Override
                    public void start() {
                    }

                    @Override
                    public void stop() {
                    }
                });
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return router;
    }

    /** The router logs every call and every refusal; tests refuse thousands of calls on purpose. */
    private static void quietShimLogs() {
        Level level = Boolean.getBoolean("civic.test.shimLogs") ? Level.INFO : Level.OFF;
        for (String name : new String[] {"org.hyperledger", "org.hyperledger.fabric.contract",
            "org.hyperledger.fabric.shim", "org.hyperledger.fabric.contract.ContractRouter"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(level);
            QUIETED.add(logger);
        }
    }
}
