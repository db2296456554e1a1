package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.CreditCheck;
import org.civicledger.api.credit.CreditCheckLogEntry;
import org.civicledger.api.credit.CreditCheckRequest;
import org.civicledger.api.credit.CreditScore;
import org.civicledger.api.credit.LoanProduct;
import org.civicledger.api.credit.LoanProductRequest;
import org.civicledger.api.credit.LoanTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Consents, loan products, a bank's credit checks and the resident's own credit view, against the real gateway. */
class CreditTest extends GatewayTest {

    @Nested
    class Consents {
        @Test
        void granting_an_unsigned_consent_answers_it_and_the_same_grant_again_is_a_replay() {
            String residentId = newResident();
            ConsentRequest request = consent(residentId, "loan");

            Consent granted = app.consents().grant(request);
            Consent again = app.consents().grantAsync(request).join();

            assertAll(
                    () -> assertEquals(request.consentId(), granted.consentId()),
                    () -> assertEquals(residentId, granted.residentId()),
                    () -> assertEquals("demo", granted.communityId()),
                    () -> assertEquals(BANK_ID, granted.bankId()),
                    () -> assertEquals("loan", granted.purpose()),
                    () -> assertEquals(request.expiresAt(), granted.expiresAt()),
                    () -> assertFalse(granted.signed()),
                    () -> assertNull(granted.revokedAt()),
                    () -> assertFalse(granted.replayed()),
                    () -> assertTrue(again.replayed()),
                    () -> assertEquals(granted.txId(), again.txId()));
        }

        @Test
        void a_consent_lets_the_bank_check_and_revoking_it_stops_the_next_check_at_once() {
            String residentId = newResident();
            String productId = newProduct(false);
            Consent consent = app.consents().grant(consent(residentId, "loan"));
            bank.creditChecks().check(residentId, productId, "loan");

            app.consents().revoke(consent.consentId());

            ConsentRequiredException e = assertProblem(ConsentRequiredException.class, 403, "CONSENT_REQUIRED",
                    () -> bank.creditChecks().check(residentId, productId, "loan"));
            assertTrue(e.detail().contains("revoked"), e.detail());
            app.consents().revokeAsync(consent.consentId()).join(); // revoking again is harmless
            assertEquals(1, app.residentCredit().queryLog(residentId).size());
        }

        @Test
        void a_consent_for_another_purpose_does_not_allow_the_check() {
            String residentId = newResident();
            String productId = newProduct(false);
            app.consents().grant(consent(residentId, "mortgage"));

            ConsentRequiredException e = assertProblem(ConsentRequiredException.class, 403, "CONSENT_REQUIRED",
                    () -> bank.creditChecks().check(residentId, productId, "loan"));
            assertTrue(e.detail().contains("purpose"), e.detail());
        }

        @Test
        void revoking_an_unknown_consent_throws_NotFoundException() {
            assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> app.consents().revoke(Ids.newConsentId()));
        }

