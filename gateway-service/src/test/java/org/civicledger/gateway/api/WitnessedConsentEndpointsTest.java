package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.consent;
import static org.civicledger.gateway.api.Api.creditCheck;
import static org.civicledger.gateway.api.Api.refused;
import static org.civicledger.gateway.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.civicledger.gateway.ledger.LedgerPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Consent for residents without a smartphone (API.md, witnessed consent): a paper form signed before an attester
 * (the app relays it) or the community's ADMIN (who records it), kept with the form's SHA-256; products that accept
 * only signed or witnessed consents. Both ledgers (demo community, demo bank).
 */
@QuarkusTest
@QuarkusTestResource(TempDataDir.class)
class WitnessedConsentEndpointsTest {
    private static final String FORM = "5f".repeat(32);

    @Inject
    LedgerPort ledger;

    private static Instant inThirtyDays() {
        return CreditEndpointsTest.inThirtyDays();
    }

    private static String attester() {
        String attesterId = unique("witness");
        as(ADMIN).body(body("attesterId", attesterId, "kind", "GRID_WORKER")).post("/api/v1/attesters").then()
                .statusCode(201);
        return attesterId;
    }

    private static Map<String, Object> witnessed(String residentId, Map<String, Object> witness, String formHash) {
        Map<String, Object> request = consent(unique("paper"), residentId, "loan", inThirtyDays());
        request.put("witness", witness);
        request.put("paperFormHash", formHash);
        return request;
    }

    private static String product(String requirement) {
        String productId = unique("paper-loan");
        Map<String, Object> product = Api.product(productId, "Paper-friendly loan", false);
        product.remove("requireSignedConsent");
        product.put("consentRequirement", requirement);
        as(BANK).body(product).post("/api/v1/loan-products").then().statusCode(201)
                .body("consentRequirement", equalTo(requirement))
                .body("requireSignedConsent", equalTo("SIGNED".equals(requirement)));
        return productId;
    }

    @Nested
    class Grant {
        @Test
        void the_app_relays_a_consent_an_attester_witnessed() {
            String residentId = Api.enrol();
            String attesterId = attester();
            Map<String, Object> request = witnessed(residentId, body("kind", "ATTESTER", "attesterId", attesterId),
                    FORM);
            String txId = as(APP).body(request).post("/api/v1/consents").then().statusCode(201)
                    .body("witnessed", equalTo(true)).body("signed", equalTo(false))
                    .body("witness.kind", equalTo("ATTESTER")).body("witness.attesterId", equalTo(attesterId))
                    .body("paperFormHash", equalTo(FORM)).extract().path("txId");
            as(APP).body(request).post("/api/v1/consents").then().statusCode(200).body("txId", equalTo(txId));
        }

        @Test
        void the_admin_records_a_consent_it_witnessed() {
            String residentId = Api.enrol();
            as(ADMIN).body(witnessed(residentId, body("kind", "ADMIN"), FORM)).post("/api/v1/consents").then()
                    .statusCode(201).body("witnessed", equalTo(true)).body("witness.kind", equalTo("ADMIN"))
                    .body("witness", not(hasKey("attesterId")));
        }

        @Test
        void an_ordinary_consent_reads_as_not_witnessed() {
            String residentId = Api.enrol();
            as(APP).body(consent(unique("consent"), residentId, "loan", inThirtyDays())).post("/api/v1/consents")
                    .then().statusCode(201).body("witnessed", equalTo(false)).body("$", not(hasKey("witness")));
        }
    }

    @Nested
    class Refused {
        @Test
        void a_witness_without_the_forms_hash_or_a_hash_without_a_witness() {
            String residentId = Api.enrol();
            String attesterId = attester();
            Map<String, Object> noHash = witnessed(residentId, body("kind", "ATTESTER", "attesterId", attesterId), null);
            noHash.remove("paperFormHash");
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(noHash).post("/api/v1/consents"));
            Map<String, Object> noWitness = consent(unique("consent"), residentId, "loan", inThirtyDays());
            noWitness.put("paperFormHash", FORM);
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP).body(noWitness).post("/api/v1/consents"));
        }

        @Test
        void an_unknown_attester_is_not_found_and_the_admin_may_not_relay_others_consents() {
            String residentId = Api.enrol();
            refused(ledger, 404, "NOT_FOUND", () -> as(APP).body(witnessed(residentId,
                    body("kind", "ATTESTER", "attesterId", unique("nobody")), FORM)).post("/api/v1/consents"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(consent(unique("consent"), residentId, "loan", inThirtyDays())).post("/api/v1/consents"));
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(APP)
                    .body(witnessed(residentId, body("kind", "ADMIN"), FORM)).post("/api/v1/consents"));
        }

        @Test
        void a_witness_for_a_resident_who_has_a_key() {
            String keyed = Api.enrol(ResidentKey.generate().publicKey());
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(ADMIN)
                    .body(witnessed(keyed, body("kind", "ADMIN"), FORM)).post("/api/v1/consents"));
        }
    }

    @Nested
    class ConsentRequirement {
        @Test
        void signed_or_witnessed_refuses_a_plain_consent_saying_so_and_accepts_a_witnessed_one() {
            String productId = product("SIGNED_OR_WITNESSED");
            String plain = Api.enrol();
            Api.grantConsent(plain, "loan");
            refused(ledger, 403, "CONSENT_REQUIRED", () -> creditCheck(plain, productId, "loan"))
                    .body("detail", equalTo("the product requires a signed or witnessed consent; the consent is "
                            + "neither"));
            String paper = Api.enrol();
            as(ADMIN).body(witnessed(paper, body("kind", "ADMIN"), FORM)).post("/api/v1/consents").then()
                    .statusCode(201);
            creditCheck(paper, productId, "loan").then().statusCode(200).body("residentId", equalTo(paper));
        }

        @Test
        void the_refusal_is_in_chinese_for_a_bank_that_prefers_it() {
            String productId = product("SIGNED_OR_WITNESSED");
            String plain = Api.enrol();
            Api.grantConsent(plain, "loan");
            refused(ledger, 403, "CONSENT_REQUIRED", () -> as(BANK).header("Accept-Language", "zh-CN")
                    .body(body("residentId", plain, "productId", productId, "purpose", "loan"))
                    .post("/api/v1/credit-checks"))
                    .body("detail", equalTo("该产品要求居民签名或有见证人的授权；此授权两者都不是"));
        }

        @Test
        void fields_that_disagree_are_refused() {
            Map<String, Object> product = Api.product(unique("paper-loan"), "Paper-friendly loan", true);
            product.put("consentRequirement", "SIGNED_OR_WITNESSED");
            refused(ledger, 400, "VALIDATION_FAILED", () -> as(BANK).body(product).post("/api/v1/loan-products"));
        }
    }
}
