package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdContractTest {
    private static final String PURPOSE = "loan";
    private static final String BANDS = "{\"A\":{\"maxAmountFen\":30000000,\"rateDiscountBps\":120},"
            + "\"B\":{\"maxAmountFen\":20000000,\"rateDiscountBps\":80},"
            + "\"C\":{\"maxAmountFen\":10000000,\"rateDiscountBps\":40},"
            + "\"D\":{\"maxAmountFen\":2000000,\"rateDiscountBps\":0}}";

    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;

    private List<String> enrol(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(s.enrol(prefix + "-" + i));
        }
        return ids;
    }

    private static String register(String householdId, String head, List<String> members) {
        return json("householdId", householdId, "headResidentId", head, "memberIds", members);
    }

    private JsonNode household(String householdId) {
        return ledger.ok(s.admin, "Community:getHousehold", householdId, "");
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private JsonNode grant(String consentId, String residentId, String householdId) {
        return ledger.ok(s.app, "Credit:grantConsent", json("consentId", consentId, "residentId", residentId,
                "bankId", "demo-bank", "purpose", PURPOSE, "expiresAt",
                ledger.now().plus(Duration.ofDays(30)).toString(), "householdId", householdId));
    }

    private void publish() {
        ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"hh-loan\",\"name\":\"Household line\","
                + "\"requireSignedConsent\":false,\"bands\":" + BANDS + "}");
    }

    private static String householdCheck(String householdId) {
        return json("householdId", householdId, "communityId", "demo", "productId", "hh-loan", "purpose", PURPOSE);
    }

    @Nested
    class Registering {
        @Test
        void records_the_household_its_members_index_and_an_event() {
            List<String> m = enrol("reg", 3);
            JsonNode h = ledger.ok(s.admin, "Community:registerHousehold", register("hh-1", m.get(1), m));
            assertEquals("demo", h.get("communityId").asText());
            assertEquals(m.get(1), h.get("headResidentId").asText());
            assertEquals(new ArrayList<>(new TreeSet<>(m)), ids(h.get("memberIds")));
            for (String r : m) {
                assertEquals("{\"communityId\":\"demo\",\"householdId\":\"hh-1\"}",
                        ledger.raw(Keys.householdOf(r)));
            }
            TestLedger.Result event = ledger.events().get(ledger.events().size() - 1);
            List<String> sorted = new ArrayList<>(new TreeSet<>(m));
            assertEquals("{\"communityId\":\"demo\",\"headResidentId\":\"" + m.get(1) + "\",\"householdId\":\"hh-1\","
                    + "\"memberIds\":[\"" + String.join("\",\"", sorted) + "\"],\"registeredAt\":\"" + ledger.now()
                    + "\",\"txId\":\"" + event.txId() + "\"}", ledger.raw(Keys.household("demo", "hh-1")));
            assertEquals("HouseholdRegistered", event.eventName());
            JsonNode payload = TestLedger.parse(event.eventPayload());
            assertEquals(3, payload.get("memberCount").asInt());
            assertEquals(m.get(1), payload.get("headResidentId").asText());
        }

        @Test
        void answers_the_same_body_with_the_record_and_another_body_with_id_conflict() {
            List<String> m = enrol("replay", 2);
            JsonNode first = ledger.ok(s.admin, "Community:registerHousehold", register("hh-r", m.get(0), m));
            int events = ledger.events().size();
            JsonNode again = ledger.ok(s.admin, "Community:registerHousehold",
                    register("hh-r", m.get(0), List.of(m.get(1), m.get(0))));
            assertEquals(first, again);
            assertEquals(events, ledger.events().size());
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:registerHousehold",
                    register("hh-r", m.get(1), m));
        }

        @Test
        void refuses_an_unknown_resident_and_another_communitys_resident_as_not_found() {
            List<String> m = enrol("unknown", 1);
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:registerHousehold",
                    register("hh-u", m.get(0), List.of(m.get(0), Scenario.residentId("never-enrolled"))));
            String north = s.enrol(s.northApp, "north-resident");
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:registerHousehold",
                    register("hh-n", m.get(0), List.of(m.get(0), north)));
        }

        @Test
        void refuses_a_resident_who_is_in_another_household() {
            List<String> m = enrol("two", 3);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-a", m.get(0), m.subList(0, 2)));
            ledger.refused(ErrorCode.HOUSEHOLD_CONFLICT, s.admin, "Community:registerHousehold",
                    register("hh-b", m.get(2), m.subList(1, 3)));
        }

        @Test
        void refuses_bad_member_lists() {
            List<String> m = enrol("bad", Limits.MAX_HOUSEHOLD_MEMBERS + 1);
            String head = m.get(0);
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerHousehold",
                    register("hh-x", head, List.of()));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerHousehold",
                    register("hh-x", head, List.of(head, head)));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerHousehold",
                    register("hh-x", head, List.of(m.get(1))));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerHousehold",
                    register("hh-x", head, m));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerHousehold",
                    register("hh-x", head, List.of(head, "not-a-resident-id")));
            ledger.ok(s.admin, "Community:registerHousehold",
                    register("hh-x", head, m.subList(0, Limits.MAX_HOUSEHOLD_MEMBERS)));
        }
    }

    @Nested
    class Moving {
        @Test
        void moves_a_resident_between_households_recording_the_move_under_both() {
            List<String> m = enrol("mv", 3);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-from", m.get(0), m.subList(0, 2)));
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-to", m.get(2), m.subList(2, 3)));
            JsonNode to = ledger.ok(s.admin, "Community:moveResident", json("residentId", m.get(1), "householdId",
                    "hh-to"));
            assertTrue(ids(to.get("memberIds")).contains(m.get(1)));
            assertEquals(List.of(m.get(0)), ids(household("hh-from").get("memberIds")));
            assertEquals("{\"communityId\":\"demo\",\"householdId\":\"hh-to\"}", ledger.raw(Keys.householdOf(m.get(1))));
            TestLedger.Result event = ledger.events().get(ledger.events().size() - 1);
            assertEquals("HouseholdMemberMoved", event.eventName());
            JsonNode payload = TestLedger.parse(event.eventPayload());
            assertEquals("hh-from", payload.get("fromHouseholdId").asText());
            assertEquals("hh-to", payload.get("toHouseholdId").asText());
            String moveKey = Keys.householdMove("hh-to", ledger.now(), event.txId());
            assertEquals(ledger.raw(moveKey), ledger.raw(Keys.householdMove("hh-from", ledger.now(), event.txId())));
            assertTrue(ledger.raw(moveKey).contains("\"fromHouseholdId\":\"hh-from\""));
        }

        @Test
        void moves_a_resident_out_and_the_last_member_leaves_no_head() {
            List<String> m = enrol("out", 2);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-out", m.get(0), m));
            ledger.ok(s.admin, "Community:moveResident", json("residentId", m.get(1), "fromHouseholdId", "hh-out"));
            assertNull(ledger.raw(Keys.householdOf(m.get(1))));
            JsonNode alone = ledger.ok(s.admin, "Community:moveResident", json("residentId", m.get(0)));
            assertEquals(0, alone.get("memberIds").size());
            assertFalse(alone.has("headResidentId"));
            JsonNode back = ledger.ok(s.admin, "Community:moveResident", json("residentId", m.get(1), "householdId",
                    "hh-out"));
            assertEquals(m.get(1), back.get("headResidentId").asText());
        }

        @Test
        void refuses_the_head_leaving_members_behind_a_full_household_and_a_wrong_from() {
            List<String> m = enrol("rule", Limits.MAX_HOUSEHOLD_MEMBERS + 1);
            List<String> full = m.subList(0, Limits.MAX_HOUSEHOLD_MEMBERS);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-full", m.get(0), full));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Community:moveResident", json("residentId", m.get(0)));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Community:moveResident",
                    json("residentId", m.get(Limits.MAX_HOUSEHOLD_MEMBERS), "householdId", "hh-full"));
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:moveResident",
                    json("residentId", m.get(Limits.MAX_HOUSEHOLD_MEMBERS), "fromHouseholdId", "hh-full"));
            ledger.refused(ErrorCode.NOT_FOUND, s.admin, "Community:moveResident",
                    json("residentId", m.get(Limits.MAX_HOUSEHOLD_MEMBERS), "householdId", "hh-none"));
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Community:setHouseholdHead",
                    json("householdId", "hh-full", "residentId", m.get(Limits.MAX_HOUSEHOLD_MEMBERS)));
            // after naming another head, the old head may leave
            ledger.ok(s.admin, "Community:setHouseholdHead", json("householdId", "hh-full", "residentId", m.get(1)));
            assertEquals("HouseholdHeadChanged", ledger.events().get(ledger.events().size() - 1).eventName());
            ledger.ok(s.admin, "Community:moveResident", json("residentId", m.get(0)));
        }

        @Test
        void keeps_households_to_their_community() {
            List<String> m = enrol("scope", 1);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-s", m.get(0), m));
            ledger.refused(ErrorCode.NOT_FOUND, s.northAdmin, "Community:getHousehold", "hh-s", "");
            ledger.refused(ErrorCode.FORBIDDEN, s.northApp, "Community:getHousehold", "hh-s", "demo");
            ledger.refused(ErrorCode.NOT_FOUND, s.northAdmin, "Community:moveResident", json("residentId", m.get(0)));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Community:getHousehold", "hh-s", "");
            assertEquals(m.get(0), ledger.ok(s.auditor, "Community:getHousehold", "hh-s", "demo")
                    .get("headResidentId").asText());
            assertEquals(0, ledger.ok(s.northApp, "Community:listHouseholds", "").size());
            assertEquals(1, ledger.ok(s.app, "Community:listHouseholds", "").size());
        }
    }

    @Nested
    class Checking {
        @Test
        void scores_the_household_by_the_rule_and_logs_the_check_on_every_members_log() {
            List<String> m = enrol("chk", 3);
            s.award("chk-1", m.get(0), "volunteer-hour", 5);
            s.award("chk-2", m.get(1), "patrol", 2);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-c", m.get(0), m));
            publish();
            grant("hh-consent", m.get(0), "hh-c");
            TestLedger.Result result = ledger.invoke(s.bank, "Credit:checkCredit", householdCheck("hh-c"));
            assertEquals(200, result.status(), result.message());
            JsonNode check = result.json();
            assertEquals(m.get(0), check.get("residentId").asText());
            assertEquals("hh-c", check.get("householdId").asText());
            assertEquals(new ArrayList<>(new TreeSet<>(m)), ids(check.get("memberIds")));

            List<JsonNode> own = new ArrayList<>();
            for (String r : m) {
                own.add(ledger.ok(s.app, "Credit:getResidentCredit", r));
            }
            int total = 0;
            for (JsonNode factor : check.get("score").get("factors")) {
                long points = 0;
                long measure = 0;
                for (JsonNode score : own) {
                    for (JsonNode f : score.get("factors")) {
                        if (f.get("factor").equals(factor.get("factor"))) {
                            points += f.get("points").asLong();
                            measure += f.get("measure").asLong();
                        }
                    }
                }
                assertEquals(points / m.size(), factor.get("points").asLong(), factor.toString());
                assertEquals(measure / m.size(), factor.get("measure").asLong(), factor.toString());
                total += factor.get("points").asInt();
            }
            assertEquals(total, check.get("score").get("score").asInt());

            for (String r : m) {
                JsonNode log = ledger.ok(s.app, "Credit:getCreditChecks", r);
                assertEquals(1, log.size());
                assertEquals(result.txId(), log.get(0).get("txId").asText());
                assertEquals("hh-c", log.get(0).get("householdId").asText());
            }
            assertEquals("{\"key\":\"" + Keys.creditQuery(m.get(0), ledger.now(), result.txId()) + "\"}",
                    ledger.raw(Keys.creditCheckTx(result.txId())));
            JsonNode event = TestLedger.parse(result.eventPayload());
            assertEquals("hh-c", event.get("householdId").asText());
        }

        @Test
        void needs_the_current_heads_consent_naming_the_household() {
            List<String> m = enrol("cns", 2);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-k", m.get(0), m));
            publish();
            // a consent for the head alone does not let the bank check the household
            grant("alone", m.get(0), null);
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit", householdCheck("hh-k"));
            // only the head may name the household
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Credit:grantConsent", json("consentId", "not-head",
                    "residentId", m.get(1), "bankId", "demo-bank", "purpose", PURPOSE, "expiresAt",
                    ledger.now().plus(Duration.ofDays(30)).toString(), "householdId", "hh-k"));
            grant("as-head", m.get(0), "hh-k");
            ledger.ok(s.bank, "Credit:checkCredit", householdCheck("hh-k"));
            // a household consent does not let the bank check the head alone... but the head's own consent does
            ledger.ok(s.bank, "Credit:checkCredit", json("residentId", m.get(0), "productId", "hh-loan", "purpose",
                    PURPOSE));
            ledger.ok(s.app, "Credit:revokeConsent", json("consentId", "alone"));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit", json("residentId", m.get(0),
                    "productId", "hh-loan", "purpose", PURPOSE));
            // a new head: the old head's consent no longer counts
            ledger.ok(s.admin, "Community:setHouseholdHead", json("householdId", "hh-k", "residentId", m.get(1)));
            ledger.refused(ErrorCode.CONSENT_REQUIRED, s.bank, "Credit:checkCredit", householdCheck("hh-k"));
            grant("new-head", m.get(1), "hh-k");
            assertEquals(m.get(1), ledger.ok(s.bank, "Credit:checkCredit", householdCheck("hh-k"))
                    .get("residentId").asText());
        }

        @Test
        void refuses_a_check_naming_both_subjects_or_neither_or_an_unknown_household() {
            List<String> m = enrol("both", 1);
            publish();
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", json("residentId", m.get(0),
                    "householdId", "hh", "communityId", "demo", "productId", "hh-loan", "purpose", PURPOSE));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", json("productId", "hh-loan",
                    "purpose", PURPOSE));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:checkCredit", json("householdId", "hh",
                    "productId", "hh-loan", "purpose", PURPOSE));
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:checkCredit", householdCheck("hh-missing"));
        }

        @Test
        void replays_a_household_check_by_its_check_id() {
            List<String> m = enrol("idem", 2);
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-i", m.get(0), m));
            publish();
            grant("idem", m.get(0), "hh-i");
            String request = json("checkId", "c-1", "householdId", "hh-i", "communityId", "demo", "productId",
                    "hh-loan", "purpose", PURPOSE);
            JsonNode first = ledger.ok(s.bank, "Credit:checkCredit", request);
            assertEquals(first, ledger.ok(s.bank, "Credit:checkCredit", request));
            assertEquals(1, ledger.ok(s.app, "Credit:getCreditChecks", m.get(1)).size());
            ledger.refused(ErrorCode.ID_CONFLICT, s.bank, "Credit:checkCredit", json("checkId", "c-1", "residentId",
                    m.get(0), "productId", "hh-loan", "purpose", PURPOSE));
        }

        /**
         * The keys a household check reads, counted: the caller's registration, the product, the model pointer and
         * the model, the household, the head's consent index for this bank (one entry here) and that consent, then
         * per member the resident and twelve monthly buckets: 7 + 13 × members, 72 for five. A resident's check
         * reads 19 (the same without the household, and one resident). Each further consent index entry of the
         * head for this bank is one read more (and its consent one more, when it comes before the one that
         * allows the check); a checkId is one read more.
         */
        @Test
        void reads_seven_keys_plus_thirteen_per_member() {
            List<String> m = enrol("keys", 6);
            for (int i = 0; i < m.size(); i++) {
                s.award("keys-" + i, m.get(i), "volunteer-hour", 1 + i);
            }
            ledger.ok(s.admin, "Community:registerHousehold", register("hh-5", m.get(0), m.subList(0, 5)));
            publish();
            grant("hh-5", m.get(0), "hh-5");
            grant("solo", m.get(5), null);

            ledger.ok(s.bank, "Credit:checkCredit", householdCheck("hh-5"));
            int householdReads = ledger.lastReads();
            Set<String> householdKeys = ledger.lastReadKeys();
            ledger.ok(s.bank, "Credit:checkCredit", json("residentId", m.get(5), "productId", "hh-loan", "purpose",
                    PURPOSE));
            int residentReads = ledger.lastReads();

            assertEquals(72, householdReads);
            assertEquals(householdReads, householdKeys.size(), "no key is read twice");
            assertEquals(19, residentReads);
            assertTrue(householdKeys.contains(Keys.household("demo", "hh-5")));
            assertTrue(householdKeys.contains(Keys.currentScoreModel()));
        }
    }
}
