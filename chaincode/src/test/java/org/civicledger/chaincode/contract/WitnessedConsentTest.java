package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Consents a witness records for a resident without a key, and products that require signed or witnessed ones. */
class WitnessedConsentTest {
    private static final String PURPOSE = "loan";
    private static final String FORM = "0123456789abcdef".repeat(4);
    private static final String BANDS = "{\"D\":{\"maxAmountFen\":2000000,\"rateDiscountBps\":0}}";

    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    private final String rid = s.enrol("paper-1");

    WitnessedConsentTest() {
        ledger.ok(s.admin, "Community:registerAttester", json("attesterId", "grid-1", "kind", "GRID_WORKER"));
    }

    private String expires(int days) {
        return ledger.now().plus(Duration.ofDays(days)).toString();
    }

    private String request(String consentId, String residentId, Map<String, String> witness, String formHash) {
        return json("consentId", consentId, "residentId", residentId, "bankId", "demo-bank", "purpose", PURPOSE,
                "expiresAt", expires(90), "witness", witness, "paperFormHash", formHash);
    }

    private static Map<String, String> attester(String attesterId) {
        return Map.of("kind", "ATTESTER", "attesterId", attesterId);
    }

    private static final Map<String, String> ADMIN = Map.of("kind", "ADMIN");

    private String product(String productId, Object requireSigned, String requirement) {
        String fields = json("productId", productId, "name", "Paper-friendly loan", "requireSignedConsent",
                requireSigned, "consentRequirement", requirement);
        return fields.substring(0, fields.length() - 1) + ",\"bands\":" + BANDS + "}";
    }

    private TestLedger.Result refused(ErrorCode code, Identity who, String request) {
        return ledger.refused(code, who, "Credit:grantConsent", request);
    }

    @Nested
    class Grant {
        @Test
        void by_the_app_with_an_active_attester_keeps_witness_and_form_hash() {
            JsonNode consent = ledger.ok(s.app, "Credit:grantConsent", request("k1", rid, attester("grid-1"), FORM));
            assertTrue(consent.get("witnessed").asBoolean());
            assertFalse(consent.get("signed").asBoolean());
            assertEquals("ATTESTER", consent.at("/witness/kind").asText());
            assertEquals("grid-1", consent.at("/witness/attesterId").asText());
            assertEquals(FORM, consent.get("paperFormHash").asText());
            assertEquals("demo-app", consent.get("grantedBy").asText());
        }

        @Test
        void by_the_communitys_admin_as_its_own_witness() {
            JsonNode consent = ledger.ok(s.admin, "Credit:grantConsent", request("k1", rid, ADMIN, FORM));
            assertTrue(consent.get("witnessed").asBoolean());
            assertEquals("ADMIN", consent.at("/witness/kind").asText());
            assertFalse(consent.get("witness").has("attesterId"));
            assertEquals("demo-admin", consent.get("grantedBy").asText());
        }

        @Test
        void the_same_request_again_is_the_original_and_a_different_form_is_an_id_conflict() {
            String first = request("k1", rid, attester("grid-1"), FORM);
            JsonNode consent = ledger.ok(s.app, "Credit:grantConsent", first);
            assertEquals(consent, ledger.ok(s.app, "Credit:grantConsent", first));
            refused(ErrorCode.ID_CONFLICT, s.app, first.replace(FORM, "f".repeat(64)));
            refused(ErrorCode.ID_CONFLICT, s.app, request("k1", rid, null, null).replace(expires(90),
                    consent.get("expiresAt").asText()));
        }

        @Test
        void an_unwitnessed_consent_reads_as_not_witnessed() {
            JsonNode consent = ledger.ok(s.app, "Credit:grantConsent", request("k1", rid, null, null));
            assertFalse(consent.get("witnessed").asBoolean());
            assertFalse(consent.has("witness"));
            assertFalse(consent.has("paperFormHash"));
        }
    }

