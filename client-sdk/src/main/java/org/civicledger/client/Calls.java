package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What the operation groups share around {@link HttpTransport#call}: asynchronous methods that never throw. */
final class Calls {
    private Calls() {
    }

    /** The call {@code call} makes, or a failed future if preparing it threw (a null or invalid argument). */
    static <T> CompletableFuture<T> guarded(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
