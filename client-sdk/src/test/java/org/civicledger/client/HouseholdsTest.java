package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.civicledger.api.community.Household;
import org.civicledger.api.community.HouseholdRequest;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.CreditCheck;
import org.civicledger.api.credit.CreditCheckRequest;
import org.junit.jupiter.api.Test;

/** Households and a bank's household check against the real gateway. */
class HouseholdsTest extends GatewayTest {

    @Test
    void registers_moves_and_checks_a_household_with_its_heads_consent() {
        String head = newResident();
        String spouse = residentWithHours(3);
        String child = newResident();
        String householdId = "hh-" + UUID.randomUUID();
        HouseholdRequest request = HouseholdRequest.builder().householdId(householdId).headResidentId(head)
                .memberIds(List.of(head, spouse)).build();

        Household registered = admin.households().register(request);
        assertFalse(registered.replayed());
        assertNotNull(registered.blockNumber());
        assertTrue(admin.households().register(request).replayed());
        assertEquals(new TreeSet<>(List.of(head, spouse, child)),
                new TreeSet<>(admin.households().moveIn(householdId, child).memberIds()));
        assertProblem(HouseholdConflictException.class, 409, "HOUSEHOLD_CONFLICT",
                () -> admin.households().register(HouseholdRequest.builder().householdId("hh-" + UUID.randomUUID())
                        .headResidentId(child).memberIds(List.of(child)).build()));
        assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                () -> admin.households().moveOut(householdId, head));
        assertEquals(child, admin.households().setHead(householdId, child).headResidentId());
        assertFalse(admin.households().moveOut(householdId, head).memberIds().contains(head));
        assertEquals(2, app.households().get(householdId).memberIds().size());
        assertEquals(householdId, auditor.households().get(householdId, "demo").householdId());
        assertTrue(app.households().list(null).stream().anyMatch(h -> h.householdId().equals(householdId)));

        String productId = newProduct(false);
        app.consents().grant(ConsentRequest.builder().consentId(Ids.newConsentId()).residentId(child)
                .bankId(BANK_ID).purpose("loan").expiresAt(Instant.now().plus(30, ChronoUnit.DAYS))
                .householdId(householdId).build());
        CreditCheck check = bank.creditChecks().check(CreditCheckRequest.builder().household("demo", householdId)
                .productId(productId).purpose("loan").build());
        assertEquals(householdId, check.householdId());
        assertEquals(child, check.residentId());
        assertEquals(new java.util.ArrayList<>(new TreeSet<>(List.of(child, spouse))), check.memberIds());
        assertNotNull(check.checkId(), "the SDK gave the household check an id");
    }
}
