package org.civicledger.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * The machine's raw rate of one SHA256withECDSA P-256 signature plus one verification of a 1 KiB
 * message, with Bouncy Castle (the fastest provider here): each thread has its own key pair and
 * {@link Signature} objects, reused, so that Bouncy Castle's per-key precomputation is kept.
 */
final class RawSignatureRate {
    static final int MESSAGE_BYTES = 1024;
    private static final Provider PROVIDER = new BouncyCastleProvider();

    private RawSignatureRate() {
    }

    /** @return sign+verify pairs per second over all {@code threads}, after a short warm-up */
    static double measure(int threads, double seconds) throws InterruptedException {
        run(threads, Math.min(1.0, seconds)); // warm-up: JIT and Bouncy Castle's precomputation
        return run(threads, seconds);
    }

    private static double run(int threads, double seconds) throws InterruptedException {
        AtomicLong ops = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> ops.addAndGet(signAndVerifyUntil(deadline)), "raw-" + t);
            workers.add(worker);
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        return ops.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static long signAndVerifyUntil(long deadline) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            // the fastest SHA256withECDSA here, as the ledger computes it: the JDK's SHA-256 (CPU
            // intrinsics), then Bouncy Castle's ECDSA over the digest
            java.security.MessageDigest sha256 = Sha256.digest();
            Signature signer = Signature.getInstance("NONEwithECDSA", PROVIDER);
            Signature verifier = Signature.getInstance("NONEwithECDSA", PROVIDER);
            SecureRandom random = new SecureRandom();
            byte[] message = new byte[MESSAGE_BYTES];
            random.nextBytes(message);
            long ops = 0;
            while (System.nanoTime() < deadline) {
                message[(int) (ops % MESSAGE_BYTES)]++; // a different message each time
                signer.initSign(keys.getPrivate(), random);
                signer.update(sha256.digest(message));
                byte[] signature = signer.sign();
                verifier.initVerify(keys.getPublic());
                verifier.update(sha256.digest(message));
                if (!verifier.verify(signature)) {
                    throw new IllegalStateException("a fresh signature did not verify");
                }
                ops++;
            }
            return ops;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot sign with P-256", e);
        }
    }
}
