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
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Named attesters (Community:registerAttester...) and approval of contributions (Points:approve, reject...). */
class AttestationContractTest {
    private Scenario s;
    private TestLedger ledger;
    private String rid;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        ledger = s.ledger;
        rid = s.enrol("resident-a");
        ledger.ok(s.admin, "Community:defineActivityType", json("activityType", "checked", "category",
                "COMMUNITY_AFFAIRS", "pointsPerUnit", 5, "unit", "EVENT", "dailyCapPoints", 20, "creditWeight", 100,
                "requiresApproval", true));
    }

    private String award(String contributionId, String activityType, long quantity, String attesterId) {
        return json("contributionId", contributionId, "residentId", rid, "activityType", activityType,
                "quantity", quantity, "occurredAt", ledger.now().toString(), "attesterId", attesterId);
    }

    private JsonNode register(Identity by, String attesterId, String kind, Long limit) {
        return ledger.ok(by, "Community:registerAttester", json("attesterId", attesterId, "kind", kind,
                "dailyLimitPoints", limit));
    }

    private JsonNode history() {
        return ledger.ok(s.auditor, "Points:getHistory", rid, "", "").get("items");
    }

    @Nested
    class Attesters {
        @Test
        void register_is_idempotent_and_refuses_another_body_as_ID_CONFLICT() {
            JsonNode first = register(s.admin, "grid-1", "GRID_WORKER", 30L);
            assertEquals("ACTIVE", first.get("status").asText());
            assertEquals("demo", first.get("communityId").asText());
            int events = ledger.events().size();
            assertEquals(first, register(s.admin, "grid-1", "GRID_WORKER", 30L));
            assertEquals(events, ledger.events().size(), "a replay writes nothing");
            ledger.refused(ErrorCode.ID_CONFLICT, s.admin, "Community:registerAttester",
                    json("attesterId", "grid-1", "kind", "SERVICE_TEAM", "dailyLimitPoints", 30));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerAttester",
                    json("attesterId", "grid-2", "kind", "MAYOR"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:registerAttester",
                    json("attesterId", "grid-2", "kind", "GRID_WORKER", "dailyLimitPoints", 0));
        }

        @Test
        void an_award_names_a_registered_active_attester_of_the_residents_community() {
            register(s.admin, "grid-1", "GRID_WORKER", null);
            register(s.northAdmin, "north-grid", "GRID_WORKER", null);
            Map0 before = new Map0(ledger.snapshot());
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Points:award", award("c1", "volunteer-hour", 1, "nobody"));
            ledger.refused(ErrorCode.NOT_FOUND, s.app, "Points:award", award("c1", "volunteer-hour", 1, "north-grid"));
            ledger.ok(s.admin, "Community:setAttesterStatus", json("attesterId", "grid-1", "status", "SUSPENDED",
                    "reason", "left the grid"));
            ledger.refused(ErrorCode.INVALID_STATE, s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1"));
            assertEquals(0, s.available(rid));
            assertTrue(before.sameAccount(ledger.snapshot(), rid));
            ledger.ok(s.admin, "Community:setAttesterStatus", json("attesterId", "grid-1", "status", "ACTIVE",
                    "reason", "back"));
            TestLedger.Result result = ledger.invoke(s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1"));
            assertEquals(200, result.status());
            assertEquals("grid-1", result.json().get("attesterId").asText());
            assertEquals("AWARDED", result.json().get("status").asText());
            JsonNode event = TestLedger.parse(result.eventPayload());
            assertEquals("grid-1", event.get("attesterId").asText());
            assertEquals("demo-app", event.get("appId").asText());
            assertEquals("VOLUNTEER_SERVICE", event.get("category").asText());
            assertEquals(80, event.get("dailyCapPoints").asLong());
            assertEquals(ledger.now().toString(), event.get("occurredAt").asText());
            assertFalse(event.has("approvedBy"));
            assertFalse(event.has("expiredPoints"));
            assertEquals("grid-1", history().get(0).get("attesterId").asText());
            // the same request again is a replay; another attester is another body
            assertEquals(result.json(), ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1")));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award", award("c1", "volunteer-hour", 1, null));
        }

        @Test
        void a_dispute_of_an_attested_award_names_the_attester() {
            register(s.admin, "grid-1", "GRID_WORKER", null);
            String txId = ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1")).get("txId")
                    .asText();
            JsonNode dispute = ledger.ok(s.app, "Disputes:fileDispute", json("disputeId", "d1", "residentId", rid,
                    "targetTxId", txId, "reason", "not me"));
            assertEquals("grid-1", dispute.get("attesterId").asText());
            JsonNode resolved = ledger.ok(s.admin, "Disputes:resolveDispute", json("disputeId", "d1", "outcome",
                    "UPHELD", "note", "checked"));
            assertEquals("grid-1", resolved.get("attesterId").asText());
            assertEquals(0, s.available(rid));
            String plain = ledger.ok(s.app, "Points:award", award("c2", "volunteer-hour", 1, null)).get("txId").asText();
            assertFalse(ledger.ok(s.app, "Disputes:fileDispute", json("disputeId", "d2", "residentId", rid,
                    "targetTxId", plain, "reason", "not me")).has("attesterId"));
        }

        @Test
        void an_attesters_daily_limit_holds_per_day_of_recording() {
            register(s.admin, "grid-1", "GRID_WORKER", 30L);
            String other = s.enrol("resident-b");
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 2, "grid-1"));
            TestLedger.Result refused = ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.app, "Points:award",
                    json("contributionId", "c2", "residentId", other, "activityType", "volunteer-hour", "quantity", 2,
                            "occurredAt", ledger.now().toString(), "attesterId", "grid-1"));
            assertTrue(refused.message().contains("daily limit is 30"), refused.message());
            ledger.ok(s.app, "Points:award", json("contributionId", "c2", "residentId", other, "activityType",
                    "volunteer-hour", "quantity", 1, "occurredAt", ledger.now().toString(), "attesterId", "grid-1"));
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.app, "Points:award", json("contributionId", "c3", "residentId", other, "activityType",
                    "volunteer-hour", "quantity", 3, "occurredAt", ledger.now().toString(), "attesterId", "grid-1"));
        }

        @Test
        void an_attester_without_a_limit_writes_no_day_count() {
            register(s.admin, "grid-1", "GRID_WORKER", null);
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1"));
            assertFalse(ledger.lastWrittenKeys().stream().anyMatch(k -> k.startsWith("attesterday/")));
        }

        @Test
        void a_community_may_require_an_attester() {
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "attesterRequired", true));
            TestLedger.Result refused = ledger.refused(ErrorCode.VALIDATION_FAILED, s.app, "Points:award",
                    award("c1", "volunteer-hour", 1, null));
            assertTrue(refused.message().contains("attesterId is required in this community"), refused.message());
            register(s.admin, "grid-1", "GRID_WORKER", null);
            ledger.ok(s.app, "Points:award", award("c1", "volunteer-hour", 1, "grid-1"));
            // absent leaves it unchanged
            JsonNode policy = ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24,
                    "maxContributionAgeDays", 30));
            assertTrue(policy.get("attesterRequired").asBoolean());
            assertEquals(14, policy.get("pendingExpiryDays").asInt());
        }

        @Test
        void lists_by_community_for_its_roles_and_auditors() {
            register(s.admin, "grid-1", "GRID_WORKER", null);
            register(s.northAdmin, "north-grid", "SERVICE_TEAM", null);
            assertEquals(1, ledger.ok(s.coordinator, "Community:listAttesters", "").size());
            assertEquals(1, ledger.ok(s.app, "Community:listAttesters", "demo").size());
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Community:listAttesters", "north");
            assertEquals(2, ledger.ok(s.auditor, "Community:listAttesters", "").size());
            assertEquals("north-grid", ledger.ok(s.auditor, "Community:listAttesters", "north").get(0)
                    .get("attesterId").asText());
        }
    }

    @Nested
    class Approval {
        @Test
        void a_pending_award_pays_nothing_until_approved_as_of_the_approval() {
            register(s.admin, "grid-1", "GRID_WORKER", null);
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "pendingExpiryDays", 30));
            s.award("c0", rid, "volunteer-hour", 1);
            TestLedger.Result pending = ledger.invoke(s.app, "Points:award", award("p1", "checked", 2, "grid-1"));
            assertEquals(200, pending.status());
            JsonNode answer = pending.json();
            assertEquals("PENDING", answer.get("status").asText());
            assertEquals(10, answer.get("points").asLong());
            assertEquals(10, answer.get("balance").asLong(), "the balance is unchanged");
            assertEquals(ledger.now().plus(Duration.ofDays(30)).toString(), answer.get("expiresAt").asText());
            assertEquals("ContributionPending", pending.eventName());
            JsonNode event = TestLedger.parse(pending.eventPayload());
            assertEquals(List.of("activityType", "appId", "attesterId", "category", "communityId", "contributionId",
                    "expiresAt", "points", "residentId", "txId"), names(event).stream().filter(n -> !n.equals("at"))
                    .toList());
            assertEquals(10, s.available(rid));
            JsonNode entries = history();
            assertEquals("PENDING", entries.get(1).get("type").asText());
            assertEquals(10, entries.get(1).get("points").asLong());
            JsonNode list = ledger.ok(s.coordinator, "Points:listPending", "");
            assertEquals(1, list.size());
            assertEquals("p1", list.get(0).get("contributionId").asText());
            assertFalse(list.get(0).get("expired").asBoolean());
            // a replay is the original answer; another body is a conflict
            assertEquals(answer, ledger.ok(s.app, "Points:award", award("p1", "checked", 2, "grid-1")));
            ledger.refused(ErrorCode.ID_CONFLICT, s.app, "Points:award", award("p1", "checked", 3, "grid-1"));
            // a pending contribution cannot be reversed
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Points:reverse", json("contributionId", "p1",
                    "reason", "x"));

            ledger.advance(Duration.ofDays(20)); // another month
            TestLedger.Result approved = ledger.invoke(s.coordinator, "Points:approve", json("contributionId", "p1"));
            assertEquals(200, approved.status(), approved.message());
            assertEquals("AWARDED", approved.json().get("status").asText());
            assertEquals("demo-coordinator", approved.json().get("approvedBy").asText());
            assertEquals(20, approved.json().get("balance").asLong());
            assertEquals("PointsAwarded", approved.eventName());
            JsonNode paid = TestLedger.parse(approved.eventPayload());
            assertEquals("demo-coordinator", paid.get("approvedBy").asText());
            assertEquals("grid-1", paid.get("attesterId").asText());
            assertEquals(20, paid.get("dailyCapPoints").asLong());
            assertEquals(20, s.available(rid));
            assertTrue(ledger.raw(Keys.bucket(rid, Keys.month(ledger.now()))).contains("\"earned\":10"),
                    "paid in the approval's month");
            assertNull(ledger.raw(Keys.pending("demo", "p1")));
            assertEquals(0, ledger.ok(s.coordinator, "Points:listPending", "").size());
            ledger.refused(ErrorCode.INVALID_STATE, s.coordinator, "Points:approve", json("contributionId", "p1"));
            ledger.refused(ErrorCode.INVALID_STATE, s.coordinator, "Points:reject", json("contributionId", "p1",
                    "reason", "late"));
            assertTrue(ledger.ok(s.auditor, "Audit:reconcile").get("ok").asBoolean());
            // an approved contribution reverses from the approval's month
            JsonNode reversal = ledger.ok(s.admin, "Points:reverse", json("contributionId", "p1", "reason", "x"));
            assertEquals(10, reversal.get("reversedPoints").asLong());
            assertEquals("grid-1", reversal.get("attesterId").asText());
            JsonNode reversedEvent = TestLedger.parse(ledger.events().get(ledger.events().size() - 1).eventPayload());
            assertEquals("demo-admin", reversedEvent.get("reversedBy").asText());
            assertEquals(0, reversedEvent.get("unrecoveredPoints").asLong());
            assertEquals("grid-1", reversedEvent.get("attesterId").asText());
            assertTrue(ledger.ok(s.auditor, "Audit:reconcile").get("ok").asBoolean());
        }

        @Test
        void approval_checks_the_daily_cap_on_the_day_of_approval() {
            ledger.ok(s.app, "Points:award", award("p1", "checked", 4, null));
            ledger.ok(s.app, "Points:award", award("p2", "checked", 4, null));
            ledger.ok(s.admin, "Points:approve", json("contributionId", "p1"));
            ledger.refused(ErrorCode.DAILY_CAP_EXCEEDED, s.admin, "Points:approve", json("contributionId", "p2"));
            ledger.advance(Duration.ofDays(1));
            ledger.ok(s.admin, "Points:approve", json("contributionId", "p2"));
            assertEquals(40, s.available(rid));
        }

        @Test
        void a_rejection_pays_nothing_and_says_why() {
            ledger.ok(s.app, "Points:award", award("p1", "checked", 1, null));
            TestLedger.Result rejected = ledger.invoke(s.coordinator, "Points:reject", json("contributionId", "p1",
                    "reason", "no sign-in sheet"));
            assertEquals(200, rejected.status(), rejected.message());
            assertEquals("REJECTED", rejected.json().get("status").asText());
            assertEquals("no sign-in sheet", rejected.json().get("reason").asText());
            assertEquals("ContributionRejected", rejected.eventName());
            JsonNode event = TestLedger.parse(rejected.eventPayload());
            assertEquals("demo-coordinator", event.get("rejectedBy").asText());
            assertEquals(5, event.get("points").asLong());
            assertEquals(0, s.available(rid));
            assertEquals("REJECTION", history().get(1).get("type").asText());
            ledger.refused(ErrorCode.INVALID_STATE, s.admin, "Points:approve", json("contributionId", "p1"));
            assertTrue(ledger.ok(s.auditor, "Audit:reconcile").get("ok").asBoolean());
        }

        @Test
        void an_expired_pending_contribution_can_no_longer_be_decided() {
            ledger.ok(s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30,
                    "pendingExpiryDays", 1));
            ledger.ok(s.app, "Points:award", award("p1", "checked", 1, null));
            ledger.advance(Duration.ofDays(1));
            assertTrue(ledger.ok(s.admin, "Points:listPending", "").get(0).get("expired").asBoolean());
            ledger.refused(ErrorCode.APPROVAL_EXPIRED, s.admin, "Points:approve", json("contributionId", "p1"));
            ledger.refused(ErrorCode.APPROVAL_EXPIRED, s.coordinator, "Points:reject", json("contributionId", "p1",
                    "reason", "late"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.admin, "Community:setPolicy", json("pointsExpiryMonths", 24,
                    "maxContributionAgeDays", 30, "pendingExpiryDays", 366));
        }

        @Test
        void another_communitys_coordinator_neither_sees_nor_decides() {
            ledger.ok(s.app, "Points:award", award("p1", "checked", 1, null));
            ledger.refused(ErrorCode.NOT_FOUND, s.northCoordinator, "Points:approve", json("contributionId", "p1"));
            ledger.refused(ErrorCode.FORBIDDEN, s.northCoordinator, "Points:listPending", "demo");
            assertEquals(0, ledger.ok(s.northCoordinator, "Points:listPending", "").size());
            ledger.refused(ErrorCode.FORBIDDEN, s.app, "Points:approve", json("contributionId", "p1"));
            assertEquals(1, ledger.ok(s.auditor, "Points:listPending", "demo").size());
        }

        @Test
        void a_community_admin_registers_a_coordinator() {
            Identity helper = s.communityOrg.issue("helper", "client");
            s.register(s.admin, helper, "COORDINATOR", null, "demo");
            ledger.ok(s.app, "Points:award", award("p1", "checked", 1, null));
            ledger.ok(helper, "Points:approve", json("contributionId", "p1"));
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A snapshot, compared on one resident's account keys. */
    private record Map0(java.util.Map<String, String> state) {
        boolean sameAccount(java.util.Map<String, String> now, String residentId) {
            return java.util.Objects.equals(state.get(Keys.account(residentId)), now.get(Keys.account(residentId)));
        }
    }
}
