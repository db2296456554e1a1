package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Keeps the promise of every {@code …Async} method: it never throws, a refused argument is a failed future. */
final class Futures {
    private Futures() {
    }

    /** The call's future, or a future failed with what checking its arguments threw. */
    static <T> CompletableFuture<T> checked(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
