package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * {@code Credit:listConsents}: a bank sees its own consents of one subject (a resident alone, or a household through
 * its current head), each with its status at the transaction's time; never another bank's.
 */
class ConsentListingTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    private final String rid = s.enrol("listing-1");

    private String expires(Duration after) {
        return ledger.now().plus(after).toString();
    }

    private void grant(String consentId, String residentId, String bankId, Duration lifetime, String householdId) {
        ledger.ok(s.app, "Credit:grantConsent", json("consentId", consentId, "residentId", residentId, "bankId",
                bankId, "purpose", "loan", "expiresAt", expires(lifetime), "householdId", householdId));
    }

    private JsonNode list(Object... request) {
        return ledger.ok(s.bank, "Credit:listConsents", json(request));
    }

    private static Map<String, String> statuses(JsonNode listing) {
        Map<String, String> out = new java.util.TreeMap<>();
        listing.get("items").forEach(c -> out.put(c.get("consentId").asText(), c.get("status").asText()));
        return out;
    }

    @Test
    void a_bank_sees_its_own_consents_of_the_resident_with_their_status_at_the_transactions_time() {
        grant("k-active", rid, "demo-bank", Duration.ofDays(30), null);
        grant("k-short", rid, "demo-bank", Duration.ofDays(2), null);
        grant("k-revoked", rid, "demo-bank", Duration.ofDays(30), null);
        grant("k-other-bank", rid, "other-bank", Duration.ofDays(30), null);
        ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k-revoked"));

        JsonNode now = list("residentId", rid);
        assertEquals(Map.of("k-active", "ACTIVE", "k-short", "ACTIVE", "k-revoked", "REVOKED"), statuses(now));
        assertEquals(ledger.now().toString(), now.get("at").asText());
        JsonNode first = now.get("items").get(0);
        assertEquals("demo-bank", first.get("bankId").asText());
        assertEquals("loan", first.get("purpose").asText());
        assertFalse(first.get("witnessed").asBoolean());
        assertFalse(first.has("signature"), "the listing carries no signature");

        ledger.advance(Duration.ofDays(2)); // k-short expires exactly now: expired at its expiresAt
        assertEquals(Map.of("k-active", "ACTIVE", "k-short", "EXPIRED", "k-revoked", "REVOKED"),
                statuses(list("residentId", rid)));

        // the other bank sees only its own
        JsonNode other = ledger.ok(s.otherBank, "Credit:listConsents", json("residentId", rid));
        assertEquals(Map.of("k-other-bank", "ACTIVE"), statuses(other));
    }

    @Test
    void a_resident_without_consent_for_the_bank_lists_nothing_and_an_unknown_one_is_not_found() {
        grant("k-elsewhere", rid, "other-bank", Duration.ofDays(30), null);
        assertEquals(0, list("residentId", rid).get("items").size());
        ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:listConsents",
                json("residentId", Scenario.residentId("nobody-here")));
    }

    @Test
    void a_household_lists_its_current_heads_consents_naming_it_and_the_resident_view_leaves_them_out() {
        String other = s.enrol("listing-2");
        ledger.ok(s.admin, "Community:registerHousehold", json("householdId", "hh-l", "headResidentId", rid,
                "memberIds", List.of(rid, other)));
        grant("k-alone", rid, "demo-bank", Duration.ofDays(30), null);
        grant("k-household", rid, "demo-bank", Duration.ofDays(30), "hh-l");

        assertEquals(Map.of("k-household", "ACTIVE"), statuses(list("householdId", "hh-l", "communityId", "demo")));
        assertEquals("hh-l", list("householdId", "hh-l", "communityId", "demo").at("/items/0/householdId").asText());
        assertEquals(Map.of("k-alone", "ACTIVE"), statuses(list("residentId", rid)));

        // after a change of head the old head's consent no longer concerns the household
        ledger.ok(s.admin, "Community:setHouseholdHead", json("householdId", "hh-l", "residentId", other));
        assertEquals(Map.of(), statuses(list("householdId", "hh-l", "communityId", "demo")));
        ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:listConsents",
                json("householdId", "hh-none", "communityId", "demo"));
    }

    @Test
    void pages_are_bounded_and_the_cursor_reads_the_rest() {
        for (int i = 0; i < 5; i++) {
            grant("k-" + i, rid, "demo-bank", Duration.ofDays(30), null);
        }
        List<String> seen = new ArrayList<>();
        JsonNode page = list("residentId", rid, "limit", 2);
        int pages = 1;
        page.get("items").forEach(c -> seen.add(c.get("consentId").asText()));
        while (page.has("nextCursor")) {
            page = list("residentId", rid, "limit", 2, "cursor", page.get("nextCursor").asText());
            page.get("items").forEach(c -> seen.add(c.get("consentId").asText()));
            pages++;
        }
        assertEquals(List.of("k-0", "k-1", "k-2", "k-3", "k-4"), seen);
        assertEquals(3, pages);
        assertTrue(Limits.MAX_CONSENTS_PAGE >= 2);
    }

    @Test
    void bad_requests_and_other_roles_are_refused() {
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents", json());
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents",
                json("residentId", rid, "householdId", "hh-x", "communityId", "demo"));
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents", json("householdId", "hh-x"));
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents",
                json("residentId", rid, "limit", Limits.MAX_CONSENTS_PAGE + 1));
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents",
                json("residentId", rid, "cursor", "bm90LWEtY3Vyc29y"));
        ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:listConsents",
                json("residentId", rid, "bankId", "other-bank"));
        ledger.refused(ErrorCode.FORBIDDEN, s.app, "Credit:listConsents", json("residentId", rid));
        ledger.refused(ErrorCode.FORBIDDEN, s.auditor, "Credit:listConsents", json("residentId", rid));
    }
}
