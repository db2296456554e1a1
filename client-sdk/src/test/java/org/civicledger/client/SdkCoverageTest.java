package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK covers the API: every operation of the real gateway's OpenAPI document under {@code /api/} has an SDK
 * method that says so ({@link Endpoint}), and every such method names an operation that exists. A new endpoint
 * without an SDK method fails here.
 */
@ExtendWith(RealGateway.class)
class SdkCoverageTest {

    @Test
    void every_api_operation_of_the_gateway_has_an_sdk_method_and_every_sdk_endpoint_exists() throws Exception {
        Set<String> documented = documentedOperations();
        Set<String> covered = sdkEndpoints();

        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(documented);

        assertTrue(documented.size() >= 30, "the document lists the API's operations: " + documented);
        assertEquals(Set.of(), missing, "operations of the gateway without an @Endpoint SDK method");
        assertEquals(Set.of(), unknown, "@Endpoint SDK methods naming no operation of the gateway");
    }

    /** "METHOD /path" of every operation under /api/ in the gateway's OpenAPI document. */
    private static Set<String> documentedOperations() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RealGateway.baseUrl() + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "GET /q/openapi");
        JsonNode paths = new ObjectMapper().readTree(answer.body()).path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        });
        return operations;
    }

    /**
     * The {@link Endpoint} of every method of the interfaces reachable from {@link CivicLedgerClient}: its group
     * accessors' return types, and the SDK interfaces those return in turn.
     */
    private static Set<String> sdkEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>();
        toVisit.add(CivicLedgerClient.class);
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.poll();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Endpoint endpoint = method.getAnnotation(Endpoint.class);
                if (endpoint != null) {
                    endpoints.add(normalised(endpoint.value(), method));
                }
                Class<?> returned = method.getReturnType();
                if (returned.isInterface() && returned.getPackage() == CivicLedgerClient.class.getPackage()) {
                    toVisit.add(returned);
                }
            }
        }
        return endpoints;
    }

    private static String normalised(String endpoint, Method method) {
        String[] parts = endpoint.trim().split("\\s+");
        assertEquals(2, parts.length, method + ": @Endpoint is \"METHOD /path\", was \"" + endpoint + "\"");
        return parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
    }
}
