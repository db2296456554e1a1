package org.civicledger.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Awards through the gateway's REST API with an app's token (the demo app's unless given), as a community app
 * would send them: {@code POST /api/v1/contributions}, HTTP/1.1 with keep-alive, one connection per load
 * thread. Set-up goes through the API too (with the JDK's HttpClient): an activity type with a cap no run reaches, and the
 * residents enrolled by {@code externalRef}.
 */
final class HttpAwards {
    private static final Pattern RESIDENT_ID = Pattern.compile("\"residentId\":\"([0-9a-f]{64})\"");

    /** Points per unit of the activity type defined here; every award is one unit. */
    static final long POINTS_PER_AWARD = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String activityType;
    private final String adminToken;
    private final String appToken;
    private final List<String> residents = new ArrayList<>();

    /** Against a gateway in demo mode, with its demo tokens. */
    HttpAwards(String baseUrl, String tag) {
        this(baseUrl, tag, "demo-admin-token", "demo-app-token");
    }

    /** The activity type {@code bench-<tag>}, defined with {@code adminToken}; residents enrolled and awarded with {@code appToken}. */
    HttpAwards(String baseUrl, String tag, String adminToken, String appToken) {
        this.api = baseUrl + "/api/v1";
        this.activityType = activityType(tag);
        this.adminToken = adminToken;
        this.appToken = appToken;
    }

    /** Defines the activity type and enrols {@code count} residents on {@code threads} threads. */
    void setUp(int count, int threads) throws Exception {
        expect(post(adminToken, "/activity-types", "{\"activityType\":\"" + activityType
                + "\",\"category\":\"SAFETY_PATROL\",\"pointsPerUnit\":" + POINTS_PER_AWARD + ",\"unit\":\"EVENT\","
                + "\"dailyCapPoints\":100000000,\"creditWeight\":100}"), 201, 200);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String ref = activityType + "-resident-" + i;
                ids.add(pool.submit(() -> {
                    HttpResponse<String> r = expect(post(appToken, "/residents",
                            "{\"externalRef\":\"" + ref + "\"}"), 201, 200);
                    Matcher m = RESIDENT_ID.matcher(r.body());
                    if (!m.find()) {
                        throw new IllegalStateException("no residentId in " + r.body());
                    }
                    return m.group(1);
                }));
            }
            for (Future<String> id : ids) {
                residents.add(id.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A sink for {@link AwardLoad}: award {@code n} of one unit (20 points), to resident n mod count,
     * each load thread on its own kept-alive connection.
     */
    AwardLoad.AwardSink sink(String tag) {
        return new RestWrites(api, "/contributions", appToken,
                n -> awardBody(tag + "-" + n, resident(n), activityType, Instant.now()), 0);
    }

    /**
     * A sink of redemptions at the demo merchant ({@code POST /redemptions} with the merchant's token):
     * redemption {@code n} takes 1 point from resident n mod {@code residentsWithPoints}, so
     * consecutive redemptions are at distinct residents; each load thread on its own connection.
     */
    AwardLoad.AwardSink redemptionSink(String tag, int residentsWithPoints) {
        int count = Math.max(1, Math.min(residentsWithPoints, residents.size()));
        return new RestWrites(api, "/redemptions", "demo-merchant-token",
                n -> WriteBodies.redemption(tag + "-" + n, residents.get((int) (n % count)), 1), 0);
    }

    /**
     * The body of {@code POST /contributions}: one unit ({@link #POINTS_PER_AWARD} points). A resend of the same
     * award must send the same body (the same {@code occurredAt}): another body under the same id is ID_CONFLICT.
     */
    static String awardBody(String contributionId, String residentId, String activityType, Instant occurredAt) {
        return awardBody(contributionId, residentId, activityType, 1, occurredAt);
    }

    /** As {@link #awardBody(String, String, String, Instant)}, of {@code units} units. */
    static String awardBody(String contributionId, String residentId, String activityType, long units,
            Instant occurredAt) {
        return "{\"contributionId\":\"" + contributionId + "\",\"residentId\":\"" + residentId
                + "\",\"activityType\":\"" + activityType + "\",\"quantity\":" + units + ",\"occurredAt\":\""
                + occurredAt + "\"}";
    }

    /** The activity type a benchmark tagged {@code tag} defines and awards: {@code bench-<tag>}. */
    static String activityType(String tag) {
        return "bench-" + tag;
    }

    /** The resident award {@code n} goes to: consecutive awards to consecutive residents. */
    String resident(long n) {
        return residents.get((int) (n % residents.size()));
    }

    /** Uses residents enrolled earlier (by {@link #setUp} in another run) instead of enrolling. */
    void useResidents(List<String> ids) {
        residents.addAll(ids);
    }

    /** The API's base URL, {@code <gateway>/api/v1}. */
    String api() {
        return api;
    }

    String appToken() {
        return appToken;
    }

    int residentCount() {
        return residents.size();
    }

    List<String> residents() {
        return residents;
    }

    String activityType() {
        return activityType;
    }

    private HttpResponse<String> post(String token, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("unexpected " + response.statusCode() + ": " + response.body());
    }
}
