package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.awardRequest;
import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Client-supplied ids are scoped to their issuer: the same id in two communities (or at two
 * merchants, or two banks) is two records, so one tenant can neither learn of nor squat another's
 * ids. Records written under the global keys of earlier versions stay readable, replayable and
 * reversible.
 */
class ScopedIdsTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    private final String demoResident = s.enrol("demo-person");
    private final String northResident = s.enrol(s.northApp, "north-person");
    private final String expires = ledger.now().plus(Duration.ofDays(90)).toString();

    @Nested
    class SameIdInTwoScopes {
        @Test
        void contribution_ids_are_two_records() {
            JsonNode demo = s.award(s.app, "c1", demoResident, "volunteer-hour", 2, ledger.now());
            JsonNode north = s.award(s.northApp, "c1", northResident, "volunteer-hour", 3, ledger.now());
            assertEquals(demo.get("txId").asText(), record(Keys.contribution("demo", "c1")).get("txId").asText());
            assertEquals(north.get("txId").asText(), record(Keys.contribution("north", "c1")).get("txId").asText());
            assertNotEquals(demo.get("txId"), north.get("txId"));
            assertEquals(20, s.available(demoResident));
            assertEquals(30, s.available(northResident));
            // each community reverses its own c1
            ledger.ok(s.northAdmin, "Points:reverse", json("contributionId", "c1", "reason", "typo"));
            assertEquals(20, s.available(demoResident));
            assertEquals(0, s.available(northResident));
            JsonNode report = ledger.ok(s.auditor, "Audit:reconcile");
            assertTrue(report.get("ok").asBoolean(), report::toString);
            assertEquals(50, report.get("issued").asLong());
        }

        @Test
        void redemption_ids_are_two_records() {
            s.award(s.app, "c1", demoResident, "volunteer-hour", 5, ledger.now());
            s.award(s.northApp, "c1", northResident, "volunteer-hour", 5, ledger.now());
            ledger.ok(s.merchant, "Points:redeem", json("redemptionId", "r1", "residentId", demoResident,
                    "points", 10, "item", "soap"));
            ledger.ok(s.northMerchant, "Points:redeem", json("redemptionId", "r1", "residentId", northResident,
                    "points", 20, "item", "rice"));
            assertEquals(40, s.available(demoResident));
            assertEquals(30, s.available(northResident));
            assertEquals("demo-merchant", record(Keys.redemption("demo-merchant", "r1")).get("merchantId").asText());
            assertEquals("north-merchant", record(Keys.redemption("north-merchant", "r1")).get("merchantId").asText());
            assertTrue(ledger.ok(s.auditor, "Audit:reconcile").get("ok").asBoolean());
        }

        @Test
        void consent_ids_are_two_records_and_each_community_revokes_its_own() {
            ledger.ok(s.app, "Credit:grantConsent", consent("k1", demoResident));
            ledger.ok(s.northApp, "Credit:grantConsent", consent("k1", northResident));
            ledger.ok(s.northApp, "Credit:revokeConsent", json("consentId", "k1"));
            assertNull(record(Keys.consent("demo", "k1")).get("revokedAt"));
            assertEquals(ledger.now().toString(), record(Keys.consent("north", "k1")).get("revokedAt").asText());
        }

        @Test
        void dispute_ids_are_two_records_and_each_community_resolves_its_own() {
            String demoTx = s.award(s.app, "c1", demoResident, "volunteer-hour", 2, ledger.now()).get("txId").asText();
            String northTx = s.award(s.northApp, "c1", northResident, "volunteer-hour", 2, ledger.now())
                    .get("txId").asText();
            ledger.ok(s.app, "Disputes:fileDispute", dispute("d1", demoResident, demoTx));
            ledger.ok(s.northApp, "Disputes:fileDispute", dispute("d1", northResident, northTx));
            ledger.ok(s.northAdmin, "Disputes:resolveDispute", json("disputeId", "d1", "outcome", "UPHELD",
                    "note", "checked"));
            assertEquals("OPEN", record(Keys.dispute("demo", "d1")).get("status").asText());
            assertEquals("UPHELD", record(Keys.dispute("north", "d1")).get("status").asText());
            assertEquals(20, s.available(demoResident));
            assertEquals(0, s.available(northResident));
        }

        @Test
        void settlement_ids_are_two_records() {
            s.award(s.app, "c1", demoResident, "volunteer-hour", 5, ledger.now());
            s.award(s.northApp, "c1", northResident, "volunteer-hour", 5, ledger.now());
            ledger.ok(s.merchant, "Points:redeem", json("redemptionId", "r1", "residentId", demoResident,
                    "points", 10, "item", "soap"));
            ledger.ok(s.northMerchant, "Points:redeem", json("redemptionId", "r1", "residentId", northResident,
                    "points", 20, "item", "rice"));
            JsonNode demo = ledger.ok(s.admin, "Points:settle", json("settlementId", "s1", "merchantId",
                    "demo-merchant"));
            JsonNode north = ledger.ok(s.northAdmin, "Points:settle", json("settlementId", "s1", "merchantId",
                    "north-merchant"));
            assertEquals(10, demo.get("points").asLong());
            assertEquals(20, north.get("points").asLong());
            assertEquals(demo, record(Keys.settlement("demo", "s1")));
            assertEquals(north, record(Keys.settlement("north", "s1")));
        }

        @Test
        void credit_check_ids_are_two_records() {
            ledger.ok(s.app, "Credit:grantConsent", json("consentId", "k1", "residentId", demoResident,
                    "bankId", "demo-bank", "purpose", "loan", "expiresAt", expires));
            ledger.ok(s.app, "Credit:grantConsent", json("consentId", "k2", "residentId", demoResident,
                    "bankId", "other-bank", "purpose", "loan", "expiresAt", expires));
            String bands = "{\"D\":{\"maxAmountFen\":100,\"rateDiscountBps\":0}}";
            ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"p1\",\"name\":\"n\",\"bands\":" + bands + "}");
            ledger.ok(s.otherBank, "Credit:publishLoanProduct", "{\"productId\":\"p1\",\"name\":\"n\",\"bands\":" + bands
                    + "}");
            String check = json("checkId", "q1", "residentId", demoResident, "productId", "p1", "purpose", "loan");
            JsonNode first = ledger.ok(s.bank, "Credit:checkCredit", check);
            JsonNode second = ledger.ok(s.otherBank, "Credit:checkCredit", check);
            assertNotEquals(first.get("txId"), second.get("txId"));
            assertEquals("demo-bank", record(Keys.creditCheck("demo-bank", "q1")).get("bankId").asText());
            assertEquals("other-bank", record(Keys.creditCheck("other-bank", "q1")).get("bankId").asText());
        }
    }

    /** A ledger written by a version before ids were scoped: records under global keys, communities unmarked. */
    @Nested
    class LegacyRecords {
        private final String awardTx;

        LegacyRecords() {
            awardTx = s.award(s.app, "c1", demoResident, "volunteer-hour", 3, ledger.now()).get("txId").asText();
            moveToLegacy(Keys.contribution("demo", "c1"), Keys.legacyContribution("c1"));
            markLegacy("demo");
            markLegacy("north");
        }

        @Test
        void an_award_retried_returns_the_original_without_paying_twice() {
            JsonNode retry = s.award(s.app, "c1", demoResident, "volunteer-hour", 3, ledger.now());
            assertEquals(awardTx, retry.get("txId").asText());
            assertTrue(ledger.lastWrittenKeys().isEmpty());
            assertEquals(30, s.available(demoResident));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award",
                    awardRequest("c1", demoResident, "volunteer-hour", 4, ledger.now()));
            assertNull(ledger.raw(Keys.contribution("demo", "c1")));
        }

        @Test
        void an_award_is_reversible_in_place_and_reconciles() {
            ledger.ok(s.admin, "Points:reverse", json("contributionId", "c1", "reason", "forged"));
            assertEquals("REVERSED", record(Keys.legacyContribution("c1")).get("status").asText());
            assertNull(ledger.raw(Keys.contribution("demo", "c1")));
            assertEquals(0, s.available(demoResident));
            JsonNode report = ledger.ok(s.auditor, "Audit:reconcile");
            assertTrue(report.get("ok").asBoolean(), report::toString);
            assertEquals(30, report.get("issued").asLong());
            assertEquals(30, report.get("reversed").asLong());
        }

        @Test
        void another_communitys_legacy_id_is_free_in_this_one() {
            s.award(s.northApp, "c1", northResident, "volunteer-hour", 1, ledger.now());
            assertEquals("north", record(Keys.contribution("north", "c1")).get("communityId").asText());
            ledger.refused(ErrorCode.NOT_FOUND, s.northAdmin, "Points:reverse", json("contributionId", "c9",
                    "reason", "x"));
            assertTrue(ledger.ok(s.auditor, "Audit:reconcile").get("ok").asBoolean());
        }

        @Test
        void a_dispute_of_a_legacy_award_is_upheld_and_reverses_it() {
            ledger.ok(s.app, "Disputes:fileDispute", dispute("d1", demoResident, awardTx));
            moveToLegacy(Keys.dispute("demo", "d1"), Keys.legacyDispute("d1"));
            ledger.removeRaw(Keys.openDispute(awardTx)); // earlier versions kept no such index
            JsonNode resolved = ledger.ok(s.admin, "Disputes:resolveDispute", json("disputeId", "d1",
                    "outcome", "UPHELD", "note", "checked"));
            assertEquals(30, resolved.at("/resolution/reversedPoints").asLong());
            assertEquals("UPHELD", record(Keys.legacyDispute("d1")).get("status").asText());
            assertEquals("REVERSED", record(Keys.legacyContribution("c1")).get("status").asText());
        }

        @Test
        void a_legacy_consent_still_permits_checks_and_is_revoked_in_place() {
            ledger.ok(s.app, "Credit:grantConsent", consent("k1", demoResident));
            moveToLegacy(Keys.consent("demo", "k1"), Keys.legacyConsent("k1"));
            ledger.putRaw(Keys.consentIndex(demoResident, "demo-bank", "k1"), "{\"consentId\":\"k1\"}");
            ledger.ok(s.bank, "Credit:publishLoanProduct",
                    "{\"productId\":\"p1\",\"name\":\"n\",\"bands\":{\"D\":{\"maxAmountFen\":100,\"rateDiscountBps\":0}}}");
            String check = json("residentId", demoResident, "productId", "p1", "purpose", "loan");
            assertEquals("k1", ledger.ok(s.bank, "Credit:checkCredit", check).get("consentId").asText());
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "k1"));
            assertEquals(ledger.now().toString(), record(Keys.legacyConsent("k1")).get("revokedAt").asText());
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit", check);
        }

        @Test
        void a_legacy_redemption_retried_returns_the_original() {
            JsonNode first = ledger.ok(s.merchant, "Points:redeem", json("redemptionId", "r1", "residentId",
                    demoResident, "points", 10, "item", "soap"));
            moveToLegacy(Keys.redemption("demo-merchant", "r1"), Keys.legacyRedemption("r1"));
            assertEquals(first, ledger.ok(s.merchant, "Points:redeem", json("redemptionId", "r1", "residentId",
                    demoResident, "points", 10, "item", "soap")));
            assertEquals(20, s.available(demoResident));
        }

        @Test
        void an_award_reads_one_key_more_in_a_legacy_community_only() {
            String fresh = s.enrol(s.northApp, "north-2");
            s.award(s.app, "c2", demoResident, "patrol", 1, ledger.now());
            int legacyReads = ledger.lastReads();
            restoreScoped("north");
            s.award(s.northApp, "c2", fresh, "volunteer-hour", 1, ledger.now());
            assertEquals(7, ledger.lastReads(), () -> "reads " + ledger.lastReadKeys());
            assertEquals(8, legacyReads);
        }
    }

    private JsonNode record(String key) {
        String raw = ledger.raw(key);
        assertTrue(raw != null, () -> "no record at " + key);
        return TestLedger.parse(raw);
    }

    private void moveToLegacy(String scopedKey, String legacyKey) {
        ledger.putRaw(legacyKey, ledger.raw(scopedKey));
        ledger.removeRaw(scopedKey);
    }

    /** The community record as versions before scoping wrote it: without {@code scopedIds}. */
    private void markLegacy(String communityId) {
        ledger.putRaw(Keys.community(communityId), ledger.raw(Keys.community(communityId)).replace(",\"scopedIds\":true", ""));
    }

    private void restoreScoped(String communityId) {
        ledger.putRaw(Keys.community(communityId), ledger.raw(Keys.community(communityId)).replace("}", ",\"scopedIds\":true}"));
    }

    private String consent(String consentId, String residentId) {
        return json("consentId", consentId, "residentId", residentId, "bankId", "demo-bank", "purpose", "loan",
                "expiresAt", expires);
    }

    private static String dispute(String disputeId, String residentId, String targetTxId) {
        return json("disputeId", disputeId, "residentId", residentId, "targetTxId", targetTxId, "reason", "not me");
    }
}
