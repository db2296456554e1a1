package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.ConsentRequirement;
import org.civicledger.api.credit.ConsentWitness;
import org.civicledger.api.credit.CreditScore;
import org.civicledger.api.credit.LoanProduct;
import org.civicledger.api.credit.LoanProductRequest;
import org.civicledger.api.credit.ScoreReason;
import org.civicledger.api.credit.WitnessKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Witnessed paper consents, products' consent requirement, and texts in the caller's language, through the SDK. */
class WitnessAndLanguageTest extends GatewayTest {
    private static final String FORM = "c0ffee00".repeat(8);

    static ConsentRequest paper(String residentId, ConsentWitness witness) {
        return ConsentRequest.builder().consentId(Ids.newConsentId()).residentId(residentId).bankId(BANK_ID)
                .purpose("loan").expiresAt(Instant.now().plus(30, ChronoUnit.DAYS))
                .witness(witness).paperFormHash(FORM).build();
    }

    LoanProduct paperFriendlyProduct() {
        return bank.loanProducts().publish(LoanProductRequest.builder()
                .productId("paper-" + UUID.randomUUID()).name("Paper-friendly micro-loan")
                .consentRequirement(ConsentRequirement.SIGNED_OR_WITNESSED)
                .band(Band.A, 5_000_000, 50).band(Band.D, 100_000, 0)
                .build());
    }

    @Nested
    class WitnessedConsent {
        @Test
        void the_admin_records_a_paper_consent_it_witnessed_and_a_paper_friendly_product_accepts_it() {
            String residentId = newResident();
            LoanProduct product = paperFriendlyProduct();

            Consent consent = admin.consents().grant(paper(residentId, ConsentWitness.admin()));

            assertAll(
                    () -> assertTrue(consent.witnessed()),
                    () -> assertFalse(consent.signed()),
                    () -> assertEquals(WitnessKind.ADMIN, consent.witness().kind()),
                    () -> assertEquals(FORM, consent.paperFormHash()),
                    () -> assertEquals(ConsentRequirement.SIGNED_OR_WITNESSED, product.consentRequirement()),
                    () -> assertFalse(product.requireSignedConsent()));
            assertEquals(residentId, bank.creditChecks().check(residentId, product.productId(), "loan").residentId());
        }

        @Test
        void a_plain_consent_is_refused_for_a_paper_friendly_product_saying_why() {
            String residentId = newResident();
            LoanProduct product = paperFriendlyProduct();
            app.consents().grant(consent(residentId, "loan"));

            ConsentRequiredException e = assertProblem(ConsentRequiredException.class, 403, "CONSENT_REQUIRED",
                    () -> bank.creditChecks().check(residentId, product.productId(), "loan"));
            assertTrue(e.detail().contains("signed or witnessed"), e.detail());
        }

        @Test
        void the_app_may_not_name_the_admin_as_witness_and_an_unknown_attester_is_not_found() {
            String residentId = newResident();
            assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                    () -> app.consents().grant(paper(residentId, ConsentWitness.admin())));
            assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                    () -> app.consents().grant(paper(residentId, ConsentWitness.attester("nobody-" + UUID.randomUUID()
                            .toString().substring(0, 8)))));
        }

        @Test
        void the_builders_keep_witness_and_hash_together_and_the_requirement_in_agreement() {
            assertThrows(IllegalStateException.class, () -> ConsentRequest.builder().consentId("k").residentId("r")
                    .bankId(BANK_ID).purpose("loan").expiresAt(Instant.now()).witness(ConsentWitness.admin()).build());
            assertThrows(IllegalStateException.class, () -> LoanProductRequest.builder().productId("p").name("n")
                    .consentRequirement(ConsentRequirement.SIGNED_OR_WITNESSED).requireSignedConsent(true)
                    .band(Band.A, 1, 0).build());
            assertTrue(LoanProductRequest.builder().productId("p").name("n")
                    .consentRequirement(ConsentRequirement.SIGNED).band(Band.A, 1, 0).build().requireSignedConsent());
        }
    }

    @Nested
    class Language {
        @Test
        void reasons_come_in_chinese_when_asked_and_in_english_by_default() {
            String residentId = newResident();
            CivicLedgerClient chineseApp = app.withOptions(RequestOptions.builder()
                    .language(Locale.SIMPLIFIED_CHINESE).build());

            CreditScore zh = chineseApp.residentCredit().score(residentId);
            CreditScore en = app.residentCredit().score(residentId);

            assertFalse(zh.reasons().isEmpty());
            assertEquals(en.reasons().size(), zh.reasons().size());
            for (int i = 0; i < zh.reasons().size(); i++) {
                ScoreReason chinese = zh.reasons().get(i);
                ScoreReason english = en.reasons().get(i);
                assertEquals(english.code(), chinese.code());
                assertTrue(chinese.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), chinese.text());
                assertFalse(english.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), english.text());
            }
        }

        @Test
        void a_locale_without_a_language_is_refused() {
            assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().language(Locale.ROOT));
        }
    }
}
