package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.civicledger.api.Limits;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentPage;
import org.civicledger.api.credit.ConsentState;
import org.civicledger.api.credit.ConsentStatus;
import org.junit.jupiter.api.Test;

/** A bank reads its own consents of a resident, with their status, before it checks (consents().list). */
class ConsentListingTest extends GatewayTest {

    @Test
    void a_bank_sees_its_consents_of_the_resident_with_their_status() {
        String residentId = newResident();
        Consent kept = app.consents().grant(consent(residentId, "loan"));
        Consent revoked = app.consents().grant(consent(residentId, "card"));
        app.consents().revoke(revoked.consentId());

        ConsentPage page = bank.consents().list(residentId);
        Map<String, ConsentStatus> statuses = page.items().stream()
                .collect(Collectors.toMap(ConsentState::consentId, ConsentState::status));
        assertEquals(Map.of(kept.consentId(), ConsentStatus.ACTIVE, revoked.consentId(), ConsentStatus.REVOKED),
                statuses);
        ConsentState active = page.items().stream().filter(c -> c.consentId().equals(kept.consentId())).findFirst()
                .orElseThrow();
        assertEquals(BANK_ID, active.bankId());
        assertEquals("loan", active.purpose());
        assertEquals(kept.expiresAt(), active.expiresAt());
        assertFalse(active.witnessed());
        assertNull(active.householdId());
        assertNotNull(page.at());
        assertNull(page.nextCursor());
    }

    @Test
    void a_resident_without_consent_lists_nothing_an_unknown_one_is_not_found_and_an_app_is_forbidden() {
        assertEquals(0, bank.consents().list(newResident()).items().size());
        assertProblem(NotFoundException.class, 404, "NOT_FOUND",
                () -> bank.consents().list("0".repeat(64)));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.consents().list(newResident()));
    }

    @Test
    void bad_arguments_are_refused_before_sending() {
        CompletionException both = assertThrows(CompletionException.class,
                () -> bank.consents().listAsync("r", "h", "demo", null, null).join());
        assertEquals(IllegalArgumentException.class, both.getCause().getClass());
        CompletionException limit = assertThrows(CompletionException.class,
                () -> bank.consents().listAsync("r", null, null, Limits.MAX_CONSENTS_PAGE + 1, null).join());
        assertEquals(IllegalArgumentException.class, limit.getCause().getClass());
        assertThrows(NullPointerException.class, () -> bank.consents().list(null));
    }
}
