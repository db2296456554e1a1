package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.COORDINATOR;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.api.Role;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what (API.md): every endpoint refuses every role API.md does not name with 403
 * FORBIDDEN from the gateway's early check, before anything is written; lets the roles it names
 * through (never a 5xx); and refuses a request without a valid bearer token with 401 UNAUTHENTICATED.
 * API.md's roles must be the chaincode's table ({@link Permissions}), which the chaincode's own
 * {@code PermissionsTest} holds the chaincode to: a rule changed in one place only fails here or there.
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class RoleMatrixTest {
    private static final Map<String, String> TOKENS = Map.of("ADMIN", ADMIN, "APP", APP, "MERCHANT", MERCHANT,
            "BANK", BANK, "AUDITOR", AUDITOR, "COORDINATOR", COORDINATOR);
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

    /**
     * One endpoint of API.md: method, path template, the transaction function it calls (null for the
     * gateway's own reads of blocks and transactions, and the event stream), the roles API.md allows,
     * and a valid-looking body.
     */
    record Endpoint(String method, String path, String function, Set<String> allowed,
                    Function<Fixture, Map<String, Object>> body) {

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
            new Endpoint("POST", "/api/v1/activity-types", "Community:defineActivityType", Set.of("ADMIN"),
                    f -> body("activityType", unique("t"), "category", "COMMUNITY_AFFAIRS", "pointsPerUnit", 1,
                            "unit", "EVENT", "dailyCapPoints", 10, "creditWeight", 100)),
            new Endpoint("GET", "/api/v1/activity-types", "Community:listActivityTypes", ANY, null),
            new Endpoint("POST", "/api/v1/categories", "Community:defineCategory", Set.of("ADMIN"),
                    f -> body("categoryId", CategoryEndpointsTest.newCategoryId(), "name", "Role matrix",
                            "creditWeight", 100)),
            new Endpoint("GET", "/api/v1/categories", "Community:listCategories", ANY, null),
            new Endpoint("POST", "/api/v1/residents", "Community:enrolResident", Set.of("ADMIN", "APP"),
                    f -> body("externalRef", unique("p"))),
            new Endpoint("GET", "/api/v1/residents/{resident}", "Community:getResident",
                    Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/residents/{resident}/status", "Community:setResidentStatus",
                    Set.of("ADMIN"), f -> body("status", "ACTIVE", "reason", "matrix")),
            new Endpoint("PUT", "/api/v1/policy", "Community:setPolicy", Set.of("ADMIN"),
                    f -> body("pointsExpiryMonths", 24, "maxContributionAgeDays", 30)),
            new Endpoint("POST", "/api/v1/contributions", "Points:award", Set.of("APP"),
                    f -> Api.contribution(unique("c"), f.residentId(), "garbage-sorting", 1, Instant.now())),
            new Endpoint("POST", "/api/v1/contributions/batch", "Points:award", Set.of("APP"), f -> body("items",
                    List.of(Api.contribution(unique("c"), f.residentId(), "garbage-sorting", 1, Instant.now())))),
            new Endpoint("POST", "/api/v1/contributions/{contribution}/reversal", "Points:reverse", Set.of("ADMIN"),
                    f -> body("reason", "matrix")),
            new Endpoint("GET", "/api/v1/residents/{resident}/balance", "Points:getBalance",
                    Set.of("ADMIN", "APP", "MERCHANT", "AUDITOR"), null),
            new Endpoint("GET", "/api/v1/residents/{resident}/history", "Points:getHistory",
                    Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/redemptions", "Points:redeem", Set.of("MERCHANT"),
                    f -> body("redemptionId", unique("r"), "residentId", f.residentId(), "points", 1, "item", "soap")),
            new Endpoint("GET", "/api/v1/merchants/demo-merchant/statement", "Points:getMerchantStatement",
                    Set.of("MERCHANT", "ADMIN", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/settlements", "Points:settle", Set.of("ADMIN"),
                    f -> body("settlementId", unique("s"), "merchantId", "demo-merchant")),
            new Endpoint("POST", "/api/v1/consents", "Credit:grantConsent", Set.of("APP", "ADMIN"),
                    f -> Api.consent(unique("consent"), f.residentId(), "loan",
                            Instant.now().plus(30, ChronoUnit.DAYS))),
            new Endpoint("DELETE", "/api/v1/consents/{consent}", "Credit:revokeConsent", Set.of("APP"), null),
            new Endpoint("POST", "/api/v1/loan-products", "Credit:publishLoanProduct", Set.of("BANK"),
                    f -> Api.product(unique("loan"), "x", false)),
            new Endpoint("GET", "/api/v1/loan-products", "Credit:listLoanProducts", ANY, null),
            new Endpoint("POST", "/api/v1/credit-checks", "Credit:checkCredit", Set.of("BANK"),
                    f -> body("residentId", f.residentId(), "productId", f.productId(), "purpose", "loan")),
            new Endpoint("GET", "/api/v1/residents/{resident}/credit", "Credit:getResidentCredit", Set.of("APP"), null),
            new Endpoint("GET", "/api/v1/residents/{resident}/credit-checks", "Credit:getCreditChecks",
                    Set.of("APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/disputes", "Disputes:fileDispute", Set.of("APP"), f -> body("disputeId",
                    unique("d"), "residentId", f.residentId(), "targetTxId", f.awardTxId(), "reason", "matrix")),
            new Endpoint("POST", "/api/v1/disputes/{dispute}/resolution", "Disputes:resolveDispute",
                    Set.of("ADMIN", "AUDITOR"), f -> body("outcome", "REJECTED", "note", "matrix")),
            new Endpoint("POST", "/api/v1/disputes/overdue", "Disputes:markOverdue", Set.of("ADMIN", "AUDITOR"),
                    f -> body()),
            new Endpoint("GET", "/api/v1/disputes", "Disputes:listDisputes", Set.of("ADMIN", "APP", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/attesters", "Community:registerAttester", Set.of("ADMIN"),
                    f -> body("attesterId", unique("a"), "kind", "SERVICE_TEAM")),
            new Endpoint("GET", "/api/v1/attesters", "Community:listAttesters",
                    Set.of("ADMIN", "APP", "COORDINATOR", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/attesters/demo-grid-worker/status", "Community:setAttesterStatus",
                    Set.of("ADMIN"), f -> body("status", "ACTIVE", "reason", "matrix")),
            new Endpoint("POST", "/api/v1/contributions/{contribution}/approval", "Points:approve",
                    Set.of("ADMIN", "COORDINATOR"), f -> body()),
            new Endpoint("POST", "/api/v1/contributions/{contribution}/rejection", "Points:reject",
                    Set.of("ADMIN", "COORDINATOR"), f -> body("reason", "matrix")),
            new Endpoint("GET", "/api/v1/contributions/pending", "Points:listPending",
                    Set.of("ADMIN", "COORDINATOR", "AUDITOR"), null),
            new Endpoint("POST", "/api/v1/households", "Community:registerHousehold", Set.of("ADMIN"), f -> {
                String head = Api.unknownResidentId(); // past the role check: 404 for the ADMIN, nothing written
                return body("householdId", unique("hh"), "headResidentId", head, "memberIds", List.of(head));
            }),
            new Endpoint("GET", "/api/v1/households", "Community:listHouseholds", Set.of("ADMIN", "APP", "AUDITOR"),
                    null),
            new Endpoint("GET", "/api/v1/audit/transactions/{tx}", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/transactions/{tx}/proof", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/blocks", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/blocks/0", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/integrity", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/audit/reconciliation", "Audit:reconcile", Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/reports/oversight/credit-checks", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/reports/oversight/awards", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/reports/oversight/decisions", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/reports/anomalies", null, Set.of("AUDITOR", "ADMIN"), null),
            new Endpoint("GET", "/api/v1/reports/credit-programme", null, Set.of("AUDITOR", "ADMIN", "BANK"), null),
            new Endpoint("POST", "/api/v1/loan-decisions", "Credit:decideLoan", Set.of("BANK"),
                    f -> body("decisionId", unique("ld"), "checkTxId", f.awardTxId(), "outcome", "DECLINED",
                            "reasonCodes", List.of("OTHER"))),
            new Endpoint("GET", "/api/v1/loan-decisions/matrix-line?bankId=demo-bank", "Credit:getLine",
                    Set.of("BANK", "AUDITOR"), null),
            new Endpoint("GET", "/api/v1/loan-decisions", "Credit:listLines", Set.of("BANK", "AUDITOR"), null),
            new Endpoint("GET", "/api/v1/consents?residentId={resident}", "Credit:listConsents", Set.of("BANK"),
                    null),
            new Endpoint("POST", "/api/v1/loan-decisions/matrix-line/drawdowns", "Credit:drawLine", Set.of("BANK"),
                    f -> body("drawdownId", unique("w"), "amountFen", 1)),
            new Endpoint("POST", "/api/v1/loan-decisions/matrix-line/repayments", "Credit:repayLine", Set.of("BANK"),
                    f -> body("repaymentId", unique("p"), "amountFen", 1)),
            new Endpoint("POST", "/api/v1/loan-decisions/matrix-line/closure", "Credit:closeLine", Set.of("BANK"),
                    f -> body()),
            new Endpoint("GET", "/api/v1/score-models", "Credit:listScoreModels", ANY, null),
            new Endpoint("GET", "/api/v1/score-models/1", "Credit:getScoreModel", ANY, null),
            new Endpoint("POST", "/api/v1/score-models", "Credit:proposeScoreModel", Set.of("ADMIN"),
                    f -> body("version", 999_999)),
            new Endpoint("POST", "/api/v1/score-models/1/approval", "Credit:approveScoreModel", Set.of("AUDITOR"),
                    f -> body()),
            new Endpoint("GET", "/api/v1/score-models/1/evaluation?communityId=demo", "Credit:evaluateScoreModel",
                    Set.of("ADMIN", "AUDITOR"), null));

    /** The server-sent event stream: any role, so only its authentication is checked here. */
    static final Endpoint EVENTS = new Endpoint("GET", "/api/v1/events", null, ANY, null);

    static Stream<Arguments> forbiddenCalls() {
        return ENDPOINTS.stream().flatMap(e -> TOKENS.keySet().stream().sorted()
                .filter(role -> !e.allowed().contains(role)).map(role -> Arguments.of(e, role)));
    }

    static Stream<Endpoint> endpointsCallingTheChaincode() {
        return ENDPOINTS.stream().filter(e -> e.function() != null);
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
        // the published score models are public: anyone reads them without a token (ScoreModelEndpointsTest)
        return Stream.concat(ENDPOINTS.stream(), Stream.of(EVENTS))
                .filter(e -> !(e.method().equals("GET") && e.path().matches("/api/v1/score-models(/[0-9]+)?")))
                .flatMap(e -> credentials.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(c -> Arguments.of(e, c.getKey(), c.getValue())));
    }

    @Inject
    LedgerPort ledger;

    @Nested
    class Roles {
        @ParameterizedTest(name = "{1} may not {0}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#forbiddenCalls")
        void a_role_api_md_does_not_name_is_FORBIDDEN_by_the_gateway_and_nothing_is_written(Endpoint endpoint,
                                                                                             String role) {
            Fixture f = Fixture.get();
            ValidatableResponse refusal = refused(ledger, 403, "FORBIDDEN",
                    () -> endpoint.call(as(TOKENS.get(role)), f));
            if (endpoint.function() != null) {
                // the gateway's early check names the function; the chaincode's refusal would not
                refusal.body("detail", containsString("may not call " + endpoint.function()));
            }
        }

        @ParameterizedTest(name = "{1} may {0}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#allowedCalls")
        void a_role_api_md_names_gets_past_the_role_check(Endpoint endpoint, String role) {
            Fixture f = Fixture.get();
            Response response = endpoint.call(as(TOKENS.get(role)), f);
            assertTrue(response.statusCode() < 500, () -> endpoint + " as " + role + " failed: " + response.statusCode()
                    + " " + response.asString());
            assertNotEquals(401, response.statusCode(), response.asString());
            assertNotEquals("FORBIDDEN", response.contentType().startsWith(Api.PROBLEM_JSON)
                    ? response.jsonPath().getString("code") : null, response.asString());
        }
    }

    @Nested
    class Table {
        /** API.md's roles are the chaincode's table, which both the gateway and the chaincode enforce. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.gateway.api.RoleMatrixTest#endpointsCallingTheChaincode")
        void the_roles_api_md_names_are_the_chaincode_table(Endpoint endpoint) {
            assertEquals(endpoint.allowed(), Permissions.of(endpoint.function()).stream().map(Role::name)
                    .collect(Collectors.toSet()), endpoint + " calls " + endpoint.function());
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
