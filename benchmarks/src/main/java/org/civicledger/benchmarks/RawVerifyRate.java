package org.civicledger.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's raw rate of ECDSA P-256 verification as civic-verify computes it: the JDK's own
 * {@code SHA256withECDSA} (no Bouncy Castle: the verifier has none), DER signatures over messages of
 * a given size (a chain's average signed transaction). Each thread has its own key pair and
 * {@link Signature} object, reused, and cycles over {@value #MESSAGES} pre-signed messages.
 */
final class RawVerifyRate {
    static final int MESSAGES = 64;

    private RawVerifyRate() {
    }

    /** @return verifications per second over all {@code threads}, after a warm-up */
    static double measure(int threads, int messageBytes, double seconds) throws InterruptedException {
        run(threads, messageBytes, Math.min(2.0, seconds)); // warm-up: JIT
        return run(threads, messageBytes, seconds);
    }

    private static double run(int threads, int messageBytes, double seconds) throws InterruptedException {
        AtomicLong ops = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Signed signed = Signed.make(messageBytes);
            workers.add(new Thread(() -> ops.addAndGet(signed.verifyFor(seconds)), "raw-verify-" + t));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        return ops.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One thread's key and pre-signed messages. */
    private record Signed(KeyPair keys, byte[][] messages, byte[][] signatures) {
        static Signed make(int messageBytes) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
                KeyPair keys = generator.generateKeyPair();
                Signature signer = Signature.getInstance("SHA256withECDSA");
                SecureRandom random = new SecureRandom();
                byte[][] messages = new byte[MESSAGES][messageBytes];
                byte[][] signatures = new byte[MESSAGES][];
                for (int i = 0; i < MESSAGES; i++) {
                    random.nextBytes(messages[i]);
                    signer.initSign(keys.getPrivate());
                    signer.update(messages[i]);
                    signatures[i] = signer.sign();
                }
                return new Signed(keys, messages, signatures);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK cannot sign with P-256", e);
            }
        }

        long verifyFor(double seconds) {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            try {
                Signature verifier = Signature.getInstance("SHA256withECDSA");
                long ops = 0;
                while (System.nanoTime() < deadline) {
                    int i = (int) (ops % MESSAGES);
                    verifier.initVerify(keys.getPublic());
                    verifier.update(messages[i]);
                    if (!verifier.verify(signatures[i])) {
                        throw new IllegalStateException("a good signature did not verify");
                    }
                    ops++;
                }
                return ops;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK cannot verify with P-256", e);
            }
        }
    }
}
