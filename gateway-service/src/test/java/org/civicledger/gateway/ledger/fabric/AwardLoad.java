package org.civicledger.gateway.ledger.fabric;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Awards through the gateway from several client threads, as a careful integrator sends them: each
 * to a newly enrolled resident, each retried under the same contribution id while the gateway cannot
 * be reached or answers 503, until it is acknowledged (201, or 200 for a replay). Records every
 * acknowledgement and anything else that went wrong.
 */
final class AwardLoad implements AutoCloseable {
    /** An acknowledged award: the id the client chose, its resident, and the transaction the gateway named. */
    record Ack(String contributionId, String residentId, String txId, int status) {
    }

    private static final long RETRY_FOR_MILLIS = 120_000;

    private final FabricGateway gateway;
    private final ExecutorService threads;
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> enrolments = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final Instant occurredAt = Instant.now().minusSeconds(60);
    private volatile boolean running = true;

    AwardLoad(FabricGateway gateway, int clients) {
        this.gateway = gateway;
        this.threads = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            threads.submit(this::work);
        }
    }

    int acknowledged() {
        return acks.size();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** @return the transactions of the acknowledged enrolments (each award's resident is enrolled first) */
    List<String> enrolmentTxIds() {
        return List.copyOf(enrolments);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Waits until at least {@code count} awards are acknowledged. */
    void awaitAcknowledged(int count, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (acks.size() < count && System.nanoTime() < end && errors.isEmpty()) {
            Thread.sleep(100);
        }
        if (acks.size() < count) {
            throw new AssertionError("only " + acks.size() + " of " + count + " awards acknowledged in " + seconds
                    + " s; errors: " + errors);
        }
    }

    private void work() {
        while (running) {
            try {
                String run = UUID.randomUUID().toString();
                FabricGateway.Enrolment enrolment = retrying(() -> gateway.enrolment("fault-" + run));
                enrolments.add(enrolment.txId());
                String residentId = enrolment.residentId();
                String contributionId = "fault-c-" + run;
                HttpResponse<String> response = retrying(() -> {
                    HttpResponse<String> r = gateway.award(contributionId, residentId, occurredAt);
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        throw new FabricGateway.Refused(r);
                    }
                    return r;
                });
                String txId = FabricGateway.JSON.readTree(response.body()).path("txId").asText();
                acks.add(new Ack(contributionId, residentId, txId, response.statusCode()));
            } catch (Exception e) {
                errors.add(e.toString());
                return;
            }
        }
    }

    private interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Retries while the gateway is unreachable, unavailable (503) or contended (429: nothing was written);
     * any other answer is final.
     */
    private static <T> T retrying(Call<T> call) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + RETRY_FOR_MILLIS;
        while (true) {
            try {
                return call.call();
            } catch (IOException | FabricGateway.Refused e) {
                boolean retryable = e instanceof IOException || ((FabricGateway.Refused) e).status == 503
                        || ((FabricGateway.Refused) e).status == 429;
                if (!retryable || System.currentTimeMillis() > end) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(180, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }
}
