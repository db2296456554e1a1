package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.START;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditContractTest {
    private static final String PURPOSE = "loan-application";
    private static final String EXPIRES = START.plus(Duration.ofDays(90)).toString();
    /** Terms for every band; D is what a new resident (score 100) gets. */
    private static final String ALL_BANDS = "{\"A\":{\"maxAmountFen\":30000000,\"rateDiscountBps\":120},"
            + "\"B\":{\"maxAmountFen\":20000000,\"rateDiscountBps\":80},"
            + "\"C\":{\"maxAmountFen\":10000000,\"rateDiscountBps\":40},"
            + "\"D\":{\"maxAmountFen\":2000000,\"rateDiscountBps\":0}}";
    private static final String PRIME_BANDS = "{\"A\":{\"maxAmountFen\":50000000,\"rateDiscountBps\":150}}";

    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;

    // ---- helpers -------------------------------------------------------------------------------

    private static String consentRequest(String consentId, String residentId, String bankId, String purpose,
                                         String expiresAt, String signature) {
        return json("consentId", consentId, "residentId", residentId, "bankId", bankId, "purpose", purpose,
                "expiresAt", expiresAt, "signature", signature);
    }

    private JsonNode grant(String consentId, String residentId) {
        return ledger.ok(s.app, "Credit:grantConsent",
                consentRequest(consentId, residentId, "demo-bank", PURPOSE, EXPIRES, null));
    }

    /** A consent for demo-bank that runs for 90 days from the ledger's current time. */
    private JsonNode grantFromNow(String consentId, String residentId) {
        return ledger.ok(s.app, "Credit:grantConsent", consentRequest(consentId, residentId, "demo-bank", PURPOSE,
                ledger.now().plus(Duration.ofDays(90)).toString(), null));
    }

    private static String product(String productId, boolean requireSigned, String bands) {
        return "{\"productId\":\"" + productId + "\",\"name\":\"Civic credit line\",\"requireSignedConsent\":"
                + requireSigned + ",\"bands\":" + bands + "}";
    }

    private JsonNode publish(Identity bank, String productId, boolean requireSigned, String bands) {
        return ledger.ok(bank, "Credit:publishLoanProduct", product(productId, requireSigned, bands));
    }

    private static String checkRequest(String residentId, String productId, String purpose) {
        return json("residentId", residentId, "productId", productId, "purpose", purpose);
    }

    private JsonNode check(String residentId, String productId) {
        return ledger.ok(s.bank, "Credit:checkCredit", checkRequest(residentId, productId, PURPOSE));
    }

    private static String sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message of API.md, built here rather than borrowed from the code under test. */
    private static String consentMessage(String consentId, String residentId, String bankId, String purpose,
                                         String expiresAt) {
        return consentId + "|" + residentId + "|" + bankId + "|" + purpose + "|" + expiresAt;
    }

    private String enrolWithKey(String ref, KeyPair key) {
        String residentId = Scenario.residentId(ref);
        ledger.ok(s.app, "Community:enrolResident", json("residentId", residentId, "publicKey",
                Base64.getEncoder().encodeToString(key.getPublic().getEncoded())));
        return residentId;
    }

    private String signedConsent(String consentId, String residentId, KeyPair key) {
        return consentRequest(consentId, residentId, "demo-bank", PURPOSE, EXPIRES,
                sign(key.getPrivate(), consentMessage(consentId, residentId, "demo-bank", PURPOSE, EXPIRES)));
    }

    /** Keys whose value differs between two snapshots (added, removed or changed). */
    private static Set<String> changedKeys(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        return keys;
    }

    private static List<String> reasonCodes(JsonNode score) {
        List<String> codes = new ArrayList<>();
        score.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode factor(JsonNode score, String name) {
        for (JsonNode f : score.get("factors")) {
            if (f.get("factor").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no factor " + name + " in " + score);
    }

    private static Instant monthsAfterStart(int months) {
        return START.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /**
     * A resident who scores the full 1000: enrolled 24 months before the last twelve months of
     * contributions in four categories, well above the volume target, no reversals.
     */
    private String topResident(String ref) {
        String residentId = s.enrol(ref);
        for (int m = 24; m < 36; m++) {
            ledger.setNow(monthsAfterStart(m));
            s.award(ref + "-v" + m, residentId, "volunteer-hour", 8); // 80 points × 100 %
            s.award(ref + "-p" + m, residentId, "patrol", 2); // 40 points × 120 %
        }
        s.award(ref + "-f", residentId, "anti-fraud", 1);
        s.award(ref + "-a", residentId, "affairs", 1);
        return residentId;
    }

    // ---- grantConsent --------------------------------------------------------------------------

    @Nested
    class GrantConsent {
        @Test
        void records_an_unsigned_consent_for_a_resident_without_a_key() {
            String rid = s.enrol("person-1");
            JsonNode consent = grant("k1", rid);
            assertEquals("k1", consent.get("consentId").asText());
            assertEquals(rid, consent.get("residentId").asText());
            assertEquals("demo", consent.get("communityId").asText());
            assertEquals("demo-bank", consent.get("bankId").asText());
            assertEquals(PURPOSE, consent.get("purpose").asText());
            assertEquals(EXPIRES, consent.get("expiresAt").asText());
            assertFalse(consent.get("signed").asBoolean());
            assertEquals("demo-app", consent.get("grantedBy").asText());
            assertFalse(consent.has("revokedAt"));
            assertEquals("ConsentGranted", ledger.events().get(ledger.events().size() - 1).eventName());
            assertEquals(consent, TestLedger.parse(ledger.raw(Keys.consent("demo", "k1"))));
        }

        @Test
        void accepts_a_valid_signature_by_the_residents_registered_key() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            JsonNode consent = ledger.ok(s.app, "Credit:grantConsent", signedConsent("k1", rid, key));
            assertTrue(consent.get("signed").asBoolean());
            assertTrue(consent.get("signature").asText().length() > 0);
        }

        @Test
        void accepts_a_request_signed_and_written_as_the_sdk_does_through_the_api_types() throws Exception {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            ConsentRequest unsigned = ConsentRequest.builder().consentId("k1").residentId(rid).bankId("demo-bank")
                    .purpose(PURPOSE).expiresAt(START.plus(Duration.ofDays(90)).plusNanos(750_000_000)).build();
            ConsentRequest request = unsigned.withSignature(sign(key.getPrivate(), unsigned.signedMessage()));
            String body = Wire.mapper().writeValueAsString(request);

            JsonNode consent = ledger.ok(s.app, "Credit:grantConsent", body);

            assertEquals(consentMessage("k1", rid, "demo-bank", PURPOSE, EXPIRES), unsigned.signedMessage());
            assertTrue(consent.get("signed").asBoolean());
            assertEquals(EXPIRES, consent.get("expiresAt").asText());
            assertEquals(consent.get("txId"), ledger.ok(s.app, "Credit:grantConsent", body).get("txId"),
                    "the stored request sent again is a replay");
        }

        @Test
        void refuses_a_signature_by_another_key_as_forbidden() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            String forged = consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES,
                    sign(Identity.p256KeyPair().getPrivate(), consentMessage("k1", rid, "demo-bank", PURPOSE, EXPIRES)));
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Credit:grantConsent", forged);
        }

        @Test
        void refuses_a_signature_over_another_message_as_forbidden() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            // signed for other-bank, presented as consent for demo-bank
            String replayed = consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES,
                    sign(key.getPrivate(), consentMessage("k1", rid, "other-bank", PURPOSE, EXPIRES)));
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Credit:grantConsent", replayed);
        }

        @Test
        void refuses_base64_that_is_not_a_der_signature_as_forbidden() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            String garbage = Base64.getEncoder().encodeToString("not a signature".getBytes(StandardCharsets.UTF_8));
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, garbage));
        }

        @Test
        void requires_a_signature_when_the_resident_has_a_key() {
            String rid = enrolWithKey("keyed", Identity.p256KeyPair());
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, null));
        }

        @Test
        void refuses_a_signature_that_is_not_base64() {
            String rid = enrolWithKey("keyed", Identity.p256KeyPair());
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, "***not-base64***"));
        }

        @Test
        void refuses_a_signature_for_a_resident_without_a_key() {
            String rid = s.enrol("person-1");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES,
                            sign(Identity.p256KeyPair().getPrivate(), consentMessage("k1", rid, "demo-bank", PURPOSE, EXPIRES))));
        }

        @Test
        void refuses_an_oversize_signature() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, "A".repeat(257)));
        }

        @Test
        void returns_the_original_consent_when_the_same_request_is_repeated() {
            String rid = s.enrol("person-1");
            JsonNode first = grant("k1", rid);
            ledger.advance(Duration.ofMinutes(5));
            Map<String, String> before = ledger.snapshot();
            JsonNode again = grant("k1", rid);
            assertEquals(first, again);
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void refuses_the_same_consent_id_with_another_body() {
            String rid = s.enrol("person-1");
            grant("k1", rid);
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", "another-purpose", EXPIRES, null));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "other-bank", PURPOSE, EXPIRES, null));
        }

        @Test
        void refuses_an_expiry_that_is_not_in_the_future() {
            String rid = s.enrol("person-1");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, START.toString(), null));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, START.minusSeconds(1).toString(), null));
        }

        @Test
        void refuses_an_expiry_that_is_not_an_iso_instant() {
            String rid = s.enrol("person-1");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, "next tuesday", null));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, "2027-01-01", null));
        }

        @Test
        void refuses_an_unknown_resident_or_bank_as_not_found() {
            String rid = s.enrol("person-1");
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Credit:grantConsent",
                    consentRequest("k1", Scenario.residentId("nobody"), "demo-bank", PURPOSE, EXPIRES, null));
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Credit:grantConsent",
                    consentRequest("k1", rid, "no-such-bank", PURPOSE, EXPIRES, null));
        }

        @Test
        void is_refused_to_every_role_but_app_and_admin() {
            String rid = s.enrol("person-1");
            String request = consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, null);
            // the ADMIN records only consents it witnessed (WitnessedConsentTest)
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Credit:grantConsent", request);
            for (Identity who : List.of(s.merchant, s.bank, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:grantConsent", request);
            }
        }

        @Test
        void is_refused_to_an_app_of_another_community() {
            String rid = s.enrol("person-1");
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, null));
        }

        @Test
        void does_not_hand_a_consent_to_an_app_of_another_community_that_repeats_its_request() {
            String rid = s.enrol("person-1");
            grant("k1", rid);
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Credit:grantConsent",
                    consentRequest("k1", rid, "demo-bank", PURPOSE, EXPIRES, null));
        }

        @Test
        void refuses_malformed_requests() {
            String rid = s.enrol("person-1");
            List<String> bad = List.of(
                    "not json",
                    "[]",
                    "{\"consentId\":\"k1\"",
                    json("residentId", rid, "bankId", "demo-bank", "purpose", PURPOSE, "expiresAt", EXPIRES),
                    json("consentId", "k1", "bankId", "demo-bank", "purpose", PURPOSE, "expiresAt", EXPIRES),
                    json("consentId", "k1", "residentId", rid, "purpose", PURPOSE, "expiresAt", EXPIRES),
                    json("consentId", "k1", "residentId", rid, "bankId", "demo-bank", "expiresAt", EXPIRES),
                    json("consentId", "k1", "residentId", rid, "bankId", "demo-bank", "purpose", PURPOSE),
                    json("consentId", "k1", "residentId", rid, "bankId", "demo-bank", "purpose", PURPOSE,
                            "expiresAt", EXPIRES, "scope", "everything"),
                    consentRequest("k/1", rid, "demo-bank", PURPOSE, EXPIRES, null),
                    consentRequest("k1", "13800138000", "demo-bank", PURPOSE, EXPIRES, null),
                    consentRequest("k1", rid.toUpperCase(), "demo-bank", PURPOSE, EXPIRES, null),
                    consentRequest("k1", rid, "demo-bank", "p".repeat(129), EXPIRES, null),
                    consentRequest("k1".repeat(65), rid, "demo-bank", PURPOSE, EXPIRES, null),
                    consentRequest("k1", rid, "demo-bank", PURPOSE, "2".repeat(41), null),
                    json("consentId", 7, "residentId", rid, "bankId", "demo-bank", "purpose", PURPOSE,
                            "expiresAt", EXPIRES));
            for (String request : bad) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent", request);
            }
        }
    }

    // ---- revokeConsent -------------------------------------------------------------------------

    @Nested
    class RevokeConsent {
        @Test
        void marks_the_consent_revoked_at_the_transaction_time() {
            String rid = s.enrol("person-1");
            grant("k1", rid);
            ledger.advance(Duration.ofHours(1));
            JsonNode revoked = ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            assertEquals(ledger.now().toString(), revoked.get("revokedAt").asText());
            assertEquals(revoked, TestLedger.parse(ledger.raw(Keys.consent("demo", "k1"))));
            assertEquals("ConsentRevoked", ledger.events().get(ledger.events().size() - 1).eventName());
        }

        @Test
        void stops_the_consent_working_at_once() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            check(rid, "starter");
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void revoking_again_changes_nothing() {
            String rid = s.enrol("person-1");
            grant("k1", rid);
            JsonNode first = ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            ledger.advance(Duration.ofHours(1));
            Map<String, String> before = ledger.snapshot();
            int events = ledger.events().size();
            JsonNode again = ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            assertEquals(first, again);
            assertEquals(before, ledger.snapshot());
            assertEquals(events, ledger.events().size());
        }

        @Test
        void refuses_an_unknown_consent_as_not_found() {
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Credit:revokeConsent", json("consentId", "nope"));
        }

        @Test
        void is_refused_to_every_role_but_app_and_to_another_community() {
            String rid = s.enrol("person-1");
            grant("k1", rid);
            for (Identity who : List.of(s.admin, s.merchant, s.bank, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:revokeConsent", json("consentId", "k1"));
            }
            // consent ids are scoped to their community: north has no consent k1
            ledger.refused(ErrorCode.NOT_FOUND, s.northApp, "Credit:revokeConsent", json("consentId", "k1"));
        }

        @Test
        void refuses_malformed_requests() {
            for (String request : List.of("", "nope", "{}", json("consentId", "k/1"), json("consentId", ""),
                    json("consentId", "k1", "reason", "changed my mind"), json("consentId", 1))) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:revokeConsent", request);
            }
        }
    }

    // ---- publishLoanProduct / listLoanProducts -------------------------------------------------

    @Nested
    class PublishLoanProduct {
        @Test
        void publishes_a_product_with_its_band_terms() {
            JsonNode product = publish(s.bank, "starter", true, ALL_BANDS);
            assertEquals("demo-bank", product.get("bankId").asText());
            assertEquals("starter", product.get("productId").asText());
            assertTrue(product.get("requireSignedConsent").asBoolean());
            assertEquals(30_000_000L, product.at("/bands/A/maxAmountFen").asLong());
            assertEquals(120, product.at("/bands/A/rateDiscountBps").asInt());
            assertEquals(0, product.at("/bands/D/rateDiscountBps").asInt());
            assertEquals(product, TestLedger.parse(ledger.raw(Keys.loanProduct("demo-bank", "starter"))));
        }

        @Test
        void does_not_require_a_signed_consent_unless_asked() {
            JsonNode product = ledger.ok(s.bank, "Credit:publishLoanProduct",
                    "{\"productId\":\"p\",\"name\":\"n\",\"bands\":" + PRIME_BANDS + "}");
            assertFalse(product.get("requireSignedConsent").asBoolean());
            assertEquals(1, product.get("bands").size());
        }

        @Test
        void returns_the_original_product_when_republished_unchanged() {
            JsonNode first = publish(s.bank, "starter", false, ALL_BANDS);
            ledger.advance(Duration.ofDays(1));
            Map<String, String> before = ledger.snapshot();
            assertEquals(first, publish(s.bank, "starter", false, ALL_BANDS));
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void refuses_the_same_product_id_with_other_terms() {
            publish(s.bank, "starter", false, ALL_BANDS);
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:publishLoanProduct",
                    product("starter", false, PRIME_BANDS));
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:publishLoanProduct",
                    product("starter", true, ALL_BANDS));
        }

        @Test
        void lets_another_bank_use_the_same_product_id() {
            publish(s.bank, "starter", false, ALL_BANDS);
            JsonNode other = publish(s.otherBank, "starter", true, PRIME_BANDS);
            assertEquals("other-bank", other.get("bankId").asText());
            assertNotEquals(ledger.raw(Keys.loanProduct("demo-bank", "starter")),
                    ledger.raw(Keys.loanProduct("other-bank", "starter")));
        }

        @Test
        void is_refused_to_every_role_but_bank() {
            String request = product("starter", false, ALL_BANDS);
            for (Identity who : List.of(s.admin, s.app, s.merchant, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:publishLoanProduct", request);
            }
        }

        @Test
        void refuses_band_terms_out_of_range() {
            List<String> bands = List.of(
                    "{\"A\":{\"maxAmountFen\":0,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":-1,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":9223372036854775808,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":100000000000000000000000,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":100000000001,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":1000.5,\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":\"1000\",\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":10001}}",
                    "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":-1}}",
                    "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":4294967306}}",
                    "{\"A\":{\"maxAmountFen\":1000}}",
                    "{\"A\":{\"rateDiscountBps\":10}}",
                    "{\"A\":{\"maxAmountFen\":1000,\"rateDiscountBps\":10,\"term\":12}}",
                    "{\"A\":[1000,10]}",
                    "{\"A\":null}");
            for (String b : bands) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:publishLoanProduct",
                        product("starter", false, b));
            }
        }

        @Test
        void refuses_band_keys_that_are_not_bands() {
            for (String key : List.of("E", "a", "AA", "", "A ", "0")) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:publishLoanProduct",
                        product("starter", false, "{\"" + key + "\":{\"maxAmountFen\":1000,\"rateDiscountBps\":1}}"));
            }
        }

        @Test
        void accepts_the_boundary_terms() {
            JsonNode product = publish(s.bank, "edge", false,
                    "{\"C\":{\"maxAmountFen\":100000000000,\"rateDiscountBps\":10000},"
                            + "\"D\":{\"maxAmountFen\":1,\"rateDiscountBps\":0}}");
            assertEquals(100_000_000_000L, product.at("/bands/C/maxAmountFen").asLong());
            assertEquals(10_000, product.at("/bands/C/rateDiscountBps").asInt());
        }

        @Test
        void refuses_malformed_requests() {
            List<String> bad = List.of(
                    "",
                    "{bad json}",
                    "{\"productId\":\"p\",\"productId\":\"q\",\"name\":\"n\",\"bands\":" + PRIME_BANDS + "}",
                    product("starter", false, "{}"),
                    product("starter", false, "[]"),
                    "{\"productId\":\"p\",\"name\":\"n\"}",
                    "{\"name\":\"n\",\"bands\":" + PRIME_BANDS + "}",
                    "{\"productId\":\"p\",\"bands\":" + PRIME_BANDS + "}",
                    "{\"productId\":\"p\",\"name\":\"n\",\"bands\":" + PRIME_BANDS + ",\"rate\":3}",
                    "{\"productId\":\"p\",\"name\":\"n\",\"requireSignedConsent\":\"yes\",\"bands\":"
                            + PRIME_BANDS + "}",
                    "{\"productId\":\"p\",\"name\":\"" + "n".repeat(201) + "\",\"bands\":" + PRIME_BANDS + "}",
                    "{\"productId\":\"p/q\",\"name\":\"n\",\"bands\":" + PRIME_BANDS + "}",
                    "{\"productId\":\"" + "p".repeat(129) + "\",\"name\":\"n\",\"bands\":" + PRIME_BANDS + "}",
                    "{\"productId\":\"p\",\"name\":\"   \",\"bands\":" + PRIME_BANDS + "}");
            for (String request : bad) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:publishLoanProduct", request);
            }
        }
    }

    @Nested
    class ListLoanProducts {
        @Test
        void shows_every_banks_products_to_any_registered_caller() {
            publish(s.bank, "starter", false, ALL_BANDS);
            publish(s.otherBank, "prime", true, PRIME_BANDS);
            for (Identity who : List.of(s.admin, s.app, s.merchant, s.bank, s.otherBank, s.auditor, s.northApp)) {
                JsonNode list = ledger.ok(who, "Credit:listLoanProducts");
                assertEquals(2, list.size());
                Set<String> ids = new HashSet<>();
                list.forEach(p -> ids.add(p.get("bankId").asText() + "/" + p.get("productId").asText()));
                assertEquals(Set.of("demo-bank/starter", "other-bank/prime"), ids);
            }
        }

        @Test
        void is_empty_before_any_product_is_published() {
            assertEquals(0, ledger.ok(s.app, "Credit:listLoanProducts").size());
        }

        @Test
        void is_refused_to_an_unregistered_identity() {
            ledger.refused(ErrorCode.FORBIDDEN, s.stranger, "Credit:listLoanProducts");
        }
    }

    // ---- checkCredit ---------------------------------------------------------------------------

    @Nested
    class CheckCredit {
        @Test
        void returns_the_score_and_the_terms_of_the_residents_band() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            JsonNode result = check(rid, "starter");
            assertEquals(rid, result.get("residentId").asText());
            assertEquals("demo-bank", result.get("bankId").asText());
            assertEquals("starter", result.get("productId").asText());
            assertEquals(PURPOSE, result.get("purpose").asText());
            assertEquals("k1", result.get("consentId").asText());
            assertEquals(100, result.at("/score/score").asInt()); // only the no-reversals factor earns
            assertEquals("D", result.at("/score/band").asText());
            assertEquals(0, result.at("/score/range/min").asInt());
            assertEquals(1000, result.at("/score/range/max").asInt());
            assertEquals(1, result.at("/score/modelVersion").asLong());
            assertEquals(List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE"),
                    reasonCodes(result.get("score")));
            assertTrue(result.get("eligible").asBoolean());
            assertEquals(2_000_000L, result.get("maxAmountFen").asLong());
            assertEquals(0, result.get("rateDiscountBps").asInt());
            assertEquals(result.get("txId").asText(), result.at("/score/asOf/txId").asText());
            assertEquals(ledger.now().toString(), result.at("/score/asOf/time").asText());
        }

        @Test
        void gives_a_top_resident_the_terms_of_band_a() {
            String rid = topResident("top");
            publish(s.bank, "starter", false, ALL_BANDS);
            grantFromNow("k1", rid);
            JsonNode result = check(rid, "starter");
            assertEquals(1000, result.at("/score/score").asInt());
            assertEquals("A", result.at("/score/band").asText());
            assertEquals(0, result.at("/score/reasons").size());
            assertTrue(result.get("eligible").asBoolean());
            assertEquals(30_000_000L, result.get("maxAmountFen").asLong());
            assertEquals(120, result.get("rateDiscountBps").asInt());
        }

        @Test
        void finds_a_resident_not_eligible_when_the_product_omits_their_band() {
            String rid = s.enrol("person-1");
            publish(s.bank, "prime", false, PRIME_BANDS);
            grant("k1", rid);
            JsonNode result = check(rid, "prime");
            assertEquals("D", result.at("/score/band").asText());
            assertFalse(result.get("eligible").asBoolean());
            assertFalse(result.has("maxAmountFen"));
            assertFalse(result.has("rateDiscountBps"));
            assertEquals(4, result.at("/score/reasons").size()); // the reasons are given all the same
        }

        @Test
        void writes_one_record_to_the_residents_query_log_and_indexes_it_by_transaction() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            Map<String, String> before = ledger.snapshot();
            JsonNode result = check(rid, "starter");
            String key = Keys.creditQuery(rid, ledger.now(), result.get("txId").asText());
            String index = Keys.creditCheckTx(result.get("txId").asText());
            assertEquals(Set.of(key, index), changedKeys(before, ledger.snapshot()));
            assertEquals(result, TestLedger.parse(ledger.raw(key)));
            assertEquals(key, TestLedger.parse(ledger.raw(index)).get("key").asText());
        }

        @Test
        void announces_the_check_with_its_outcome_but_without_the_score() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            check(rid, "starter");
            TestLedger.Result event = ledger.events().get(ledger.events().size() - 1);
            assertEquals("CreditChecked", event.eventName());
            JsonNode payload = TestLedger.parse(event.eventPayload());
            assertEquals(rid, payload.get("residentId").asText());
            assertEquals("demo-bank", payload.get("bankId").asText());
            assertFalse(payload.has("score"));
            assertFalse(payload.has("factors"));
            assertFalse(payload.has("maxAmountFen"));
            // what the check decided (issue 16: the oversight report lists it), never the score itself
            assertEquals("k1", payload.get("consentId").asText());
            assertEquals("D", payload.get("band").asText());
            assertTrue(payload.get("eligible").asBoolean());
            assertEquals(ledger.now().toString(), payload.get("at").asText());
        }

        @Test
        void refuses_without_any_consent() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void refuses_an_expired_consent() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.setNow(Instant.parse(EXPIRES).minusSeconds(1));
            check(rid, "starter");
            ledger.setNow(Instant.parse(EXPIRES));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
            ledger.advance(Duration.ofDays(30));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void refuses_a_revoked_consent() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void refuses_a_consent_for_another_purpose() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", "marketing"));
        }

        @Test
        void refuses_a_consent_given_to_another_bank() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k1", rid, "other-bank", PURPOSE, EXPIRES, null));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void refuses_an_unsigned_consent_when_the_product_requires_a_signature() {
            String rid = s.enrol("person-1");
            publish(s.bank, "signed-only", true, ALL_BANDS);
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "signed-only", PURPOSE));
            assertTrue(check(rid, "starter").get("eligible").asBoolean()); // the same consent serves other products
        }

        @Test
        void accepts_a_signed_consent_for_a_product_that_requires_one() {
            KeyPair key = Identity.p256KeyPair();
            String rid = enrolWithKey("keyed", key);
            publish(s.bank, "signed-only", true, ALL_BANDS);
            ledger.ok(s.app, "Credit:grantConsent", signedConsent("k1", rid, key));
            JsonNode result = check(rid, "signed-only");
            assertEquals("k1", result.get("consentId").asText());
            assertTrue(result.get("eligible").asBoolean());
        }

        @Test
        void uses_a_valid_consent_among_unusable_ones() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k2", rid, "demo-bank", "marketing", EXPIRES, null));
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k3", rid, "demo-bank", PURPOSE, EXPIRES, null));
            assertEquals("k3", check(rid, "starter").get("consentId").asText());
        }

        @Test
        void refuses_an_unknown_product_or_resident_as_not_found() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:checkCredit", checkRequest(rid, "nope", PURPOSE));
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:checkCredit",
                    checkRequest(Scenario.residentId("nobody"), "starter", PURPOSE));
        }

        @Test
        void refuses_a_bank_another_banks_product() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k1", rid, "other-bank", PURPOSE, EXPIRES, null));
            ledger.refused(ErrorCode.NOT_FOUND, s.otherBank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
        }

        @Test
        void is_refused_to_every_role_but_bank() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            for (Identity who : List.of(s.admin, s.app, s.merchant, s.auditor, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:checkCredit", checkRequest(rid, "starter", PURPOSE));
            }
        }

        @Test
        void refuses_malformed_requests() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            grant("k1", rid);
            List<String> bad = List.of(
                    "",
                    "{",
                    "\"text\"",
                    json("productId", "starter", "purpose", PURPOSE),
                    json("residentId", rid, "purpose", PURPOSE),
                    json("residentId", rid, "productId", "starter"),
                    json("residentId", rid, "productId", "starter", "purpose", PURPOSE, "amountFen", 100),
                    checkRequest("alice", "starter", PURPOSE),
                    checkRequest(rid, "star/ter", PURPOSE),
                    checkRequest(rid, "starter", "x".repeat(129)),
                    json("residentId", rid, "productId", "starter", "purpose", 42));
            for (String request : bad) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", request);
            }
        }
    }

    // ---- getResidentCredit ---------------------------------------------------------------------

    @Nested
    class GetResidentCredit {
        @Test
        void shows_the_resident_their_score_through_their_app_without_logging_a_check() {
            String rid = s.enrol("person-1");
            Map<String, String> before = ledger.snapshot();
            JsonNode score = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertEquals(rid, score.get("residentId").asText());
            assertEquals(100, score.get("score").asInt());
            assertEquals("D", score.get("band").asText());
            assertEquals(4, score.get("reasons").size());
            // the ledger answers codes only: the gateway writes the texts in the caller's language
            score.get("reasons").forEach(r -> assertEquals(List.of("code"), fieldNames(r)));
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void gives_the_same_score_a_bank_check_gives() {
            String rid = topResident("top");
            publish(s.bank, "starter", false, ALL_BANDS);
            grantFromNow("k1", rid);
            JsonNode own = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            JsonNode checked = check(rid, "starter").get("score");
            assertEquals(own.get("score"), checked.get("score"));
            assertEquals(own.get("factors"), checked.get("factors"));
        }

        @Test
        void is_not_a_way_for_a_bank_to_read_a_score() {
            String rid = s.enrol("person-1");
            grant("k1", rid); // not even with consent
            ledger.refused(ErrorCode.FORBIDDEN, s.bank, "Credit:getResidentCredit", rid);
        }

        @Test
        void is_refused_to_every_other_role_and_to_another_community() {
            String rid = s.enrol("person-1");
            for (Identity who : List.of(s.admin, s.merchant, s.auditor, s.stranger, s.northApp, s.otherBank)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:getResidentCredit", rid);
            }
        }

        @Test
        void refuses_an_unknown_or_malformed_resident_id() {
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Credit:getResidentCredit", Scenario.residentId("nobody"));
            for (String id : List.of("", "alice", Scenario.residentId("x").toUpperCase(), "../resident/x")) {
                ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:getResidentCredit", id);
            }
        }
    }

    // ---- getCreditChecks -----------------------------------------------------------------------

    @Nested
    class GetCreditChecks {
        @Test
        void lists_every_check_oldest_first_to_the_residents_app_and_to_auditors() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            publish(s.otherBank, "prime", false, PRIME_BANDS);
            grant("k1", rid);
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k2", rid, "other-bank", "mortgage", EXPIRES, null));
            String first = check(rid, "starter").get("txId").asText();
            ledger.advance(Duration.ofMinutes(1));
            String second = ledger.ok(s.otherBank, "Credit:checkCredit", checkRequest(rid, "prime", "mortgage"))
                    .get("txId").asText();
            for (Identity who : List.of(s.app, s.auditor)) {
                JsonNode log = ledger.ok(who, "Credit:getCreditChecks", rid);
                assertEquals(2, log.size());
                assertEquals(first, log.get(0).get("txId").asText());
                assertEquals("demo-bank", log.get(0).get("bankId").asText());
                assertEquals("starter", log.get(0).get("productId").asText());
                assertEquals(PURPOSE, log.get(0).get("purpose").asText());
                assertEquals(START.toString(), log.get(0).get("at").asText());
                assertEquals(second, log.get(1).get("txId").asText());
                assertEquals("other-bank", log.get(1).get("bankId").asText());
                assertEquals("mortgage", log.get(1).get("purpose").asText());
            }
        }

        @Test
        void does_not_list_refused_checks() {
            String rid = s.enrol("person-1");
            publish(s.bank, "starter", false, ALL_BANDS);
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit",
                    checkRequest(rid, "starter", PURPOSE));
            assertEquals(0, ledger.ok(s.app, "Credit:getCreditChecks", rid).size());
        }

        @Test
        void is_refused_to_banks_merchants_admins_and_other_communities() {
            String rid = s.enrol("person-1");
            for (Identity who : List.of(s.bank, s.otherBank, s.merchant, s.admin, s.northApp, s.stranger)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:getCreditChecks", rid);
            }
        }

        @Test
        void refuses_an_unknown_or_malformed_resident_id() {
            ledger.refused(ErrorCode.NOT_FOUND, s.auditor, "Credit:getCreditChecks", Scenario.residentId("nobody"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Credit:getCreditChecks", "alice");
        }
    }

    // ---- the score as the ledger computes it (DESIGN §6) -----------------------------------------

    @Nested
    class Score {
        @Test
        void reads_no_more_state_for_ten_years_of_history_than_for_one() {
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 0, "maxContributionAgeDays", 30));
            String veteran = s.enrol("veteran");
            String newcomer = null;
            for (int m = 0; m < 120; m++) {
                ledger.setNow(monthsAfterStart(m));
                if (m == 108) {
                    newcomer = s.enrol("newcomer");
                }
                s.award("vet-" + m, veteran, "volunteer-hour", 1);
                if (newcomer != null) {
                    s.award("new-" + m, newcomer, "volunteer-hour", 1);
                }
            }
            assertEquals(1200, s.available(veteran)); // nothing expired: ten years of history are on the ledger

            JsonNode newScore = ledger.ok(s.app, "Credit:getResidentCredit", newcomer);
            int newReads = ledger.lastReads();
            JsonNode vetScore = ledger.ok(s.app, "Credit:getResidentCredit", veteran);
            int vetReads = ledger.lastReads();

            assertEquals(newReads, vetReads);
            assertTrue(vetReads <= 16, "score read " + vetReads + " keys");
            // both are scored on the last twelve months only
            assertEquals(12, factor(vetScore, "ACTIVE_MONTHS").get("measure").asLong());
            assertEquals(12_000, factor(vetScore, "CONTRIBUTION_VOLUME").get("measure").asLong());
            assertEquals(factor(newScore, "CONTRIBUTION_VOLUME"), factor(vetScore, "CONTRIBUTION_VOLUME"));
            assertEquals(119, factor(vetScore, "TENURE").get("measure").asLong());
            assertEquals(11, factor(newScore, "TENURE").get("measure").asLong());
            assertEquals(527, vetScore.get("score").asInt()); // 40 + 250 + 37 + 100 + 100
            assertEquals(472, newScore.get("score").asInt()); // 40 + 250 + 37 + 45 + 100
        }

        @Test
        void gives_the_full_score_and_no_reasons_to_a_resident_who_meets_every_target() {
            String rid = topResident("top");
            JsonNode score = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertEquals(1000, score.get("score").asInt());
            assertEquals("A", score.get("band").asText());
            assertEquals(List.of(), reasonCodes(score));
        }

        @Test
        void names_recent_reversals_among_the_reasons_largest_loss_first() {
            String rid = s.enrol("person-1");
            ledger.setNow(monthsAfterStart(24));
            s.award("c1", rid, "volunteer-hour", 1); // 10 points, weight 100 %
            s.award("c2", rid, "patrol", 1);
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c2", "reason", "never happened"));
            JsonNode score = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            // volume 3 (−397), active 20 (−230), diversity 37 (−113), tenure 100, reversals 50 (−50)
            assertEquals(210, score.get("score").asInt());
            assertEquals("D", score.get("band").asText());
            assertEquals(List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "RECENT_REVERSALS"),
                    reasonCodes(score));
        }

        @Test
        void forgets_contributions_older_than_twelve_months() {
            String rid = s.enrol("person-1");
            s.award("c1", rid, "volunteer-hour", 8);
            JsonNode now = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertEquals(1, factor(now, "ACTIVE_MONTHS").get("measure").asLong());
            ledger.setNow(monthsAfterStart(12));
            JsonNode later = ledger.ok(s.app, "Credit:getResidentCredit", rid);
            assertEquals(0, factor(later, "ACTIVE_MONTHS").get("measure").asLong());
            assertEquals(0, factor(later, "CONTRIBUTION_VOLUME").get("measure").asLong());
            assertEquals(12, factor(later, "TENURE").get("measure").asLong());
        }

        @Test
        void keeps_every_score_within_the_range_and_its_band_by_the_model_thresholds() {
            Map<String, String> residents = new TreeMap<>();
            residents.put("fresh", s.enrol("fresh"));
            residents.put("top", topResident("top"));
            for (String rid : residents.values()) {
                JsonNode score = ledger.ok(s.app, "Credit:getResidentCredit", rid);
                int value = score.get("score").asInt();
                assertTrue(value >= 0 && value <= 1000);
                String expected = value >= 750 ? "A" : value >= 550 ? "B" : value >= 350 ? "C" : "D";
                assertEquals(expected, score.get("band").asText());
                assertTrue(score.get("reasons").size() <= 4);
                int sum = 0;
                for (JsonNode f : score.get("factors")) {
                    sum += f.get("points").asInt();
                }
                assertEquals(value, sum);
            }
        }
    }

    @Nested
    class ConsentLifetime {
        @Test
        void is_at_most_a_year_by_default() {
            String rid = s.enrol("person-1");
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k1", rid, "demo-bank", PURPOSE,
                    ledger.now().plus(Duration.ofDays(365)).toString(), null));
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k2", rid, "demo-bank", PURPOSE,
                            ledger.now().plus(Duration.ofDays(365)).plusSeconds(1).toString(), null));
            assertTrue(refused.message().contains("at most 365 days"), refused::message);
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent",
                    consentRequest("k3", rid, "demo-bank", PURPOSE, "+1000000000-01-01T00:00:00Z", null));
        }

        @Test
        void follows_the_communitys_policy() {
            String rid = s.enrol("person-1");
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "maxConsentDays", 30));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Credit:grantConsent", consentRequest("k1", rid,
                    "demo-bank", PURPOSE, ledger.now().plus(Duration.ofDays(31)).toString(), null));
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k1", rid, "demo-bank", PURPOSE,
                    ledger.now().plus(Duration.ofDays(30)).toString(), null));
            // another community keeps the default
            String north = s.enrol(s.northApp, "north-1");
            ledger.ok(s.northApp, "Credit:grantConsent", consentRequest("k1", north, "demo-bank", PURPOSE,
                    ledger.now().plus(Duration.ofDays(300)).toString(), null));
        }
    }

    /** Each refusal of a credit check names its real reason. */
    @Nested
    class ConsentRequiredReasons {
        private final String rid = s.enrol("person-1");

        ConsentRequiredReasons() {
            publish(s.bank, "p1", false, ALL_BANDS);
            publish(s.bank, "signed", true, ALL_BANDS);
            publish(s.otherBank, "p1", false, ALL_BANDS);
        }

        private String refusal(Identity bank, String productId) {
            return ledger.refused(ErrorCode.CONSENT_REQUIRED, bank, "Credit:checkCredit",
                    checkRequest(rid, productId, PURPOSE)).message();
        }

        @Test
        void missing() {
            assertEquals("CONSENT_REQUIRED: no consent from the resident for this bank", refusal(s.bank, "p1"));
        }

        @Test
        void another_banks_consent_reads_as_missing_and_tells_nothing_of_it() {
            grant("k1", rid);
            assertEquals("CONSENT_REQUIRED: no consent from the resident for this bank",
                    refusal(s.otherBank, "p1"));
        }

        @Test
        void another_purpose() {
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k1", rid, "demo-bank", "car-loan", EXPIRES, null));
            assertEquals("CONSENT_REQUIRED: the resident's consent for this bank is for another purpose",
                    refusal(s.bank, "p1"));
        }

        @Test
        void revoked_even_beside_a_consent_for_another_purpose() {
            ledger.ok(s.app, "Credit:grantConsent", consentRequest("k0", rid, "demo-bank", "car-loan", EXPIRES, null));
            grant("k1", rid);
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            assertEquals("CONSENT_REQUIRED: the resident revoked the consent for this purpose", refusal(s.bank, "p1"));
        }

        @Test
        void expired() {
            grant("k1", rid);
            ledger.setNow(Instant.parse(EXPIRES));
            assertEquals("CONSENT_REQUIRED: the resident's consent for this purpose has expired",
                    refusal(s.bank, "p1"));
        }

        @Test
        void unsigned() {
            grant("k1", rid);
            assertEquals("CONSENT_REQUIRED: the product requires consent signed by the resident; the consent is "
                    + "unsigned", refusal(s.bank, "signed"));
        }
    }

    @Nested
    class CreditCheckIds {
        private final String rid = s.enrol("person-1");

        CreditCheckIds() {
            grant("k1", rid);
            publish(s.bank, "p1", false, ALL_BANDS);
            publish(s.bank, "p2", false, ALL_BANDS);
        }

        private String request(String checkId, String productId) {
            return json("checkId", checkId, "residentId", rid, "productId", productId, "purpose", PURPOSE);
        }

        private int logSize() {
            return ledger.ok(s.app, "Credit:getCreditChecks", rid).size();
        }

        @Test
        void a_retry_returns_the_original_check_and_logs_it_once() {
            JsonNode first = ledger.ok(s.bank, "Credit:checkCredit", request("q1", "p1"));
            assertEquals("q1", first.get("checkId").asText());
            ledger.advance(Duration.ofMinutes(5));
            Map<String, String> before = ledger.snapshot();
            TestLedger.Result retry = ledger.invoke(s.bank, "Credit:checkCredit", request("q1", "p1"));
            assertEquals(200, retry.status(), retry::message);
            assertEquals(first, retry.json());
            assertEquals(before, ledger.snapshot());
            assertEquals(1, logSize());
        }

        @Test
        void another_body_with_the_same_id_conflicts() {
            ledger.ok(s.bank, "Credit:checkCredit", request("q1", "p1"));
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:checkCredit", request("q1", "p2"));
            assertEquals(1, logSize());
        }

        @Test
        void without_an_id_every_call_is_a_new_check() {
            String request = checkRequest(rid, "p1", PURPOSE);
            JsonNode first = ledger.ok(s.bank, "Credit:checkCredit", request);
            JsonNode second = ledger.ok(s.bank, "Credit:checkCredit", request);
            assertNotEquals(first.get("txId"), second.get("txId"));
            assertFalse(first.has("checkId"));
            assertEquals(2, logSize());
        }

        @Test
        void a_refused_check_keeps_its_id_free() {
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit", request("q1", "p1"));
            grant("k2", rid);
            assertEquals("k2", ledger.ok(s.bank, "Credit:checkCredit", request("q1", "p1")).get("consentId").asText());
        }

        @Test
        void refuses_a_malformed_id() {
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", request("q/1", "p1"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", request("", "p1"));
        }
    }
}
