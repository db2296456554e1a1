package org.civicledger.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.civicledger.gateway.ledger.LedgerPort;

/** Calls the running gateway as one of the demo callers (API.md). */
final class Api {
    static final String ADMIN = "demo-admin-token";
    static final String APP = "demo-app-token";
    static final String MERCHANT = "demo-merchant-token";
    static final String BANK = "demo-bank-token";
    static final String AUDITOR = "demo-auditor-token";
    static final String COORDINATOR = "demo-coordinator-token";
    static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /**
     * A request as this caller. Its successful JSON answer is checked against the gateway's OpenAPI document
     * ({@link ResponseContract}): every endpoint test is also a test that the wire types say what the API answers.
     */
    static RequestSpecification as(String token) {
        return given().filter(ResponseContract.FILTER).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Enrols a new resident through the API; returns the resident id. */
    static String enrol() {
        return as(APP).body(body("externalRef", unique("person"))).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    static Response award(String residentId, String activityType, long quantity) {
        return as(APP).body(body("contributionId", unique("c"), "residentId", residentId, "activityType", activityType,
                "quantity", quantity, "occurredAt", Instant.now().toString())).post("/api/v1/contributions");
    }

    static Response redeem(String residentId, long points) {
        return as(MERCHANT).body(body("redemptionId", unique("r"), "residentId", residentId, "points", points,
                "item", "soap")).post("/api/v1/redemptions");
    }

    static long balance(String residentId) {
        return ((Number) as(AUDITOR).get("/api/v1/residents/" + residentId + "/balance").then().statusCode(200)
                .extract().path("available")).longValue();
    }

    /** Asserts an RFC 7807 answer with this status and stable {@code code}. */
    static ValidatableResponse problem(Response response, int status, String code) {
        return response.then().statusCode(status).contentType(startsWith(PROBLEM_JSON)).body("code", equalTo(code))
                .body("status", equalTo(status));
    }

    /** Makes a call that must be refused with {@code status} and {@code code}, and checks no block was added. */
    static ValidatableResponse refused(LedgerPort ledger, int status, String code, Supplier<Response> call) {
        long before = ledger.height();
        ValidatableResponse answer = problem(call.get(), status, code);
        assertEquals(before, ledger.height(), "a refused request must not add a block");
        return answer;
    }

    /** A well-formed resident id (64 lowercase hex digits) that nobody is enrolled under. */
    static String unknownResidentId() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Enrols a new resident with an ECDSA public key (X.509 SubjectPublicKeyInfo, base64). */
    static String enrol(String publicKey) {
        return as(APP).body(body("externalRef", unique("person"), "publicKey", publicKey)).post("/api/v1/residents")
                .then().statusCode(201).extract().path("residentId");
    }

    static Map<String, Object> contribution(String contributionId, String residentId, String activityType,
                                            long quantity, Instant occurredAt) {
        return body("contributionId", contributionId, "residentId", residentId, "activityType", activityType,
                "quantity", quantity, "occurredAt", occurredAt.toString());
    }

    /** Awards {@code quantity} and returns the award's transaction id. */
    static String awarded(String residentId, String activityType, long quantity) {
        return award(residentId, activityType, quantity).then().statusCode(201).extract().path("txId");
    }

    /** Publishes a loan product of the demo bank offering every band; returns its id. */
    static String publishProduct(boolean requireSignedConsent) {
        String productId = unique("loan");
        as(BANK).body(product(productId, "Micro-loan", requireSignedConsent)).post("/api/v1/loan-products")
                .then().statusCode(201);
        return productId;
    }

    static Map<String, Object> product(String productId, String name, boolean requireSignedConsent) {
        return body("productId", productId, "name", name, "requireSignedConsent", requireSignedConsent,
                "bands", Map.of("A", Map.of("maxAmountFen", 5_000_000, "rateDiscountBps", 50),
                        "B", Map.of("maxAmountFen", 2_000_000, "rateDiscountBps", 25),
                        "C", Map.of("maxAmountFen", 500_000, "rateDiscountBps", 10),
                        "D", Map.of("maxAmountFen", 100_000, "rateDiscountBps", 0)));
    }

    static Map<String, Object> consent(String consentId, String residentId, String purpose, Instant expiresAt) {
        return body("consentId", consentId, "residentId", residentId, "bankId", "demo-bank", "purpose", purpose,
                "expiresAt", expiresAt.toString());
    }

    /** Grants the demo bank an unsigned consent for {@code purpose}, valid for 30 days; returns its id. */
    static String grantConsent(String residentId, String purpose) {
        String consentId = unique("consent");
        as(APP).body(consent(consentId, residentId, purpose, Instant.now().plusSeconds(30L * 24 * 3600)))
                .post("/api/v1/consents").then().statusCode(201);
        return consentId;
    }

    static Response creditCheck(String residentId, String productId, String purpose) {
        return as(BANK).body(body("residentId", residentId, "productId", productId, "purpose", purpose))
                .post("/api/v1/credit-checks");
    }

    /** Files a dispute of {@code targetTxId}; returns the dispute id. */
    static String fileDispute(String residentId, String targetTxId) {
        String disputeId = unique("d");
        as(APP).body(body("disputeId", disputeId, "residentId", residentId, "targetTxId", targetTxId,
                "reason", "not me")).post("/api/v1/disputes").then().statusCode(201);
        return disputeId;
    }
}
