package org.civicledger.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicledger.api.ErrorCode;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.junit.jupiter.api.Test;

class StartupRetryTest {
    private static final Duration PAUSE = Duration.ofMillis(20);

    private static LedgerRefusal unavailable(int attempt) {
        return new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE,
                "the Fabric network did not answer: FAILED_PRECONDITION no combination of peers can be derived #"
                        + attempt, "tx-" + attempt);
    }

    @Test
    void asks_again_while_the_ledger_is_unavailable_and_returns_the_first_answer() {
        AtomicInteger attempts = new AtomicInteger();
        StartupRetry retry = new StartupRetry(null, Duration.ofSeconds(30), PAUSE);

        long height = retry.call("height", () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt < 3) {
                throw unavailable(attempt);
            }
            return 42L;
        });

        assertEquals(42L, height);
        assertEquals(3, attempts.get());
    }

    @Test
    void a_refusal_other_than_unavailable_ends_the_start_at_once() {
        AtomicInteger attempts = new AtomicInteger();
        LedgerRefusal forbidden = new LedgerRefusal(ErrorCode.FORBIDDEN, "FORBIDDEN: not an admin", "tx-1");
        StartupRetry retry = new StartupRetry(null, Duration.ofSeconds(30), PAUSE);

        LedgerRefusal thrown = assertThrows(LedgerRefusal.class, () -> retry.call("Registry:init", () -> {
            attempts.incrementAndGet();
            throw forbidden;
        }));

        assertSame(forbidden, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void an_error_that_is_not_a_refusal_is_not_retried() {
        AtomicInteger attempts = new AtomicInteger();
        StartupRetry retry = new StartupRetry(null, Duration.ofSeconds(30), PAUSE);

        assertThrows(IllegalStateException.class, () -> retry.call("height", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("qscc answered something that is not chain info");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void gives_up_after_the_wait_naming_the_setting_and_the_last_cause() {
        AtomicInteger attempts = new AtomicInteger();
        Duration wait = Duration.ofMillis(200);
        StartupRetry retry = new StartupRetry(null, wait, PAUSE);

        LedgerRefusal thrown = assertThrows(LedgerRefusal.class, () -> retry.call("Registry:init", () -> {
            throw unavailable(attempts.incrementAndGet());
        }));

        assertEquals(ErrorCode.LEDGER_UNAVAILABLE, thrown.code());
        assertTrue(thrown.getMessage().contains("Registry:init"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("civic.ledger.startup-wait"), thrown.getMessage());
        assertTrue(thrown.getMessage().endsWith("#" + attempts.get()), "the last cause: " + thrown.getMessage());
        assertEquals("tx-" + attempts.get(), thrown.txId());
        // every attempt after the first follows a full pause, and none starts past the deadline
        assertTrue(attempts.get() >= 2 && attempts.get() <= wait.toMillis() / PAUSE.toMillis() + 1,
                "attempts: " + attempts.get());
    }

    @Test
    void the_deadline_is_shared_by_every_call_of_one_start() throws Exception {
        StartupRetry retry = new StartupRetry(null, Duration.ofMillis(100), PAUSE);
        Thread.sleep(150);
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(LedgerRefusal.class, () -> retry.call("Registry:register", () -> {
            throw unavailable(attempts.incrementAndGet());
        }));
        assertEquals(1, attempts.get(), "a later call gets no fresh wait of its own");
    }

    @Test
    void submit_passes_the_transaction_to_the_ledger_and_retries_it_whole() {
        List<List<Object>> submitted = new ArrayList<>();
        LedgerPort ledger = (LedgerPort) Proxy.newProxyInstance(LedgerPort.class.getClassLoader(),
                new Class<?>[] {LedgerPort.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("submit")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    submitted.add(List.of(method.getName(), args[1], List.of((String[]) args[2])));
                    if (submitted.size() == 1) {
                        throw unavailable(1);
                    }
                    return null;
                });

        new StartupRetry(ledger, Duration.ofSeconds(30), PAUSE).submit(null, "Registry:register", "{\"a\":1}");

        assertEquals(List.of(List.of("submit", "Registry:register", List.of("{\"a\":1}")),
                List.of("submit", "Registry:register", List.of("{\"a\":1}"))), submitted);
    }
}
