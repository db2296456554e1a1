package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.civicledger.api.community.Resident;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.RedemptionRequest;
import org.junit.jupiter.api.Test;

/**
 * The root README's "Use from your app" example is the block between the markers below, word for word, and it runs
 * against the real gateway.
 */
class ReadmeExampleTest extends GatewayTest {
    private static final Path README = Paths.get("../README.md");
    private static final Path THIS_FILE = Paths.get("src/test/java/org/civicledger/client/ReadmeExampleTest.java");

    @Test
    void the_readme_example_runs_against_the_gateway() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setProperty("civic.gateway", RealGateway.baseUrl());
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README:begin
            String gateway = System.getProperty("civic.gateway", "http://localhost:8080");
            CivicLedgerClient app = CivicLedgerClient.builder()
                    .baseUrl(gateway)
                    .token("demo-app-token")
                    .timeout(Duration.ofSeconds(10))
                    .maxRetries(3)                      // 429 CONTENDED, 503, lost connections; backoff with jitter
                    .build();                           // immutable, thread-safe: build once, share

            Resident resident = app.residents().enrol("citizen-card-110105-0042");
            Award award = app.contributions().award(ContributionRequest.builder()
                    .contributionId(Ids.newContributionId())   // keep it with the pending write: resending is safe
                    .residentId(resident.residentId())
                    .activityType("volunteer-hour")
                    .quantity(3)
                    .occurredAt(Instant.now())
                    .build());
            CivicLedgerClient merchant = CivicLedgerClient.builder().baseUrl(gateway).token("demo-merchant-token").build();
            try {
                merchant.redemptions().redeem(RedemptionRequest.builder()
                        .redemptionId(Ids.newRedemptionId()).residentId(resident.residentId())
                        .points(500).item("rice 5kg").build());
            } catch (InsufficientPointsException e) {      // every error is a CivicLedgerException
                System.out.println(e.status() + " " + e.code() + ": " + e.detail());
            }
            // README:end

            assertEquals(30, award.points());
            assertEquals(30, app.residents().balance(resident.residentId()).available(), "the refused redemption spent nothing");
        } finally {
            System.setOut(console);
            System.clearProperty("civic.gateway");
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("422 INSUFFICIENT_POINTS: "), printed.toString());
    }

    @Test
    void the_readme_shows_exactly_the_example_this_test_runs() throws IOException {
        assertEquals(readmeExample(), markedExample());
    }

    /** The {@code java} code block of the README's "Use from your app" section. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## Use from your app"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        return section.substring(start, section.indexOf("```\n", start));
    }

    /** The lines between this file's markers, without their common indentation. */
    private static String markedExample() throws IOException {
        List<String> lines = Files.readAllLines(THIS_FILE);
        List<String> block = lines.subList(indexOf(lines, "// README:begin") + 1, indexOf(lines, "// README:end"));
        int indent = block.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return block.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line " + marker + " in " + THIS_FILE);
    }
}
