package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.as;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicledger.api.Limits;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The auditor's dashboard endpoints (API.md, Audit): the ledger's activity per hour, by organisation and by
 * validation code, and integrity runs with progress. Every assertion holds on both ledgers and on a ledger other
 * tests keep writing to: counts are compared as "at least", and against the blocks this test wrote.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class AuditDashboardEndpointsTest {
    private static final String ACTIVITY = "/api/v1/audit/activity";
    private static final String RUNS = "/api/v1/audit/integrity/runs";

    @Inject
    LedgerPort ledger;

    @Nested
    class Activity {
        @Test
        void counts_new_awards_in_their_hour_under_their_creator_and_as_valid() {
            JsonPath before = activity("?hours=24");
            List<Long> blocks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                blocks.add(((Number) Api.award(Api.enrol(), "safety-patrol", 1).then().statusCode(201).extract()
                        .path("blockNumber")).longValue());
            }
            JsonPath after = activity("?hours=24");

            assertTrue(after.getLong("fromBlock") <= blocks.get(0), "the newest blocks are counted: " + after.prettify());
            Map<String, Long> mineByHour = new HashMap<>();
            for (long n : blocks) {
                String time = as(AUDITOR).get("/api/v1/audit/blocks/" + n).then().statusCode(200).extract().path("time");
                mineByHour.merge(Instant.parse(time).truncatedTo(ChronoUnit.HOURS).toString(), 1L, Long::sum);
            }
            mineByHour.forEach((hour, mine) -> assertTrue(hourCount(after, hour, "transactions") >= mine,
                    hour + " counts my " + mine + " awards: " + after.prettify()));
            assertTrue(count(after, "byOrganisation", "CommunityMSP") >= 3, after.prettify());
            assertTrue(count(after, "byValidationCode", "VALID") >= 3, after.prettify());
            if (before.getBoolean("complete") && after.getBoolean("complete")
                    && before.getString("from").equals(after.getString("from"))) { // the same window, all counted
                assertTrue(count(after, "byOrganisation", "CommunityMSP")
                        >= count(before, "byOrganisation", "CommunityMSP") + 3);
                assertTrue(total(after) >= total(before) + 3);
            }
        }

        @Test
        void lists_every_hour_of_the_window_and_counts_add_up() {
            Api.award(Api.enrol(), "safety-patrol", 1).then().statusCode(201);
            JsonPath a = activity("");
            Instant from = Instant.parse(a.getString("from"));
            Instant to = Instant.parse(a.getString("to"));
            List<String> hours = a.getList("hours.hour");
            long transactions = sum(a, "hours", "transactions");
            long invalid = sum(a, "hours", "invalid");
            long valid = count(a, "byValidationCode", "VALID");

            assertAll(
                    () -> assertEquals(to.truncatedTo(ChronoUnit.HOURS).minus(24, ChronoUnit.HOURS), from,
                            "default 24 hours, from the hour"),
                    () -> assertEquals(from.toString(), hours.get(0)),
                    () -> assertTrue(hours.size() == 24 || hours.size() == 25, "every hour: " + hours.size()),
                    () -> assertEquals(to.truncatedTo(ChronoUnit.HOURS).equals(to)
                            ? to.minus(1, ChronoUnit.HOURS).toString() : to.truncatedTo(ChronoUnit.HOURS).toString(),
                            hours.get(hours.size() - 1), "the last hour holds now"),
                    () -> {
                        for (int i = 1; i < hours.size(); i++) {
                            assertEquals(Duration.ofHours(1), Duration.between(Instant.parse(hours.get(i - 1)),
                                    Instant.parse(hours.get(i))));
                        }
                    },
                    () -> assertTrue(a.getLong("height") >= 1),
                    () -> assertTrue(a.getLong("fromBlock") <= a.getLong("height")),
                    () -> assertEquals(transactions, sum(a, "byValidationCode", "transactions")),
                    () -> assertEquals(transactions - invalid, valid, "invalid = not VALID"),
                    () -> assertTrue(sum(a, "byOrganisation", "transactions") <= transactions),
                    () -> assertMostFirst(a, "byOrganisation"),
                    () -> assertMostFirst(a, "byValidationCode"));
        }

        @Test
        void a_week_and_an_hour_are_answered() {
            JsonPath week = activity("?hours=" + Limits.MAX_ACTIVITY_HOURS);
            JsonPath hour = activity("?hours=1");
            assertTrue(week.getList("hours").size() >= Limits.MAX_ACTIVITY_HOURS);
            assertTrue(hour.getList("hours").size() >= 1 && hour.getList("hours").size() <= 2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "169", "-1", "abc", "1.5", "24h", "99999999999", "%20"})
        void refuses_hours_out_of_range_without_echoing_them(String hours) {
            Response response = as(AUDITOR).get(ACTIVITY + "?hours=" + hours);
            Api.problem(response, 400, "VALIDATION_FAILED");
            if (hours.length() > 2) {
                assertFalse(response.asString().contains(hours), response.asString());
            }
        }

        @Test
        void is_the_auditors_only() {
            Api.problem(as(Api.BANK).get(ACTIVITY), 403, "FORBIDDEN");
            Api.problem(as(Api.ADMIN).get(ACTIVITY), 403, "FORBIDDEN");
            Api.problem(as(Api.APP).get(ACTIVITY), 403, "FORBIDDEN");
        }
    }

    @Nested
    class IntegrityRuns {
        @Test
        void a_run_reports_progress_and_ends_with_the_same_report_as_the_long_call() {
            JsonPath started = start("{}");
            String runId = started.getString("runId");
            assertNotNull(started.getString("startedAt"));
            JsonPath run = follow(runId);
            JsonPath direct = as(AUDITOR).get("/api/v1/audit/integrity").then().statusCode(200).extract().jsonPath();

            assertAll(
                    () -> assertEquals("DONE", run.getString("state")),
                    () -> assertEquals(run.getLong("height"), run.getLong("checkedBlocks")),
                    () -> assertTrue(run.getBoolean("report.verified"), run.prettify()),
                    () -> assertEquals(run.getLong("height"), run.getLong("report.height")),
                    () -> assertEquals(run.getLong("height"), run.getLong("report.checkedBlocks")),
                    () -> assertNull(run.get("report.firstBadBlock")),
                    () -> assertEquals(direct.getBoolean("verified"), run.getBoolean("report.verified")),
                    () -> assertEquals((Object) direct.get("stateVerified"), run.get("report.stateVerified")),
                    () -> assertNotNull(run.getString("finishedAt")),
                    () -> assertNull(run.get("problem")));
        }

        @Test
        void one_runs_at_a_time_and_a_body_is_optional() {
            JsonPath first = start("");
            Response again = as(AUDITOR).body("{}").post(RUNS);
            JsonPath second = again.then().extract().jsonPath();
            if (again.statusCode() == 200) {
                assertEquals(first.getString("runId"), second.getString("runId"), "the running one");
            } else {
                assertEquals(202, again.statusCode());
                assertFalse(first.getString("runId").equals(second.getString("runId")));
                assertEquals("DONE", follow(first.getString("runId")).getString("state"), "the first had finished");
            }
            follow(second.getString("runId"));
        }

        @Test
        void an_unknown_run_is_404_and_a_malformed_id_400() {
            Api.problem(as(AUDITOR).get(RUNS + "/" + UUID.randomUUID()), 404, "NOT_FOUND");
            for (String id : List.of("abc", "x".repeat(200), UUID.randomUUID().toString().toUpperCase())) {
                Response response = as(AUDITOR).get(RUNS + "/" + id);
                Api.problem(response, 400, "VALIDATION_FAILED");
                assertFalse(response.asString().contains(id), response.asString());
            }
        }

        @Test
        void a_body_other_than_an_empty_object_is_refused() {
            for (String body : List.of("{\"blocks\":5}", "[]", "5", "\"x\"")) {
                Api.problem(as(AUDITOR).body(body).post(RUNS), 400, "VALIDATION_FAILED");
            }
        }

        @Test
        void is_the_auditors_only() {
            Api.problem(as(Api.BANK).body("{}").post(RUNS), 403, "FORBIDDEN");
            Api.problem(as(Api.ADMIN).body("{}").post(RUNS), 403, "FORBIDDEN");
            Api.problem(as(Api.BANK).get(RUNS + "/" + UUID.randomUUID()), 403, "FORBIDDEN");
        }
    }

    private static JsonPath activity(String query) {
        return as(AUDITOR).get(ACTIVITY + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath start(String body) {
        Response response = as(AUDITOR).body(body).post(RUNS);
        int status = response.statusCode();
        assertTrue(status == 202 || status == 200, "started, or the running one: " + status + response.asString());
        JsonPath run = response.then().extract().jsonPath();
        if (status == 202) {
            assertEquals("RUNNING", run.getString("state"));
        }
        return run;
    }

    /** Polls the run until it ends; checks its progress never goes back nor passes the height. */
    private static JsonPath follow(String runId) {
        Instant deadline = Instant.now().plusSeconds(180);
        long checked = 0;
        while (true) {
            JsonPath run = as(AUDITOR).get(RUNS + "/" + runId).then().statusCode(200).extract().jsonPath();
            assertEquals(runId, run.getString("runId"));
            assertTrue(run.getLong("checkedBlocks") >= checked, "progress never goes back: " + run.prettify());
            assertTrue(run.getLong("checkedBlocks") <= run.getLong("height"), run.prettify());
            checked = run.getLong("checkedBlocks");
            if (!"RUNNING".equals(run.getString("state"))) {
                return run;
            }
            assertTrue(Instant.now().isBefore(deadline), "the run did not end: " + run.prettify());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long count(JsonPath activity, String list, String key) {
        List<Map<String, Object>> counts = activity.getList(list);
        return counts.stream().filter(c -> key.equals(c.get("key")))
                .mapToLong(c -> ((Number) c.get("transactions")).longValue()).sum();
    }

    private static long hourCount(JsonPath activity, String hour, String field) {
        List<Map<String, Object>> hours = activity.getList("hours");
        return hours.stream().filter(h -> hour.equals(h.get("hour")))
                .mapToLong(h -> ((Number) h.get(field)).longValue()).sum();
    }

    private static long sum(JsonPath activity, String list, String field) {
        List<Map<String, Object>> items = activity.getList(list);
        return items.stream().mapToLong(i -> ((Number) i.get(field)).longValue()).sum();
    }

    private static long total(JsonPath activity) {
        return sum(activity, "hours", "transactions");
    }

    private static void assertMostFirst(JsonPath activity, String list) {
        List<Map<String, Object>> counts = activity.getList(list);
        for (int i = 1; i < counts.size(); i++) {
            long previous = ((Number) counts.get(i - 1).get("transactions")).longValue();
            long next = ((Number) counts.get(i).get("transactions")).longValue();
            assertTrue(previous > next || previous == next
                    && ((String) counts.get(i - 1).get("key")).compareTo((String) counts.get(i).get("key")) < 0,
                    list + " most first, ties by key: " + counts);
        }
    }
}
