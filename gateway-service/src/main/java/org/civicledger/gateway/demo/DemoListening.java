package org.civicledger.gateway.demo;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.civicledger.gateway.config.CivicConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/** Says at start, in demo mode, which address the gateway listens on and why ({@link DemoLoopback}). */
@Singleton
public class DemoListening {
    private static final Logger LOG = Logger.getLogger(DemoListening.class.getName());

    void announce(@Observes StartupEvent event, CivicConfig config) {
        if (!config.demo()) {
            return;
        }
        ConfigValue host = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigValue(DemoLoopback.HOST);
        if (DemoLoopback.chosen(host)) {
            LOG.info("demo mode: listening on " + DemoLoopback.LOOPBACK + " only, because the demo tokens are public;"
                    + " set QUARKUS_HTTP_HOST (quarkus.http.host) to listen on another address");
        } else {
            LOG.warning("demo mode on " + host.getValue() + " (quarkus.http.host, set explicitly): the demo tokens are"
                    + " public, anyone who can reach this address can act as the demo admin, bank or auditor");
        }
    }
}
