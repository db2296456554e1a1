package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The promise of every {@code …Async} method: it never throws on the caller's thread (a null or invalid argument is
 * a failed future), and its future fails with the SDK's exception itself, not wrapped in a
 * {@link CompletionException}, so {@code future.handle((v, e) -> e)} is the typed exception. The blocking
 * variant throws that same exception.
 */
class AsyncContractTest extends GatewayTest {
    private static final String NOBODY = "0".repeat(64);

    @Test
    void no_async_method_throws_on_the_callers_thread_and_none_fails_wrapped_even_with_null_arguments()
            throws Exception {
        List<String> threw = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> wrapped = new ArrayList<>();
        int calls = 0;
        for (Method accessor : CivicLedgerClient.class.getMethods()) {
            if (accessor.getParameterCount() != 0 || !accessor.getReturnType().isInterface()) {
                continue;
            }
            Object group = accessor.invoke(app);
            for (Method method : accessor.getReturnType().getMethods()) {
                if (method.getReturnType() != CompletableFuture.class || method.getParameterCount() == 0) {
                    continue;
                }
                String name = accessor.getName() + "()." + method.getName() + "(nulls)";
                calls++;
                CompletableFuture<?> future;
                try {
                    future = (CompletableFuture<?>) method.invoke(group, nulls(method.getParameterTypes()));
                } catch (InvocationTargetException e) {
                    threw.add(name + " threw " + e.getCause());
                    continue;
                }
                assertNotNull(future, name);
                Object[] outcome = future.handle((value, failure) -> new Object[] {value, failure})
                        .get(30, TimeUnit.SECONDS);
                if (outcome[0] instanceof AutoCloseable) {
                    ((AutoCloseable) outcome[0]).close(); // an event subscription that should not have opened
                }
                Throwable failure = (Throwable) outcome[1];
                if (failure instanceof CompletionException) {
                    wrapped.add(name + " failed with " + failure);
                }
                if (failure == null && takesARequiredValue(method)) {
                    accepted.add(name);
                }
            }
        }

        assertTrue(calls >= 20, "the groups' async methods were found: " + calls);
        assertEquals(List.of(), threw, "async methods that threw on the caller's thread");
        assertEquals(List.of(), wrapped, "async methods whose failure is wrapped");
        assertEquals(List.of(), accepted, "async methods that accepted a null request");
    }

    @Test
    void an_invalid_argument_is_a_failed_future_too() {
        CompletableFuture<?> future = app.contributions().awardBatchAsync(List.of());

        Throwable failure = future.handle((v, e) -> e).join();

        // the batch's builder states the rule, as every request builder does: IllegalStateException
        assertTrue(failure instanceof IllegalStateException, String.valueOf(failure));
    }

    @Test
    void a_refused_call_fails_its_future_with_the_typed_exception_itself() {
        Throwable notFound = auditor.residents().getAsync(NOBODY).handle((v, e) -> e).join();
        Throwable forbidden = merchant.contributions().awardAsync(hours(newResident(), 1)).handle((v, e) -> e).join();

        assertEquals(NotFoundException.class, classOf(notFound), String.valueOf(notFound));
        assertEquals(ForbiddenException.class, classOf(forbidden), String.valueOf(forbidden));
    }

    @Test
    void the_blocking_variant_throws_the_same_typed_exception() {
        assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> auditor.residents().get(NOBODY));
    }

    @Test
    void a_transport_failure_is_a_TransportException_itself() throws Exception {
        try (java.net.Socket refusing = RealGateway.refusingPort()) {
            CivicLedgerClient nowhere = CivicLedgerClient.builder()
                    .baseUrl("http://127.0.0.1:" + refusing.getLocalPort()).token(RealGateway.AUDITOR_TOKEN)
                    .maxRetries(0).build();

            Throwable failure = nowhere.residents().balanceAsync(NOBODY).handle((v, e) -> e).join();

            assertEquals(TransportException.class, classOf(failure), String.valueOf(failure));
        }
    }

    private static Class<?> classOf(Throwable failure) {
        return failure == null ? null : failure.getClass();
    }

    /** A request body, a list of them, or a listener: never optional. */
    private static boolean takesARequiredValue(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (type.getSimpleName().endsWith("Request") || List.class.isAssignableFrom(type)
                    || type == EventListener.class) {
                return true;
            }
        }
        return false;
    }

    private static Object[] nulls(Class<?>[] types) {
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == long.class) {
                out[i] = 0L;
            } else if (types[i] == int.class) {
                out[i] = 0;
            } else if (types[i] == boolean.class) {
                out[i] = false;
            }
        }
        return out;
    }
}
