package org.civicledger.verify;

import java.security.cert.X509Certificate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The chain's signature verifications, on every core while the reading thread parses the next
 * blocks: ECDSA verification is most of a chain's cost. Bounded: at most {@value #QUEUED} checks wait
 * (their signed bytes with them); beyond that the reading thread verifies one itself. Failures are
 * reported as if everything had run in order: the failure of the earliest check queued, before any
 * failure the reading thread found after queuing it ({@link #earliest}).
 */
final class SignatureChecks implements AutoCloseable {
    static final int QUEUED = 4096;

    private final ThreadPoolExecutor pool;
    private long queued;
    /** The earliest failed check so far (by its place in the queue), guarded by this. */
    private long failedAt = Long.MAX_VALUE;
    private String failure;

    /** @param threads verifying threads; 0 verifies each signature at once on the calling thread */
    SignatureChecks(int threads) {
        this.pool = threads == 0 ? null : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), r -> {
                    Thread t = new Thread(r, "civic-verify-signatures");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** One verifying thread per core. */
    static SignatureChecks perCore() {
        return new SignatureChecks(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Verifies (now or soon) a DER SHA256withECDSA signature with a certificate's key.
     *
     * @param failure what to report if it does not verify ({@code block 17 tx 2: creator signature does not verify})
     * @throws VerificationFailure a failure of a check queued earlier, once one is known
     */
    void verify(X509Certificate certificate, byte[] data, byte[] der, String failure) throws VerificationFailure {
        if (pool == null) {
            if (!ChainVerifier.verifies(certificate, data, der)) {
                throw new VerificationFailure(failure);
            }
            return;
        }
        long at = queued++;
        pool.execute(() -> {
            if (!ChainVerifier.verifies(certificate, data, der)) {
                failed(at, failure);
            }
        });
        if (knownFailure()) {
            drain();
        }
    }

    /**
     * Waits for every queued check.
     *
     * @throws VerificationFailure the earliest queued check that failed
     */
    void drain() throws VerificationFailure {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // a long chain's last checks
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerificationFailure("interrupted while verifying signatures");
        }
        synchronized (this) {
            if (failure != null) {
                throw new VerificationFailure(failure);
            }
        }
    }

    /**
     * @param later a failure the reading thread found after queuing every check so far
     * @return the failure to report: the earliest queued check's that failed, or {@code later}
     */
    VerificationFailure earliest(VerificationFailure later) {
        try {
            drain();
            return later;
        } catch (VerificationFailure earlier) {
            return earlier;
        }
    }

    private synchronized boolean knownFailure() {
        return failure != null;
    }

    private synchronized void failed(long at, String message) {
        if (at < failedAt) {
            failedAt = at;
            failure = message;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
