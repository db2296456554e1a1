package org.civicledger.gateway.demo;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * In demo mode the gateway listens on the loopback address only, unless the operator set
 * {@code quarkus.http.host} ({@code QUARKUS_HTTP_HOST}) explicitly: the demo tokens are public
 * knowledge, so anyone who could reach a demo gateway on the network could act as its admin or bank.
 *
 * <p>A config interceptor (registered in {@code META-INF/services}) rather than a default in
 * {@code application.properties}, because the answer depends on another setting ({@code civic.demo}).
 */
@Priority(Priorities.APPLICATION)
public final class DemoLoopback implements ConfigSourceInterceptor {
    private static final long serialVersionUID = 1L;

    static final String HOST = "quarkus.http.host";
    static final String DEMO = "civic.demo";
    /** Where a host that no source set explicitly comes from: Quarkus's own defaults sit below every user source. */
    static final int LOWEST_EXPLICIT_ORDINAL = 100;
    public static final String LOOPBACK = "127.0.0.1";
    static final String SOURCE = "civic.demo: loopback only";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!HOST.equals(name)) {
            return value;
        }
        ConfigValue demo = context.proceed(DEMO);
        return host(value, demo != null && Boolean.parseBoolean(demo.getValue()));
    }

    /**
     * @param configured the host as configured (null: none at all)
     * @return {@code configured}, or the loopback address when in demo mode nobody chose a host
     */
    static ConfigValue host(ConfigValue configured, boolean demo) {
        if (!demo || explicit(configured)) {
            return configured;
        }
        ConfigValue base = configured != null ? configured : ConfigValue.builder().withName(HOST).build();
        return base.from().withValue(LOOPBACK).withConfigSourceName(SOURCE).withConfigSourceOrdinal(0).build();
    }

    /** @return whether the operator set this value (system property, environment, a config file) */
    static boolean explicit(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() >= LOWEST_EXPLICIT_ORDINAL
                && !SOURCE.equals(value.getConfigSourceName());
    }

    /** @return whether {@code value} is the loopback address this interceptor chose */
    public static boolean chosen(ConfigValue value) {
        return value != null && SOURCE.equals(value.getConfigSourceName());
    }
}
