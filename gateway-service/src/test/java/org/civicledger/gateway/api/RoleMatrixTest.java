package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what (API.md): every endpoint refuses every role API.md does not name with 403
 * FORBIDDEN before anything is written, lets the roles it names through, and refuses a request
 * without a valid bearer token with 401 UNAUTHENTICATED.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class RoleMatrixTest {
    private static final Map<String, String> TOKENS = Map.of("ADMIN", ADMIN, "APP", APP, "MERCHANT", MERCHANT,
            "BANK", BANK, "AUDITOR", AUDITOR);
    private static final Set<String> ANY = TOKENS.keySet();

    /** Real ids for the bodies and paths, so a call let through by mistake would change the ledger. */
    record Fixture(String residentId, String contributionId, String awardTxId, String consentId, String disputeId,
                   String productId) {

        private static Fixture instance;

        static synchronized Fixture get() {
            if (instance == null) {
                String residentId = Api.enrol();
                String contributionId = unique("c");
                String awardTx = as(APP).body(Api.contribution(contributionId, residentId, "safety-patrol", 3,
                        Instant.now().minus(1, ChronoUnit.HOURS))).post("/api/v1/contributions").then().statusCode(201)
                        .extract().path("txId");
                instance = new Fixture(residentId, contributionId, awardTx, Api.grantConsent(residentId, "loan"),
                        Api.fileDispute(residentId, awardTx), Api.publishProduct(false));
            }
            return instance;
        }

        String expand(String path) {
            return path.replace("{resident}", residentId).replace("{contribution}", contributionId)
                    .replace("{tx}", awardTxId).replace("{consent}", consentId).replace("{dispute}", disputeId);
        }
    }

    /** One endpoint of API.md: method, path template, the roles it allows, and a valid-looking body. */
    record Endpoint(String method, String path, Set<String> allowed, Function<Fixture, Map<String, Object>> body) {

        Response call(RequestSpecification request, Fixture f) {
            if (body != null) {
                request.body(body.apply(f));
            }
            return request.request(method, f.expand(path));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/activity-types", Set.of("ADMIN"), f -> body("activityType", unique("t"),
                    "category", "COMMUNITY_AFFAIRS", "pointsPerUnit", 1, "unit", "EVENT", "dailyCapPoints", 10,
                    "creditWeight", 100)),
            new Endpoint("GET", "/api/v1/activity-types", ANY, null),
            new Endpoint("POST", "/api/v1/residents", Set.of("ADMIN", "APP"), f -> body("externalRef", unique("p"))),
            new Endpoint("GET", "/api/v1/residents/{resident}", Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/residents/{resident}/status", Set.of("ADMIN"),
                    f -> body("status", "ACTIVE", "reason", "matrix")),
            new Endpoint("PUT", "/api/v1/policy", Set.of("ADMIN"),
                    f -> body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30)),
            new Endpoint("POST", "/api/v1/contributions", Set.of("APP"), f -> Api.contribution(unique("c"),
                    f.residentId(), "garbage-sorting", 1, Instant.now())),
            new Endpoint("POST", "/api/v1/contributions/batch", Set.of("APP"), f -> body("items",
                    List.of(Api.contribution(unique("c"), f.residentId(), "garbage-sorting", 1, Instant.now())))),
            new Endpoint("POST", "/api/v1/contributions/{contribution}/reversal", Set.of("ADMIN"),
                    f -> body("reason", "matrix")),
            new Endpoint("GET", "/api/v1/residents/{resident}/balance", Set.of("ADMIN", "APP", "MERCHANT", "AUDITOR"), null),
            new Endpoint("GET", "/api/v1/residents/{resident}/history", Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/redemptions", Set.of("MERCHANT"), f -> body("redemptionId", unique("r"),
                    "residentId", f.residentId(), "points", 1, "item", "soap")),
            new Endpoint("GET", "/api/v1/merchants/demo-merchant/statement", Set.of("MERCHANT", "ADMIN", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/settlements", Set.of("ADMIN"),
                    f -> body("settlementId", unique("s"), "merchantId", "demo-merchant")),
            new Endpoint("POST", "/api/v1/consents", Set.of("APP"), f -> Api.consent(unique("consent"), f.residentId(),
                    "loan", Instant.now().plus(30, ChronoUnit.DAYS))),
            new Endpoint("DELETE", "/api/v1/consents/{consent}", Set.of("APP"), null),
            new Endpoint("POST", "/api/v1/loan-products", Set.of("BANK"), f -> Api.product(unique("loan"), "x", false)),
            new Endpoint("GET", "/api/v1/loan-products", ANY, null),
            new Endpoint("POST", "/api/v1/credit-checks", Set.of("BANK"), f -> body("residentId", f.residentId(),
                    "productId", f.productId(), "purpose", "loan")),
            new Endpoint("GET", "/api/v1/residents/{resident}/credit", Set.of("APP"), null),
            new Endpoint("GET", "/api/v1/residents/{resident}/credit-checks", Set.of("APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/disputes", Set.of("APP"), f -> body("disputeId", unique("d"),
                    "residentId", f.residentId(), "targetTxId", f.awardTxId(), "reason", "matrix")),
            new Endpoint("POST", "/api/v1/disputes/{dispute}/resolution", Set.of("ADMIN"),
                    f -> body("outcome", "REJECTED", "note", "matrix")),
            new Endpoint("GET", "/api/v1/disputes", Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("GET", "/api/v1/audit/transactions/{tx}", Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/blocks", Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/blocks/0", Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/integrity", Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/reconciliation", Set.of("AUDITOR", "ADMIN"), null));

    /** The server-sent event stream: any role, so only its authentication is checked here. */
    static final Endpoint EVENTS = new Endpoint("GET", "/api/v1/events", ANY, null);

    static Stream<Arguments> forbiddenCalls() {
        return ENDPOINTS.stream().flatMap(e -> TOKENS.keySet().stream().sorted()
                .filter(role -> !e.allowed().contains(role)).map(role -> Arguments.of(e, role)));
    }

    static Stream<Arguments> allowedCalls() {
        return ENDPOINTS.stream().flatMap(e -> e.allowed().stream().sorted().map(role -> Arguments.of(e, role)));
    }

    static Stream<Arguments> unauthenticatedCalls() {
        Map<String, Function<RequestSpecification, RequestSpecification>> credentials = Map.of(
                "no Authorization header", r -> r,
                "an unknown token", r -> r.header("Authorization", "Bearer not-a-known-token"),
                "a token without the Bearer scheme", r -> r.header("Authorization", ADMIN),
                "a Basic header", r -> r.header("Authorization", "Basic ZGVtbzpkZW1v"),
                "an empty Bearer header", r -> r.header("Authorization", "Bearer "));
        return Stream.concat(ENDPOINTS.stream(), Stream.of(EVENTS)).flatMap(e -> credentials.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(c -> Arguments.of(e, c.getKey(), c.getValue())));
    }

    @Inject
    LedgerPort ledger;

    @Nested
    class Roles {
        @ParameterizedTest(name = "{1} may not {0}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#forbiddenCalls")
        void a_role_api_md_does_not_name_is_FORBIDDEN_and_nothing_is_written(Endpoint endpoint, String role) {
            Fixture f = Fixture.get();
            refused(ledger, 403, "FORBIDDEN", () -> endpoint.call(as(TOKENS.get(role)), f));
        }

        @ParameterizedTest(name = "{1} may {0}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#allowedCalls")
        void a_role_api_md_names_gets_past_the_role_check(Endpoint endpoint, String role) {
            Fixture f = Fixture.get();
            Response response = endpoint.call(as(TOKENS.get(role)), f);
            assertNotEquals(401, response.statusCode(), response.asString());
            assertNotEquals("FORBIDDEN", response.contentType().startsWith(Api.PROBLEM_JSON)
                    ? response.jsonPath().getString("code") : null, response.asString());
        }
    }

    @Nested
    class Authentication {
        @ParameterizedTest(name = "{0} with {1}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#unauthenticatedCalls")
        void a_request_without_a_valid_bearer_token_is_UNAUTHENTICATED(Endpoint endpoint, String what,
                Function<RequestSpecification, RequestSpecification> credentials) {
            Fixture f = Fixture.get();
            refused(ledger, 401, "UNAUTHENTICATED", () -> endpoint.call(
                    credentials.apply(given().contentType(ContentType.JSON).accept(ContentType.JSON)), f));
        }
    }
}
