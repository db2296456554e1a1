package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The client's production options, against the real gateway (through a local recording proxy where the test must
 * see what reached the wire): per-call options, a token supplier, listeners, one's own {@link HttpClient} or
 * {@link SSLContext}, and the SDK's User-Agent.
 */
class ClientOptionsTest extends GatewayTest {

    /** An auditor's client of this base URL, configured further by {@code more}. */
    private static CivicLedgerClient auditorOf(String baseUrl, java.util.function.UnaryOperator<CivicLedgerClient.Builder> more) {
        return more.apply(CivicLedgerClient.builder().baseUrl(baseUrl).token(RealGateway.AUDITOR_TOKEN)
                .timeout(Duration.ofSeconds(20))).build();
    }

    /** What a listener saw of each answer. */
    private static final class Recorder implements CallListener {
        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final List<Duration> elapsed = new CopyOnWriteArrayList<>();
        final List<HttpRequest> requests = new CopyOnWriteArrayList<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onResponse(HttpRequest request, HttpResponse<?> response, Duration took) {
            requests.add(request);
            statuses.add(response.statusCode());
            bodies.add(String.valueOf(response.body()));
            elapsed.add(took);
        }

        @Override
        public void onFailure(HttpRequest request, Throwable failure, Duration took) {
            requests.add(request);
            failures.add(failure);
            elapsed.add(took);
        }
    }

    @Nested
    class PerCallOptions {
        @Test
        void a_view_with_a_short_timeout_gives_up_while_the_client_itself_waits() throws IOException {
            String residentId = newResident();
            try (RecordingProxy proxy = new RecordingProxy(RealGateway.baseUrl())) {
                CivicLedgerClient client = auditorOf(proxy.baseUrl(), b -> b.maxRetries(0));
                proxy.delay(1_500);

                TransportException e = assertThrows(TransportException.class, () -> client
                        .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
                        .residents().balance(residentId));

                assertTrue(e.detail().contains("no answer within PT0.3S"), e.detail());
                assertEquals(0, client.residents().balance(residentId).available(), "the client's own 20 s");
            }
        }

        @Test
        void a_view_adds_its_headers_to_its_calls_only() throws IOException {
            String residentId = newResident();
            try (RecordingProxy proxy = new RecordingProxy(RealGateway.baseUrl())) {
                CivicLedgerClient client = auditorOf(proxy.baseUrl(), b -> b);

                client.withOptions(RequestOptions.builder().header("X-Request-Id", "req-42").build())
                        .residents().balance(residentId);
                assertEquals("req-42", proxy.last().header("X-Request-Id"));

                client.residents().balance(residentId);
                assertNull(proxy.last().header("X-Request-Id"), "the client itself is unchanged");
            }
        }

        @Test
        void a_view_cannot_replace_the_sdks_own_headers() {
            for (String own : List.of("Authorization", "accept", "Content-Type", "User-Agent")) {
                assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header(own, "x"), own);
            }
        }

