package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The redemption and credit-check modes' command lines, request bodies and result line, without a gateway. */
class ConsortiumLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String R1 = "a".repeat(64);

    @TempDir
    Path dir;

    private static String refusal(String... args) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return assertThrows(IllegalArgumentException.class, () -> ConsortiumLoad.run(args, out)).getMessage();
    }

    private String residents(String... lines) throws Exception {
        Path file = dir.resolve("residents.txt");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file.toString();
    }

    @Nested
    class Usage {
        @Test
        void names_every_mode() {
            for (String mode : List.of("setup", "awards", "check", "prepare-redemptions", "redemptions",
                    "loan-product", "consents", "checks")) {
                assertEquals(true, ConsortiumLoad.USAGE.contains("\n  " + mode + " "), mode);
            }
        }

        @Test
        void refuses_an_unknown_mode_and_an_option_another_mode_takes() {
            assertEquals("unknown mode 'redeem'", refusal("redeem"));
            assertEquals("unknown option --app-token; this mode takes --duration, --gateway, --merchant-token, "
                    + "--points, --residents, --run, --tag, --threads, --timeout, --warmup",
                    refusal("redemptions", "--app-token", "demo-app-token"));
        }

        @Test
        void a_closed_loop_needs_a_duration_above_zero() throws Exception {
            String file = residents(R1);
            assertEquals("--duration is required and must be above 0", refusal("checks", "--gateway",
                    "http://127.0.0.1:1", "--bank-token", "t", "--residents", file, "--tag", "x"));
            assertEquals("--duration is required and must be above 0", refusal("redemptions", "--gateway",
                    "http://127.0.0.1:1", "--merchant-token", "t", "--residents", file, "--tag", "x",
                    "--duration", "0s"));
        }

        @Test
        void refuses_a_run_id_a_bank_id_or_a_points_count_that_would_not_make_valid_writes() throws Exception {
            String file = residents(R1);
            assertEquals("--run must be 1-20 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
                    refusal("checks", "--gateway", "http://127.0.0.1:1", "--bank-token", "t", "--residents", file,
                            "--tag", "x", "--duration", "1s", "--run", "a".repeat(21)));
            assertEquals("--bank must be a bank id: 1-40 letters, digits, '.', '_', ':' or '-'",
                    refusal("consents", "--gateway", "http://127.0.0.1:1", "--app-token", "t", "--residents", file,
                            "--tag", "x", "--bank", "demo bank"));
            assertEquals("--points must be a whole number above 0", refusal("prepare-redemptions", "--gateway",
                    "http://127.0.0.1:1", "--app-token", "t", "--residents", file, "--tag", "x", "--points", "0"));
        }

        @Test
        void refuses_a_residents_file_with_a_line_that_is_not_a_resident_id() throws Exception {
            String file = residents(R1, "not-a-resident");
            assertEquals(file + ":2: not a resident id (64 hexadecimal digits)", refusal("redemptions", "--gateway",
                    "http://127.0.0.1:1", "--merchant-token", "t", "--residents", file, "--tag", "x",
                    "--duration", "1s"));
            assertEquals(residents("") + " holds no resident ids; run setup first", refusal("consents", "--gateway",
                    "http://127.0.0.1:1", "--app-token", "t", "--residents", residents(""), "--tag", "x", "--bank",
                    "demo-bank"));
        }
    }

    @Nested
    class Bodies {
        @Test
        void a_redemption_takes_points_for_the_benchmark_item() throws Exception {
            assertEquals(JSON.readTree("{\"redemptionId\":\"t-r-1\",\"residentId\":\"" + R1
                    + "\",\"points\":3,\"item\":\"bench\"}"), JSON.readTree(WriteBodies.redemption("t-r-1", R1, 3)));
        }

        @Test
        void a_consent_and_a_check_name_the_same_purpose() throws Exception {
            JsonNode consent = JSON.readTree(WriteBodies.consent("c-1", R1, "demo-bank",
                    Instant.parse("2027-01-06T00:00:00Z")));
            assertEquals(JSON.readTree("{\"consentId\":\"c-1\",\"residentId\":\"" + R1 + "\",\"bankId\":\"demo-bank\","
                    + "\"purpose\":\"LOAN_APPLICATION\",\"expiresAt\":\"2027-01-06T00:00:00Z\"}"), consent);
            JsonNode check = JSON.readTree(WriteBodies.creditCheck("k-1", R1, "bench-t"));
            assertEquals(JSON.readTree("{\"checkId\":\"k-1\",\"residentId\":\"" + R1 + "\",\"productId\":\"bench-t\","
                    + "\"purpose\":\"LOAN_APPLICATION\"}"), check);
        }

        @Test
        void a_loan_product_offers_terms_to_every_band_without_a_signed_consent() throws Exception {
            JsonNode product = JSON.readTree(WriteBodies.loanProduct("bench-t"));
            assertEquals("bench-t", product.path("productId").asText());
            assertEquals(false, product.path("requireSignedConsent").asBoolean(true));
            assertEquals(List.of("A", "B", "C", "D"), List.copyOf(iterable(product.path("bands").fieldNames())));
        }

        @Test
        void a_preparing_award_is_of_whole_units() throws Exception {
            JsonNode award = JSON.readTree(HttpAwards.awardBody("p-1", R1, "bench-t", 25,
                    Instant.parse("2026-12-07T00:00:00Z")));
            assertEquals(25, award.path("quantity").asLong());
            assertEquals("2026-12-07T00:00:00Z", award.path("occurredAt").asText());
        }

        private static <T> List<T> iterable(java.util.Iterator<T> it) {
            List<T> out = new java.util.ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void the_result_line_uses_the_names_of_the_awards_line() throws Exception {
        AwardLoad.ClosedResult measured = new AwardLoad.ClosedResult(8, 20.0, 1000, 50.0,
                new Latencies.Summary(1000, 12.5, 80.25, 120.0), 3);
        Map<String, Object> s = ConsortiumLoad.loopSummary("checks", "r1", "Credit:checkCredit", 8, 400, 25.5,
                Duration.ofSeconds(5), 240, measured, Map.of("403 CONSENT_REQUIRED", 3L));
        assertEquals("{\"mode\":\"checks\",\"run\":\"r1\",\"transaction\":\"Credit:checkCredit\","
                + "\"ledgerTransaction\":true,\"threads\":8,\"residents\":400,\"seconds\":25.5,\"warmupSeconds\":5.0,"
                + "\"warmupCommitted\":240,\"measuredSeconds\":20.0,\"committed\":1000,\"throughput\":50.0,"
                + "\"p50\":12.5,\"p99\":80.25,\"failed\":{\"403 CONSENT_REQUIRED\":3}}", JSON.writeValueAsString(s));
    }
}
