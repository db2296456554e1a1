package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public {@code /q/metrics} never holds a resident id or any other id from a request path: every
 * HTTP metric's {@code uri} is a route template or a fixed value, however many distinct ids were asked
 * for and whatever the answer (200, 401, 403, 404), so real endpoints keep their metrics.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class MetricsPrivacyTest {
    private static final Pattern URI_TAG = Pattern.compile("uri=\"([^\"]*)\"");

    @Test
    void no_id_from_a_path_reaches_the_metrics_and_real_endpoints_keep_their_template() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // 4 requests each: 240 distinct paths, beyond Micrometer's 100 uri tags
            String id = Api.unknownResidentId();
            ids.add(id);
            given().get("/api/v1/residents/" + id + "/balance").then().statusCode(401);
            as(APP).get("/api/v1/residents/" + id + "/balance").then().statusCode(404);
            as(MERCHANT).get("/api/v1/residents/" + id).then().statusCode(403);
            as(APP).get("/api/v1/no-such-collection/" + id).then().statusCode(404);
        }
        String resident = Api.enrol();
        ids.add(resident);
        as(APP).get("/api/v1/residents/" + resident + "/balance").then().statusCode(200);

        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();

        List<String> leaked = ids.stream().filter(metrics::contains).toList();
        assertEquals(List.of(), leaked, "ids found in /q/metrics");
        Set<String> uris = uriTags(metrics);
        assertTrue(uris.contains("/api/v1/residents/{residentId}/balance"), "uri tags: " + uris);
        assertTrue(uris.contains("/api/v1/residents/{residentId}"), "uri tags: " + uris);
        assertTrue(metrics.contains("status=\"200\",uri=\"/api/v1/residents/{residentId}/balance\""),
                "the authenticated 200 is counted under its template");
        assertTrue(metrics.contains("status=\"404\",uri=\"/api/v1/residents/{residentId}/balance\""),
                "a refusal after the route matched is counted under its template");
        assertTrue(metrics.contains("status=\"401\",uri=\"UNKNOWN\""),
                "a refusal before any route matched (no token) is counted under a fixed uri");
        uris.forEach(uri -> assertTrue(uri.startsWith("/api/v1") && !uri.matches(".*[0-9a-f]{16}.*")
                        || Set.of("UNKNOWN", "NOT_FOUND", "REDIRECTION", "root").contains(uri) || uri.startsWith("/q/"),
                "unexpected uri tag " + uri));
    }

    private static Set<String> uriTags(String metrics) {
        Set<String> uris = new TreeSet<>();
        Matcher m = URI_TAG.matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }
}