        @Test
        void a_view_listener_sees_the_raw_201_of_a_write_and_the_200_of_its_replay() {
            Recorder recorder = new Recorder();
            CivicLedgerClient view = app.withOptions(RequestOptions.builder().listener(recorder).build());
            var request = hours(newResident(), 2);

            var first = view.contributions().award(request);
            var again = view.contributions().award(request);

            assertEquals(List.of(201, 200), recorder.statuses);
            assertTrue(recorder.bodies.get(0).contains("\"txId\":\"" + first.txId() + "\""), recorder.bodies.get(0));
            assertEquals(recorder.bodies.get(0), recorder.bodies.get(1), "the replay answers the original");
            assertEquals(first.txId(), again.txId());
            assertTrue(again.replayed());
        }
    }

    @Nested
    class TokenSupplier {
        @Test
        void a_rotated_token_is_used_by_the_next_call() {
            String residentId = newResident();
            AtomicReference<String> token = new AtomicReference<>("a-token-nobody-issued");
            CivicLedgerClient client = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl())
                    .tokenSupplier(token::get).timeout(Duration.ofSeconds(20)).build();

            assertProblem(UnauthenticatedException.class, 401, "UNAUTHENTICATED",
                    () -> client.residents().balance(residentId));
            token.set(RealGateway.AUDITOR_TOKEN);

            assertEquals(0, client.residents().balance(residentId).available());
        }

        /** A write, so that only the SDK retries it (the JDK's client repeats some failed GETs on its own). */
        @Test
        void the_supplier_is_asked_on_every_attempt_of_a_retried_call() throws IOException {
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger attempts = new AtomicInteger();
            try (DroppingProxy proxy = new DroppingProxy(RealGateway.port(), 2)) {
                CivicLedgerClient client = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                        .tokenSupplier(() -> {
                            asked.incrementAndGet();
                            return RealGateway.APP_TOKEN;
                        })
                        .listener(new CallListener() {
                            @Override
                            public void onRequest(HttpRequest.Builder request) {
                                attempts.incrementAndGet();
                            }
                        })
                        .maxRetries(3).initialBackoff(Duration.ofMillis(10)).build();

                client.residents().enrol("sdk-test-" + java.util.UUID.randomUUID());

                assertEquals(2, proxy.dropped());
                assertEquals(3, attempts.get(), "two dropped attempts and the one answered");
                assertEquals(3, asked.get(), "once per attempt");
            }
        }

        @Test
        void a_supplier_that_returns_no_token_fails_the_future_not_the_caller() {
            CivicLedgerClient client = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl())
                    .tokenSupplier(() -> " ").build();

            Throwable failure = client.residents().balanceAsync("0".repeat(64)).handle((v, e) -> e).join();

            // (AsyncContractTest holds the failure to be the exception itself, not wrapped)
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            assertTrue(cause instanceof IllegalStateException, String.valueOf(failure));
            assertTrue(cause.getMessage().contains("no token"), cause.getMessage());
        }
    }

    @Nested
    class Listeners {
        @Test
        void on_request_can_add_a_header_and_on_response_gets_the_status_and_the_time_taken() throws IOException {
            String residentId = newResident();
            Recorder recorder = new Recorder();
            try (RecordingProxy proxy = new RecordingProxy(RealGateway.baseUrl())) {
                CivicLedgerClient client = auditorOf(proxy.baseUrl(), b -> b
                        .listener(new CallListener() {
                            @Override
                            public void onRequest(HttpRequest.Builder request) {
                                request.header("X-Trace-Id", "trace-7");
                            }
                        })
                        .listener(recorder));

                client.residents().balance(residentId);

                assertEquals("trace-7", proxy.last().header("X-Trace-Id"));
                assertEquals(List.of(200), recorder.statuses);
                assertTrue(recorder.bodies.get(0).contains(residentId), recorder.bodies.get(0));
                assertTrue(!recorder.elapsed.get(0).isNegative() && !recorder.elapsed.get(0).isZero(),
                        String.valueOf(recorder.elapsed));
                assertEquals("GET", recorder.requests.get(0).method());
                assertTrue(recorder.requests.get(0).uri().getPath().endsWith("/residents/" + residentId + "/balance"));
            }
        }

        @Test
        void on_failure_is_told_of_a_refused_connection() throws IOException {
            Recorder recorder = new Recorder();
            try (Socket refusing = RealGateway.refusingPort()) {
                CivicLedgerClient client = auditorOf("http://127.0.0.1:" + refusing.getLocalPort(),
                        b -> b.maxRetries(0).listener(recorder));

                assertThrows(TransportException.class, () -> client.residents().balance("0".repeat(64)));

                assertEquals(1, recorder.failures.size(), String.valueOf(recorder.failures));
                assertTrue(recorder.failures.get(0) instanceof IOException, String.valueOf(recorder.failures));
                assertEquals(List.of(), recorder.statuses);
            }
        }

        @Test
        void a_listener_that_throws_does_not_break_the_call() {
            String residentId = newResident();
            CivicLedgerClient client = auditorOf(RealGateway.baseUrl(), b -> b.listener(new CallListener() {
                @Override
                public void onRequest(HttpRequest.Builder request) {
                    throw new IllegalStateException("a faulty listener");
                }

                @Override
                public void onResponse(HttpRequest request, HttpResponse<?> response, Duration elapsed) {
                    throw new IllegalStateException("a faulty listener");
                }
            }));

            assertEquals(0, client.residents().balance(residentId).available());
        }
    }

    @Nested
    class OwnHttpClient {
        @Test
        void the_given_http_client_is_the_one_used() {
            String residentId = newResident();
            AtomicInteger tasks = new AtomicInteger();
            ExecutorService pool = Executors.newCachedThreadPool();
            try {
                HttpClient own = HttpClient.newBuilder().executor(task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                }).build();
                CivicLedgerClient client = auditorOf(RealGateway.baseUrl(), b -> b.httpClient(own));

                assertEquals(0, client.residents().balance(residentId).available());

                assertTrue(tasks.get() > 0, "the call ran on the given client's executor");
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void an_ssl_context_with_an_own_http_client_is_refused_as_it_would_be_ignored() throws Exception {
            CivicLedgerClient.Builder builder = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl())
                    .token(RealGateway.AUDITOR_TOKEN).httpClient(HttpClient.newHttpClient())
                    .sslContext(SSLContext.getDefault());

            IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

            assertTrue(e.getMessage().contains("sslContext"), e.getMessage());
        }

        @Test
        void an_ssl_context_alone_configures_the_sdks_own_client() throws Exception {
            String residentId = newResident();
            CivicLedgerClient client = auditorOf(RealGateway.baseUrl(), b -> sslContext(b));

            assertEquals(0, client.residents().balance(residentId).available());
        }

        private CivicLedgerClient.Builder sslContext(CivicLedgerClient.Builder builder) {
            try {
                return builder.sslContext(SSLContext.getDefault());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class UserAgent {
        @Test
        void every_request_names_the_sdk() throws IOException {
            String residentId = newResident();
            Recorder recorder = new Recorder();
            try (RecordingProxy proxy = new RecordingProxy(RealGateway.baseUrl())) {
                CivicLedgerClient client = auditorOf(proxy.baseUrl(), b -> b.listener(recorder));

                client.residents().balance(residentId);

                String onTheWire = proxy.last().header("User-Agent");
                assertNotNull(onTheWire);
                assertTrue(onTheWire.startsWith("civic-ledger-java-sdk/"), onTheWire);
                assertEquals(onTheWire, recorder.requests.get(0).headers().firstValue("User-Agent").orElse(null));
            }
        }
    }
}
