package org.civicledger.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.civicledger.api.Wire;

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

    /**
     * A call whose answer type is also a write's answer ({@code Resident}, {@code ActivityType}), made by an
     * operation that has no replay: the answer is read as not replayed, whatever its status.
     */
    static <T> CompletableFuture<T> notReplayed(HttpTransport transport, String method, String path, Object body,
                                                JavaType answer) {
        return HttpTransport.unwrapped(transport.<JsonNode>call(method, path, body, Wire.type(JsonNode.class))
                .thenApply(json -> {
                    try {
                        return Wire.read(json, answer, false);
                    } catch (IllegalArgumentException e) {
                        throw new TransportException("the gateway's answer does not match the contract: "
                                + e.getMessage(), e);
                    }
                }));
    }
}
