package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.civicledger.api.community.Resident;
import java.util.concurrent.CompletionException;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.CreditCheck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Resident keys: the public key as enrolment takes it, and consent signatures exactly as the gateway verifies them. */
class ResidentKeysTest extends GatewayTest {

    private Resident enrolWith(ResidentKeys keys) {
        return app.residents().enrol("sdk-test-" + UUID.randomUUID(), keys.publicKey());
    }

    @Nested
    class AgainstTheGateway {
        @Test
        void a_consent_signed_by_the_sdk_is_accepted_as_signed_and_allows_a_check_that_requires_a_signature() {
            ResidentKeys keys = ResidentKeys.generate();
            Resident resident = enrolWith(keys);
            ConsentRequest consent = consent(resident.residentId(), "loan");

            Consent granted = app.consents().grant(keys.sign(consent));

            assertEquals(keys.publicKey(), resident.publicKey());
            assertTrue(granted.signed());
            CreditCheck check = bank.creditChecks().check(resident.residentId(), newProduct(true), "loan");
            assertEquals(granted.consentId(), check.consentId());
        }

        @Test
        void a_consent_signed_by_another_key_is_refused_with_ForbiddenException() {
            Resident resident = enrolWith(ResidentKeys.generate());
            ConsentRequest consent = consent(resident.residentId(), "loan");
            ConsentRequest forged = ResidentKeys.generate().sign(consent);

            ForbiddenException e = assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                    () -> app.consents().grant(forged));

            assertTrue(e.detail().contains("signature"), e.detail());
            assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> app.consents().revoke(consent.consentId()));
        }

        @Test
        void a_signature_of_other_terms_is_refused_with_ForbiddenException() {
            ResidentKeys keys = ResidentKeys.generate();
            Resident resident = enrolWith(keys);
            ConsentRequest loan = consent(resident.residentId(), "loan");
            ConsentRequest mortgage = ConsentRequest.builder().consentId(loan.consentId())
                    .residentId(loan.residentId()).bankId(loan.bankId()).purpose("mortgage")
                    .expiresAt(loan.expiresAt()).build();

            assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                    () -> app.consents().grant(mortgage.withSignature(keys.sign(loan).signature())));
        }

        @Test
        void a_signed_request_stored_and_sent_again_is_a_replay_of_the_first_grant() throws Exception {
            ResidentKeys keys = ResidentKeys.generate();
            Resident resident = enrolWith(keys);
            ConsentRequest signed = keys.sign(ConsentRequest.builder().consentId(Ids.newConsentId())
                    .residentId(resident.residentId()).bankId(BANK_ID).purpose("loan")
                    .expiresAt(Instant.now().plusSeconds(86_400).plusNanos(123_456_789)).build());
            String stored = Wire.mapper().writeValueAsString(signed);
            ConsentRequest restored = Wire.mapper().readValue(stored, ConsentRequest.class);

            Consent first = app.consents().grant(signed);
            Consent again = app.consents().grant(signed);
            Consent resent = app.consents().grantAsync(restored).join();

            assertEquals(signed, restored);
            assertEquals(stored, Wire.mapper().writeValueAsString(restored), "byte for byte the same request");
            assertTrue(first.signed());
            assertFalse(first.replayed());
            assertTrue(again.replayed());
            assertEquals(first.txId(), again.txId());
            assertTrue(resent.replayed());
            assertEquals(first.txId(), resent.txId());
            assertEquals(signed.expiresAt(), first.expiresAt());
        }

        @Test
        void an_unsigned_consent_of_a_resident_with_a_key_throws_ValidationFailedException() {
            Resident resident = enrolWith(ResidentKeys.generate());

            assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                    () -> app.consents().grant(consent(resident.residentId(), "loan")));
        }

        @Test
        void an_unsigned_consent_does_not_allow_a_check_that_requires_a_signature() {
            String residentId = newResident();
            app.consents().grant(consent(residentId, "loan"));

            ConsentRequiredException e = assertProblem(ConsentRequiredException.class, 403, "CONSENT_REQUIRED",
                    () -> bank.creditChecks().check(residentId, newProduct(true), "loan"));
            assertTrue(e.detail().contains("signed"), e.detail());
        }
    }

    @Nested
    class Encoding {
        @Test
        void the_public_key_is_a_base64_X509_SubjectPublicKeyInfo_on_P256() throws Exception {
            ResidentKeys keys = ResidentKeys.generate();

            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keys.publicKey())));

            assertEquals(keys.keyPair().getPublic(), key);
            assertEquals(256, key.getParams().getCurve().getField().getFieldSize());
        }

        @Test
        void the_signed_message_is_the_five_fields_joined_by_bars_with_expiresAt_as_sent() {
            ConsentRequest consent = ConsentRequest.builder().consentId("consent-1").residentId("r1")
                    .bankId("demo-bank").purpose("loan").expiresAt(Instant.parse("2027-01-01T00:00:00.750Z")).build();

            assertEquals("consent-1|r1|demo-bank|loan|2027-01-01T00:00:00Z", consent.signedMessage());
            assertEquals("2027-01-01T00:00:00Z", Wire.tree(consent).get("expiresAt").asText());
        }

        @Test
        void the_signature_is_DER_SHA256withECDSA_over_the_messages_UTF8_bytes() throws Exception {
            ResidentKeys keys = ResidentKeys.generate();
            ConsentRequest consent = consent("r\u00e9sident", "loan");
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(keys.keyPair().getPublic());
            verifier.update(consent.signedMessage().getBytes(StandardCharsets.UTF_8));
            ConsentRequest signed = keys.sign(consent);

            assertTrue(verifier.verify(Base64.getDecoder().decode(signed.signature())));
            assertEquals(consent.signedMessage(), signed.signedMessage());
            assertEquals(null, consent.signature(), "the unsigned request is unchanged");
        }

        @Test
        void signing_a_signed_request_again_is_refused_since_the_resend_must_be_identical() {
            ResidentKeys keys = ResidentKeys.generate();
            ConsentRequest signed = keys.sign(consent("r1", "loan"));

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> keys.sign(signed));

            assertTrue(e.getMessage().contains("send it as it is"), e.getMessage());
        }

        @Test
        void a_null_request_gives_a_failed_future_not_a_throw() {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> app.consents().grantAsync(null).join());

            assertTrue(e.getCause() instanceof NullPointerException, e.toString());
        }

        @Test
        void a_key_pair_off_the_P256_curve_is_refused() throws Exception {
            KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
            p384.initialize(new ECGenParameterSpec("secp384r1"));
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);

            assertThrows(IllegalArgumentException.class, () -> ResidentKeys.of(p384.generateKeyPair()));
            assertThrows(IllegalArgumentException.class, () -> ResidentKeys.of(rsa.generateKeyPair()));
            ResidentKeys restored = ResidentKeys.of(ResidentKeys.generate().keyPair());
            assertFalse(restored.publicKey().isEmpty());
        }
    }
}