        @Test
        void reusing_a_consent_id_for_another_purpose_throws_IdConflictException() {
            String residentId = newResident();
            ConsentRequest loan = consent(residentId, "loan");
            app.consents().grant(loan);
            ConsentRequest mortgage = ConsentRequest.builder().consentId(loan.consentId()).residentId(residentId)
                    .bankId(BANK_ID).purpose("mortgage").expiresAt(loan.expiresAt()).build();

            assertProblem(IdConflictException.class, 409, "ID_CONFLICT", () -> app.consents().grant(mortgage));
        }
    }

    @Nested
    class LoanProducts {
        @Test
        void publishing_answers_the_product_with_its_bands_and_the_same_request_again_is_a_replay() {
            LoanProductRequest request = LoanProductRequest.builder().productId("loan-" + UUID.randomUUID())
                    .name("Green loan").requireSignedConsent(true).band(Band.A, 5_000_000, 50).band(Band.C, 500_000, 0)
                    .build();

            LoanProduct published = bank.loanProducts().publish(request);
            LoanProduct again = bank.loanProducts().publishAsync(request).join();

            assertAll(
                    () -> assertEquals(BANK_ID, published.bankId()),
                    () -> assertEquals(request.productId(), published.productId()),
                    () -> assertTrue(published.requireSignedConsent()),
                    () -> assertEquals(Set.of(Band.A, Band.C), published.bands().asMap().keySet()),
                    () -> assertEquals(5_000_000, published.bands().terms(Band.A).maxAmountFen()),
                    () -> assertEquals(50, published.bands().terms(Band.A).rateDiscountBps()),
                    () -> assertNull(published.bands().terms(Band.B)),
                    () -> assertEquals(request.bands(), published.bands()),
                    () -> assertFalse(published.replayed()),
                    () -> assertTrue(again.replayed()),
                    () -> assertEquals(published.txId(), again.txId()));
        }

        @Test
        void every_role_lists_a_published_product() {
            String productId = newProduct(false);

            for (CivicLedgerClient caller : List.of(app, merchant, bank, auditor, admin)) {
                LoanProduct listed = caller.loanProducts().list().stream()
                        .filter(p -> p.productId().equals(productId)).findFirst().orElseThrow();
                assertEquals(4, listed.bands().asMap().size());
                assertNull(listed.blockNumber());
                assertFalse(listed.replayed(), "a listed product is no replay");
            }
        }

        @Test
        void republishing_an_id_with_other_terms_throws_IdConflictException() {
            String productId = newProduct(false);

            assertProblem(IdConflictException.class, 409, "ID_CONFLICT", () -> bank.loanProducts().publish(
                    LoanProductRequest.builder().productId(productId).name("Other").band(Band.A, 1, 0).build()));
        }

        @Test
        void an_app_publishing_a_product_throws_ForbiddenException() {
            assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.loanProducts().publish(
                    LoanProductRequest.builder().productId("loan-x").name("x").band(Band.A, 1, 0).build()));
        }

        @Test
        void the_builder_refuses_terms_that_break_their_rule_and_a_product_without_bands() {
            IllegalArgumentException amount = assertThrows(IllegalArgumentException.class,
                    () -> LoanProductRequest.builder().band(Band.A, 0, 0));
            IllegalStateException none = assertThrows(IllegalStateException.class,
                    () -> LoanProductRequest.builder().productId("p").name("n").build());

            assertTrue(amount.getMessage().startsWith("maxAmountFen must be positive"), amount.getMessage());
            assertTrue(none.getMessage().startsWith("bands must offer terms"), none.getMessage());
        }
    }

    @Nested
    class CreditChecks {
        @Test
        void a_check_sent_again_with_its_id_returns_the_original_check_and_is_logged_once() {
            String residentId = newResident();
            String productId = newProduct(false);
            app.consents().grant(consent(residentId, "loan"));
            String checkId = Ids.newCheckId();

            CreditCheckRequest request = CreditCheckRequest.builder().checkId(checkId).residentId(residentId)
                    .productId(productId).purpose("loan").build();

            CreditCheck first = bank.creditChecks().check(request);
            CreditCheck again = bank.creditChecks().checkAsync(request).join();

            assertEquals(checkId, first.checkId());
            assertEquals(first.txId(), again.txId());
            assertEquals(first.blockNumber(), again.blockNumber());
            assertEquals(1, auditor.residentCredit().queryLog(residentId).size());
            assertProblem(IdConflictException.class, 409, "ID_CONFLICT",
                    () -> bank.creditChecks().check(CreditCheckRequest.builder().checkId(checkId)
                            .residentId(residentId).productId(productId).purpose("mortgage").build()));
        }

        @Test
        void each_call_without_an_id_gets_one_of_its_own() {
            String residentId = newResident();
            String productId = newProduct(false);
            app.consents().grant(consent(residentId, "loan"));

            CreditCheck first = bank.creditChecks().check(residentId, productId, "loan");
            CreditCheck second = bank.creditChecks().check(residentId, productId, "loan");

            assertTrue(first.checkId().startsWith("check-"), first.checkId());
            assertFalse(first.checkId().equals(second.checkId()));
            assertEquals(2, auditor.residentCredit().queryLog(residentId).size());
        }

        @Test
        void a_consented_check_answers_the_explained_score_and_the_terms_and_is_on_the_query_log() {
            String residentId = residentWithHours(2);
            String productId = newProduct(false);
            Consent consent = app.consents().grant(consent(residentId, "loan"));

            CreditCheck check = bank.creditChecks().check(residentId, productId, "loan");

            CreditScore credit = check;
            LoanTerms terms = bank.loanProducts().list().stream().filter(p -> p.productId().equals(productId))
                    .findFirst().orElseThrow().bands().terms(credit.band());
            assertAll(
                    () -> assertEquals(residentId, credit.residentId()),
                    () -> assertEquals(0, credit.range().min()),
                    () -> assertEquals(1000, credit.range().max()),
                    () -> assertEquals(credit.score(), credit.factors().stream().mapToInt(f -> f.points()).sum(),
                            "the factors add up to the score"),
                    () -> assertTrue(credit.score() >= 0 && credit.score() <= 1000, "score " + credit.score()),
                    () -> assertFalse(credit.reasons().isEmpty()),
                    () -> assertEquals(1, credit.modelVersion()),
                    () -> assertEquals(check.blockNumber(), credit.asOf().blockNumber()),
                    () -> assertEquals(productId, check.productId()),
                    () -> assertEquals(consent.consentId(), check.consentId()),
                    () -> assertTrue(check.eligible()),
                    () -> assertEquals(terms.maxAmountFen(), check.maxAmountFen()),
                    () -> assertEquals(terms.rateDiscountBps(), check.rateDiscountBps()));
            List<CreditCheckLogEntry> log = auditor.residentCredit().queryLog(residentId);
            assertEquals(1, log.size());
            CreditCheckLogEntry entry = log.get(0);
            assertAll(
                    () -> assertEquals(BANK_ID, entry.bankId()),
                    () -> assertEquals(productId, entry.productId()),
                    () -> assertEquals("loan", entry.purpose()),
                    () -> assertEquals(check.txId(), entry.txId()),
                    () -> assertEquals(check.consentId(), entry.consentId()),
                    () -> assertEquals(check.checkId(), entry.checkId()),
                    () -> assertEquals(check.maxAmountFen(), entry.maxAmountFen()),
                    () -> assertEquals(check.asOf().time(), entry.at()));
        }

        @Test
        void a_band_the_product_does_not_offer_is_not_eligible() {
            String residentId = newResident();
            String productId = bank.loanProducts().publish(LoanProductRequest.builder()
                    .productId("loan-" + UUID.randomUUID()).name("Prime only").band(Band.A, 9_000_000, 80).build())
                    .productId();
            app.consents().grant(consent(residentId, "loan"));

            CreditCheck check = bank.creditChecks().checkAsync(CreditCheckRequest.builder().residentId(residentId)
                    .productId(productId).purpose("loan").build()).join();

            assertFalse(check.eligible());
            assertNull(check.maxAmountFen());
            assertNull(check.rateDiscountBps());
        }
    }

    @Nested
    class ResidentsOwnView {
        @Test
        void the_resident_sees_their_score_and_reasons_and_nothing_is_written() {
            String residentId = residentWithHours(3);
            long height = auditor.audit().latestBlocks(1).get(0).number() + 1;

            CreditScore score = app.residentCredit().score(residentId);

            assertAll(
                    () -> assertEquals(residentId, score.residentId()),
                    () -> assertEquals(1000, score.range().max()),
                    () -> assertEquals(5, score.factors().size()),
                    () -> assertFalse(score.reasons().isEmpty()),
                    () -> assertFalse(score.reasons().get(0).text().isBlank()),
                    () -> assertEquals(height - 1, score.asOf().blockNumber()),
                    () -> assertEquals(height, auditor.audit().latestBlocks(1).get(0).number() + 1,
                            "reading the score wrote no block"),
                    () -> assertTrue(app.residentCredit().queryLogAsync(residentId).join().isEmpty()));
        }

        @Test
        void an_unknown_resident_throws_NotFoundException() {
            assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                    () -> app.residentCredit().score("0".repeat(64)));
        }
    }
}
