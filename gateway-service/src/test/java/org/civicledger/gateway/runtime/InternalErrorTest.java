package org.civicledger.gateway.runtime;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.gateway.api.TempDataDir;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Test;

/**
 * A defect behind a REST resource (here: a ledger adapter that throws what no refusal explains) is
 * 500 {@code INTERNAL}, not 503 "retry it": the answer gives a correlation id, and the gateway's log
 * has a line with that id and the stack trace, and nothing of the request.
 */
@QuarkusTest
@TestProfile(InternalErrorTest.DefectiveLedger.class)
@QuarkusTestResource(TempDataDir.class)
class InternalErrorTest {
    static final Path LOG = Path.of("target", "gateway-test.log");
    private static final Pattern CORRELATION = Pattern.compile("correlation id ([0-9a-f]{16})\\b");
    /** The resident asked about: it is in the exception's message, and must not reach the log or the answer. */
    private static final String RESIDENT = "5e".repeat(32);

    @Test
    void a_defect_is_500_internal_with_a_correlation_id_that_the_log_line_carries() throws IOException {
        Response response = given().header("Authorization", "Bearer demo-auditor-token")
                .get("/api/v1/residents/" + RESIDENT + "/balance");
        assertEquals(500, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals("INTERNAL", response.path("code"));
        Matcher id = CORRELATION.matcher(response.<String>path("detail"));
        assertTrue(id.find(), response.asString());
        assertFalse(response.asString().contains(RESIDENT));

        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("internal error, correlation id " + id.group(1))) {
                at = i;
            }
        }
        assertTrue(at >= 0, "no log line with correlation id " + id.group(1));
        assertTrue(lines.get(at).endsWith("correlation id " + id.group(1) + ": " + IllegalStateException.class.getName()),
                lines.get(at));
        assertTrue(lines.get(at + 1).trim().startsWith("at " + DefectiveLedgerPort.class.getName()), lines.get(at + 1));
        assertTrue(lines.stream().noneMatch(line -> line.contains(RESIDENT)), "the request's resident id is in the log");
    }

    /** The real ledger, but reading a balance throws an exception no refusal explains. */
    public static final class DefectiveLedger implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(DefectiveLedgerPort.class);
        }
    }

    /** Replaces {@link LedgerRuntime}'s ledger with one that fails on {@code Points:getBalance}. */
    @Alternative
    @Singleton
    public static final class DefectiveLedgerPort {
        @Produces
        @Singleton
        LedgerPort ledger(LedgerRuntime runtime) {
            LedgerPort real = runtime.ledger();
            return (LedgerPort) Proxy.newProxyInstance(LedgerPort.class.getClassLoader(), new Class<?>[] {LedgerPort.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("evaluate") && "Points:getBalance".equals(args[1])) {
                            throw new IllegalStateException("defect while reading the balance of "
                                    + String.join(",", (String[]) args[2]));
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
