package org.civicledger.gateway.runtime;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * Test-only: replaces {@link LedgerRuntime}'s ledger with the real one whose every {@code Points:award} commit
 * first waits {@link #COMMIT_MILLIS} (as a Fabric commit does while the orderers elect a new leader). Enable it
 * as an alternative in a test profile.
 */
@Alternative
@Singleton
public final class SlowAwardLedger {
    public static final long COMMIT_MILLIS = 4_000;

    @Produces
    @Singleton
    LedgerPort ledger(LedgerRuntime runtime) {
        LedgerPort real = runtime.ledger();
        return (LedgerPort) Proxy.newProxyInstance(LedgerPort.class.getClassLoader(), new Class<?>[] {LedgerPort.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("submit") && "Points:award".equals(args[1])) {
                        Thread.sleep(COMMIT_MILLIS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
