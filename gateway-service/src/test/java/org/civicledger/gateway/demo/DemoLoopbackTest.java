package org.civicledger.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Demo mode listens on the loopback address unless the operator chose a host. */
class DemoLoopbackTest {

    @Nested
    class Decision {
        @Test
        void demo_mode_without_a_chosen_host_listens_on_loopback() {
            ConfigValue host = DemoLoopback.host(value("0.0.0.0", Integer.MIN_VALUE), true);

            assertEquals("127.0.0.1", host.getValue());
            assertTrue(DemoLoopback.chosen(host));
        }

        @Test
        void demo_mode_with_no_host_at_all_listens_on_loopback() {
            assertEquals("127.0.0.1", DemoLoopback.host(null, true).getValue());
        }

        @Test
        void a_host_the_operator_set_is_kept_in_demo_mode() {
            ConfigValue fromEnvironment = value("0.0.0.0", 300);

            assertSame(fromEnvironment, DemoLoopback.host(fromEnvironment, true));
            assertFalse(DemoLoopback.chosen(fromEnvironment));
        }

        @Test
        void outside_demo_mode_the_host_is_untouched() {
            ConfigValue byDefault = value("0.0.0.0", Integer.MIN_VALUE);

            assertSame(byDefault, DemoLoopback.host(byDefault, false));
        }
    }

    /** The interceptor in a real SmallRye config, with sources at the ordinals Quarkus gives them. */
    @Nested
    class InConfig {
        @Test
        void a_default_host_becomes_loopback_when_demo_is_set_in_the_environment() {
            assertEquals("127.0.0.1", host(Map.of("civic.demo", "true")));
        }

        @Test
        void a_host_from_the_environment_wins_over_demo_mode() {
            assertEquals("0.0.0.0", host(Map.of("civic.demo", "true", "quarkus.http.host", "0.0.0.0")));
        }

        @Test
        void without_demo_the_default_host_stays() {
            assertEquals("0.0.0.0", host(Map.of()));
        }

        private String host(Map<String, String> environment) {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new MapBackedConfigSource("defaults", Map.of("quarkus.http.host", "0.0.0.0"),
                            Integer.MIN_VALUE) {
                    })
                    .withSources(new MapBackedConfigSource("environment", environment, 300) {
                    })
                    .withInterceptors(new DemoLoopback()).build();
            return config.getConfigValue("quarkus.http.host").getValue();
        }
    }

    private static ConfigValue value(String host, int ordinal) {
        return ConfigValue.builder().withName(DemoLoopback.HOST).withValue(host).withConfigSourceName("test")
                .withConfigSourceOrdinal(ordinal).build();
    }
}
