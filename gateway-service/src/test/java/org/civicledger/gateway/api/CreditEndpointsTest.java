package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.AUDITOR;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.MERCHANT;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.consent;
import static org.civicledger.gateway.api.Api.creditCheck;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Credit (API.md): consents, loan products, credit checks, the resident's own view and the query log. */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class CreditEndpointsTest {

    @Inject
    LedgerPort ledger;

    @Inject
    MovableClock clock;

    /** The version of the score model in force: 1 until a test makes another effective (ScoreModelEndpointsTest). */
    static int activeModelVersion() {
        return (int) ScoreModelEndpointsTest.version(ScoreModelEndpointsTest.active());
    }

    static Instant inThirtyDays() {
        return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A consent request signed by {@code key} over API.md's message. */
    static Map<String, Object> signedConsent(ResidentKey key, String consentId, String residentId, String purpose) {
        Map<String, Object> request = consent(consentId, residentId, purpose, inThirtyDays());
        request.put("signature", key.signConsent(consentId, residentId, "demo-bank", purpose,
                (String) request.get("expiresAt")));
        return request;
    }

    @Nested
    class GrantConsent {
        @Test
        void creates_an_unsigned_consent_with_201_and_replays_it_with_200() {
            String residentId = Api.enrol();
            String id = unique("consent");
            Map<String, Object> request = consent(id, residentId, "loan", inThirtyDays());
            String txId = as(APP).body(request).post("/api/v1/consents").then().statusCode(201)
                    .body("consentId", equalTo(id)).body("residentId", equalTo(residentId))
                    .body("bankId", equalTo("demo-bank")).body("purpose", equalTo("loan"))
                    .body("signed", equalTo(false)).body("txId", notNullValue()).body("blockNumber", notNullValue())
                    .extract().path("txId");
            as(APP).body(request).post("/api/v1/consents").then().statusCode(200).body("txId", equalTo(txId));
        }

        @Test
        void records_a_consent_signed_with_the_residents_key_as_signed() {
            ResidentKey key = ResidentKey.generate();
            String residentId = Api.enrol(key.publicKey());
            as(APP).body(signedConsent(key, unique("consent"), residentId, "loan")).post("/api/v1/consents")
                    .then().statusCode(201).body("signed", equalTo(true));
        }

        @Test
        void refuses_a_signature_that_does_not_verify_as_FORBIDDEN() {
            ResidentKey key = ResidentKey.generate();
            String residentId = Api.enrol(key.publicKey());
            String id = unique("consent");
            Map<String, Object> forged = signedConsent(ResidentKey.generate(), id, residentId, "loan");
            refused(ledger, 403, "FORBIDDEN", () -> as(APP).body(forged).post("/api/v1/consents"));
            Map<String, Object> altered = signedConsent(key, id, residentId, "loan");
            altered.put("purpose", "mortgage");
            refused(ledger, 403, "FORBIDDEN", () -> as(APP).body(altered).post("/api/v1/consents"));
        }

        @Test
        void refuses_the_same_id_with_another_body_as_ID_CONFLICT() {
            String residentId = Api.enrol();
            String id = unique("consent");
            as(APP).body(consent(id, residentId, "loan", inThirtyDays())).post("/api/v1/consents").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(APP).body(consent(id, residentId, "mortgage", inThirtyDays()))
                    .post("/api/v1/consents"));
        }

        @Test
        void refuses_invalid_requests_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            ResidentKey key = ResidentKey.generate();
            String keyed = Api.enrol(key.publicKey());
            Map<String, Object> past = consent(unique("consent"), residentId, "loan", Instant.now().minusSeconds(60));
            Map<String, Object> badTime = consent(unique("consent"), residentId, "loan", inThirtyDays());
            badTime.put("expiresAt", "next year");
            Map<String, Object> unsignedForKey = consent(unique("consent"), keyed, "loan", inThirtyDays());
            Map<String, Object> signedWithoutKey = signedConsent(key, unique("consent"), residentId, "loan");
            Map<String, Object> missingPurpose = consent(unique("consent"), residentId, "loan", inThirtyDays());
            missingPurpose.remove("purpose");
            for (Map<String, Object> bad : List.of(past, badTime, unsignedForKey, signedWithoutKey, missingPurpose)) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(bad).post("/api/v1/consents"));
            }
        }

        @Test
        void refuses_a_consent_that_outlives_the_communitys_limit_as_VALIDATION_FAILED() {
            String residentId = Api.enrol();
            // past the community's limit, and beyond any instant a request may store: each refused for its rule
            Map<String, String> ruleOf = Map.of(Instant.now().plusSeconds(366L * 24 * 3600).toString(), "365 days",
                    "+1000000000-01-01T00:00:00Z", "9999-12-31T23:59:59Z");
            ruleOf.forEach((expiresAt, rule) -> {
                Map<String, Object> request = consent(unique("consent"), residentId, "loan", inThirtyDays());
                request.put("expiresAt", expiresAt);
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(request).post("/api/v1/consents"))
                        .body("detail", containsString(rule)).body("detail", not(containsString(expiresAt)));
            });
        }

        @Test
        void refuses_an_unknown_resident_or_bank_as_NOT_FOUND() {
            refused(ledger, 404, "NOT_FOUND", () -> as(APP)
                    .body(consent(unique("consent"), Api.unknownResidentId(), "loan", inThirtyDays())).post("/api/v1/consents"));
            Map<String, Object> otherBank = consent(unique("consent"), Api.enrol(), "loan", inThirtyDays());
            otherBank.put("bankId", unique("bank"));
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).body(otherBank).post("/api/v1/consents"));
        }
    }

    @Nested
    class RevokeConsent {
        @Test
        void answers_204_and_the_consent_stops_working_at_once() {
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            String consentId = Api.grantConsent(residentId, "loan");
            creditCheck(residentId, productId, "loan").then().statusCode(200);
            as(APP).delete("/api/v1/consents/" + consentId).then().statusCode(204);
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(residentId, productId, "loan"))
                    .body("detail", containsString("revoked"));
            as(APP).delete("/api/v1/consents/" + consentId).then().statusCode(204);
        }

        @Test
        void refuses_an_unknown_consent_as_NOT_FOUND_and_a_malformed_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).delete("/api/v1/consents/" + unique("consent")));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).delete("/api/v1/consents/" + "x".repeat(200)));
        }
    }

    @Nested
    class PublishLoanProduct {
        @Test
        void creates_with_201_and_replays_the_same_terms_with_200() {
            String id = unique("loan");
            Map<String, Object> request = Api.product(id, "Green loan", true);
            String txId = as(BANK).body(request).post("/api/v1/loan-products").then().statusCode(201)
                    .body("productId", equalTo(id)).body("bankId", equalTo("demo-bank"))
                    .body("requireSignedConsent", equalTo(true)).body("bands.A.maxAmountFen", equalTo(5_000_000))
                    .body("txId", notNullValue()).body("blockNumber", notNullValue()).extract().path("txId");
            as(BANK).body(request).post("/api/v1/loan-products").then().statusCode(200).body("txId", equalTo(txId));
        }

        @Test
        void refuses_the_same_id_with_other_terms_as_ID_CONFLICT() {
            String id = unique("loan");
            as(BANK).body(Api.product(id, "Green loan", false)).post("/api/v1/loan-products").then().statusCode(201);
            refused(ledger, 409, "ID_CONFLICT", () -> as(BANK).body(Api.product(id, "Green loan", true))
                    .post("/api/v1/loan-products"));
        }

        @Test
        void refuses_no_bands_an_unknown_band_or_a_zero_amount_as_VALIDATION_FAILED() {
            for (Object bands : new Object[] {Map.of(), Map.of("E", Map.of("maxAmountFen", 1, "rateDiscountBps", 0)),
                    Map.of("A", Map.of("maxAmountFen", 0, "rateDiscountBps", 0)), "A"}) {
                refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(body("productId", unique("loan"),
                        "name", "x", "requireSignedConsent", false, "bands", bands)).post("/api/v1/loan-products"));
            }
        }
    }

    @Nested
    class ListLoanProducts {
        @Test
        void answers_every_role_with_the_published_products() {
            String id = Api.publishProduct(false);
            for (String token : new String[] {ADMIN, APP, MERCHANT, BANK, AUDITOR}) {
                as(token).get("/api/v1/loan-products").then().statusCode(200).body("productId", hasItem(id));
            }
        }
    }

    @Nested
    class CheckCredit {
        @Test
        void scores_with_reasons_and_terms_as_one_ledger_transaction_on_the_query_log() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "safety-patrol", 1);
            String productId = Api.publishProduct(false);
            String consentId = Api.grantConsent(residentId, "loan");
            long before = ledger.height();
            var check = creditCheck(residentId, productId, "loan").then().statusCode(200)
                    .body("residentId", equalTo(residentId)).body("score", notNullValue())
                    .body("band", equalTo("D")).body("range.min", equalTo(0)).body("range.max", equalTo(1000))
                    .body("reasons.size()", greaterThan(0)).body("reasons", everyItem(hasKey("code")))
                    .body("reasons", everyItem(hasKey("text"))).body("modelVersion", equalTo(activeModelVersion()))
                    .body("asOf.time", notNullValue()).body("eligible", equalTo(true))
                    .body("maxAmountFen", equalTo(100_000)).body("rateDiscountBps", equalTo(0))
                    .body("productId", equalTo(productId)).body("consentId", equalTo(consentId))
                    .body("txId", notNullValue()).extract();
            long block = ((Number) check.path("blockNumber")).longValue();
            assertEquals(block, ((Number) check.path("asOf.blockNumber")).longValue());
            assertEquals(before + 1, ledger.height(), "a credit check is one ledger transaction");
            as(AUDITOR).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200)
                    .body("txId", hasItem((String) check.path("txId")));
        }

        @Test
        void a_retry_with_the_same_check_id_returns_the_original_check_and_logs_it_once() {
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            Api.grantConsent(residentId, "loan");
            String checkId = unique("check");
            Map<String, Object> request = body("checkId", checkId, "residentId", residentId, "productId", productId,
                    "purpose", "loan");
            var first = as(BANK).body(request).post("/api/v1/credit-checks").then().statusCode(200)
                    .body("checkId", equalTo(checkId)).extract();
            as(BANK).body(request).post("/api/v1/credit-checks").then().statusCode(200)
                    .body("txId", equalTo(first.path("txId"))).body("blockNumber", equalTo(first.path("blockNumber")))
                    .body("score", equalTo(first.path("score")));
            as(AUDITOR).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200)
                    .body("$", hasSize(1));
            Map<String, Object> other = new java.util.LinkedHashMap<>(request);
            other.put("purpose", "mortgage");
            refused(ledger, 409, "ID_CONFLICT", () -> as(BANK).body(other).post("/api/v1/credit-checks"));
        }

        @Test
        void says_not_eligible_when_the_product_offers_the_band_nothing() {
            String residentId = Api.enrol();
            String productId = unique("loan");
            as(BANK).body(body("productId", productId, "name", "Prime only", "requireSignedConsent", false,
                    "bands", Map.of("A", Map.of("maxAmountFen", 9_000_000, "rateDiscountBps", 80))))
                    .post("/api/v1/loan-products").then().statusCode(201);
            Api.grantConsent(residentId, "loan");
            creditCheck(residentId, productId, "loan").then().statusCode(200).body("band", not(equalTo("A")))
                    .body("eligible", equalTo(false)).body("maxAmountFen", nullValue());
        }

        @Test
        void requires_a_consent_for_that_purpose() {
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(residentId, productId, "loan"));
            Api.grantConsent(residentId, "mortgage");
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(residentId, productId, "loan"))
                    .body("detail", containsString("purpose"));
        }

        @Test
        void requires_an_unexpired_consent() throws InterruptedException {
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            String consentId = unique("consent");
            if (ledger instanceof EmbeddedLedger) {
                // granted with the ledger's clock an hour back, the consent expired half an hour ago
                Instant expiresAt = Instant.now().minus(30, ChronoUnit.MINUTES);
                clock.shifted(Duration.ofHours(-1), () -> as(APP)
                        .body(consent(consentId, residentId, "loan", expiresAt))
                        .post("/api/v1/consents").then().statusCode(201));
            } else {
                // a Fabric client stamps its own proposals with the real time: it has to pass
                Instant expiresAt = Instant.now().plusSeconds(3);
                as(APP).body(consent(consentId, residentId, "loan", expiresAt)).post("/api/v1/consents")
                        .then().statusCode(201);
                Thread.sleep(Math.max(0, expiresAt.toEpochMilli() - System.currentTimeMillis()) + 200);
            }
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(residentId, productId, "loan"))
                    .body("detail", containsString("expired"));
        }

        @Test
        void requires_a_signed_consent_when_the_product_says_so() {
            String unsignedResident = Api.enrol();
            String productId = Api.publishProduct(true);
            Api.grantConsent(unsignedResident, "loan");
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(unsignedResident, productId, "loan"))
                    .body("detail", containsString("signed"));

            ResidentKey key = ResidentKey.generate();
            String signedResident = Api.enrol(key.publicKey());
            as(APP).body(signedConsent(key, unique("consent"), signedResident, "loan")).post("/api/v1/consents")
                    .then().statusCode(201);
            creditCheck(signedResident, productId, "loan").then().statusCode(200).body("residentId", equalTo(signedResident));
        }

        @Test
        void refuses_an_unknown_product_or_resident_as_NOT_FOUND() {
            String residentId = Api.enrol();
            Api.grantConsent(residentId, "loan");
            String productId = Api.publishProduct(false);
            refused(ledger, 404, "NOT_FOUND", () -> creditCheck(residentId, unique("loan"), "loan"));
            refused(ledger, 404, "NOT_FOUND", () -> creditCheck(Api.unknownResidentId(), productId, "loan"));
        }

        @Test
        void refuses_invalid_requests_as_VALIDATION_FAILED() {
            String productId = Api.publishProduct(false);
            refused(ledger, 400, "VALIDATION_FAILED", () -> creditCheck("13800138000", productId, "loan"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK)
                    .body(body("residentId", Api.unknownResidentId(), "productId", productId)).post("/api/v1/credit-checks"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(body("residentId", Api.unknownResidentId(),
                    "productId", productId, "purpose", "loan", "amountFen", 100)).post("/api/v1/credit-checks"));
        }
    }

    @Nested
    class ResidentCredit {
        @Test
        void shows_the_resident_their_own_score_without_writing_anything() {
            String residentId = Api.enrol();
            Api.awarded(residentId, "anti-fraud-talk", 1);
            long before = ledger.height();
            as(APP).get("/api/v1/residents/" + residentId + "/credit").then().statusCode(200)
                    .body("residentId", equalTo(residentId)).body("score", notNullValue()).body("band", notNullValue())
                    .body("range.min", equalTo(0)).body("range.max", equalTo(1000))
                    .body("reasons.size()", greaterThan(0)).body("modelVersion", equalTo(activeModelVersion()))
                    .body("asOf.blockNumber", equalTo((int) before - 1)).body("asOf.time", notNullValue())
                    .body("$", not(hasKey("productId")));
            assertEquals(before, ledger.height());
            as(APP).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200).body("$", hasSize(0));
        }

        @Test
        void refuses_an_unknown_resident_as_NOT_FOUND_and_a_malformed_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).get("/api/v1/residents/" + Api.unknownResidentId() + "/credit"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).get("/api/v1/residents/li-lei/credit"));
        }
    }

    @Nested
    class QueryLog {
        @Test
        void lists_every_check_for_the_app_and_the_auditor() {
            String residentId = Api.enrol();
            String productId = Api.publishProduct(false);
            Api.grantConsent(residentId, "loan");
            String txId = creditCheck(residentId, productId, "loan").then().statusCode(200).extract().path("txId");
            for (String token : new String[] {APP, AUDITOR}) {
                as(token).get("/api/v1/residents/" + residentId + "/credit-checks").then().statusCode(200)
                        .body("$", hasSize(1)).body("[0].bankId", equalTo("demo-bank"))
                        .body("[0].productId", equalTo(productId)).body("[0].purpose", equalTo("loan"))
                        .body("[0].at", notNullValue()).body("[0].txId", equalTo(txId));
            }
        }

        @Test
        void refuses_an_unknown_resident_as_NOT_FOUND_and_a_malformed_id_as_VALIDATION_FAILED() {
            refused(ledger, 404, "NOT_FOUND", () -> as(AUDITOR)
                    .get("/api/v1/residents/" + Api.unknownResidentId() + "/credit-checks"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(AUDITOR).get("/api/v1/residents/li-lei/credit-checks"));
        }
    }
}