    @Nested
    class Refused {
        @Test
        void a_witness_without_a_form_hash_or_a_form_hash_without_a_witness() {
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, attester("grid-1"), null));
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, null, FORM));
        }

        @Test
        void a_form_hash_that_is_not_64_lowercase_hex_digits() {
            for (String bad : new String[] {FORM.toUpperCase(), FORM.substring(1), FORM + "0", "g".repeat(64), ""}) {
                TestLedger.Result r = refused(ErrorCode.VALIDATION_FAILED, s.app,
                        request("k1", rid, attester("grid-1"), bad));
                assertFalse(!bad.isEmpty() && r.message().contains(bad), r::message); // never echoed
            }
        }

        @Test
        void a_malformed_witness() {
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, Map.of("kind", "NEIGHBOUR"), FORM));
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, Map.of("kind", "ATTESTER"), FORM));
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid,
                    Map.of("kind", "ADMIN", "attesterId", "grid-1"), FORM));
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid,
                    Map.of("kind", "ATTESTER", "attesterId", "grid-1", "name", "x"), FORM));
        }

        @Test
        void an_unknown_attester_or_one_of_another_community_is_not_found() {
            ledger.ok(s.northAdmin, "Community:registerAttester", json("attesterId", "north-grid", "kind",
                    "GRID_WORKER"));
            refused(ErrorCode.NOT_FOUND, s.app, request("k1", rid, attester("nobody"), FORM));
            refused(ErrorCode.NOT_FOUND, s.app, request("k1", rid, attester("north-grid"), FORM));
        }

        @Test
        void a_suspended_attester() {
            ledger.ok(s.admin, "Community:setAttesterStatus", json("attesterId", "grid-1", "status", "SUSPENDED",
                    "reason", "left the grid"));
            refused(ErrorCode.INVALID_STATE, s.app, request("k1", rid, attester("grid-1"), FORM));
        }

        @Test
        void a_witness_for_a_resident_who_has_a_key() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            String keyed = Scenario.residentId("keyed-1");
            ledger.ok(s.app, "Community:enrolResident", json("residentId", keyed, "publicKey",
                    Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())));
            TestLedger.Result r = refused(ErrorCode.VALIDATION_FAILED, s.app,
                    request("k1", keyed, attester("grid-1"), FORM));
            assertTrue(r.message().contains("without a registered key"), r::message);
            refused(ErrorCode.VALIDATION_FAILED, s.admin, request("k2", keyed, ADMIN, FORM));
        }

        @Test
        void the_admin_without_being_the_witness_and_the_app_claiming_the_admin() {
            refused(ErrorCode.VALIDATION_FAILED, s.admin, request("k1", rid, null, null));
            refused(ErrorCode.VALIDATION_FAILED, s.admin, request("k1", rid, attester("grid-1"), FORM));
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, ADMIN, FORM));
        }

        @Test
        void another_communitys_admin_or_a_bank() {
            refused(ErrorCode.FORBIDDEN, s.northAdmin, request("k1", rid, ADMIN, FORM));
            refused(ErrorCode.FORBIDDEN, s.bank, request("k1", rid, ADMIN, FORM));
            refused(ErrorCode.FORBIDDEN, s.auditor, request("k1", rid, attester("grid-1"), FORM));
        }

        @Test
        void a_lifetime_beyond_the_communitys_max_consent_days_for_a_witnessed_consent_too() {
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "maxConsentDays", 30));
            String tooLong = request("k1", rid, ADMIN, FORM).replace(expires(90), expires(31));
            TestLedger.Result r = refused(ErrorCode.VALIDATION_FAILED, s.admin, tooLong);
            assertTrue(r.message().contains("at most 30 days"), r::message);
            refused(ErrorCode.VALIDATION_FAILED, s.app, request("k1", rid, attester("grid-1"), FORM)
                    .replace(expires(90), expires(31)));
            ledger.ok(s.admin, "Credit:grantConsent", tooLong.replace(expires(31), expires(30)));
        }
    }

    @Nested
    class ConsentRequirement {
        @Test
        void signed_or_witnessed_accepts_a_witnessed_consent_and_refuses_a_plain_one_saying_why() {
            ledger.ok(s.bank, "Credit:publishLoanProduct", product("paper", null, "SIGNED_OR_WITNESSED"));
            String plain = s.enrol("plain-1");
            ledger.ok(s.app, "Credit:grantConsent", request("k1", plain, null, null));
            TestLedger.Result r = ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    json("residentId", plain, "productId", "paper", "purpose", PURPOSE));
            assertEquals("CONSENT_REQUIRED: the product requires a signed or witnessed consent; the consent is "
                    + "neither", r.message());
            ledger.ok(s.app, "Credit:grantConsent", request("k2", rid, attester("grid-1"), FORM));
            JsonNode check = ledger.ok(s.bank, "Credit:checkCredit",
                    json("residentId", rid, "productId", "paper", "purpose", PURPOSE));
            assertEquals("k2", check.get("consentId").asText());
        }

        @Test
        void signed_still_refuses_a_witnessed_consent() {
            ledger.ok(s.bank, "Credit:publishLoanProduct", product("signed", null, "SIGNED"));
            ledger.ok(s.admin, "Credit:grantConsent", request("k1", rid, ADMIN, FORM));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    json("residentId", rid, "productId", "signed", "purpose", PURPOSE));
        }

        @Test
        void the_product_keeps_both_fields_in_agreement() {
            assertEquals("SIGNED", ledger.ok(s.bank, "Credit:publishLoanProduct", product("a", true, null))
                    .get("consentRequirement").asText());
            JsonNode signed = ledger.ok(s.bank, "Credit:publishLoanProduct", product("b", null, "SIGNED"));
            assertTrue(signed.get("requireSignedConsent").asBoolean());
            assertEquals("ANY", ledger.ok(s.bank, "Credit:publishLoanProduct", product("c", null, null))
                    .get("consentRequirement").asText());
            JsonNode paper = ledger.ok(s.bank, "Credit:publishLoanProduct",
                    product("d", false, "SIGNED_OR_WITNESSED"));
            assertFalse(paper.get("requireSignedConsent").asBoolean());
        }

        @Test
        void refuses_fields_that_disagree_or_an_unknown_requirement() {
            for (String bad : new String[] {product("x", true, "ANY"), product("x", true, "SIGNED_OR_WITNESSED"),
                    product("x", false, "SIGNED"), product("x", null, "WITNESSED")}) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:publishLoanProduct", bad);
            }
        }

        @Test
        void republishing_with_another_requirement_is_an_id_conflict() {
            ledger.ok(s.bank, "Credit:publishLoanProduct", product("p", null, "ANY"));
            ledger.ok(s.bank, "Credit:publishLoanProduct", product("p", false, null));
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:publishLoanProduct",
                    product("p", null, "SIGNED_OR_WITNESSED"));
        }
    }
}
