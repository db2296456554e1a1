package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoreModelContractTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;
    /** An AUDITOR of the community's own organisation: it may not approve a community's proposal. */
    private final Identity communityAuditor = s.communityOrg.issue("community-auditor", "client");

    ScoreModelContractTest() {
        s.register(s.communityOrgAdmin, communityAuditor, "AUDITOR", "community-auditor", null);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Version 1's weights with stricter bands (A 900, B 700, C 500) and new texts, effective in a day. */
    private ObjectNode proposal(long version) {
        ObjectNode p = (ObjectNode) TestLedger.parse(json("version", version,
                "effectiveAt", ledger.now().plus(Duration.ofDays(1)).toString()));
        ObjectNode factors = p.putObject("factors");
        factor(factors, "CONTRIBUTION_VOLUME", 400, 120_000);
        factor(factors, "ACTIVE_MONTHS", 250, 12);
        factor(factors, "DIVERSITY", 150, 4);
        factor(factors, "TENURE", 100, 24);
        factor(factors, "REVERSALS", 100, 2);
        p.putObject("bandMinimums").put("A", 900).put("B", 700).put("C", 500);
        ObjectNode texts = p.putObject("reasonTexts");
        for (String code : List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE",
                "RECENT_REVERSALS")) {
            texts.putObject(code).put("en", "Version " + version + ": " + code).put("zh", "第" + version + "版：" + code);
        }
        return p;
    }

    private static void factor(ObjectNode factors, String name, int maxPoints, long target) {
        factors.putObject(name).put("maxPoints", maxPoints).put("target", target);
    }

    private JsonNode propose(ObjectNode proposal) {
        return ledger.ok(s.admin, "Credit:proposeScoreModel", proposal.toString());
    }

    private JsonNode approve(long version) {
        return ledger.ok(s.auditor, "Credit:approveScoreModel", json("version", version));
    }

    private JsonNode get(long version) {
        return ledger.ok(s.merchant, "Credit:getScoreModel", Long.toString(version));
    }

    private void refusedProposal(ErrorCode code, ObjectNode proposal) {
        ledger.refused(code, s.admin, "Credit:proposeScoreModel", proposal.toString());
    }

    private void checks() {
        ledger.ok(s.bank, "Credit:publishLoanProduct", "{\"productId\":\"line\",\"name\":\"Line\",\"bands\":{"
                + "\"D\":{\"maxAmountFen\":100,\"rateDiscountBps\":0}}}");
    }

    private JsonNode check(String residentId, String consentId) {
        ledger.ok(s.app, "Credit:grantConsent", json("consentId", consentId, "residentId", residentId, "bankId",
                "demo-bank", "purpose", "loan", "expiresAt", ledger.now().plus(Duration.ofDays(300)).toString()));
        return ledger.ok(s.bank, "Credit:checkCredit", json("residentId", residentId, "productId", "line",
                "purpose", "loan"));
    }

    // ---- propose -------------------------------------------------------------------------------

    @Nested
    class Propose {
        @Test
        void writes_the_proposal_and_emits_ScoreModelProposed() {
            ObjectNode p = proposal(2);
            JsonNode view = propose(p);
            assertEquals("PROPOSED", view.get("status").asText());
            assertEquals(2, view.get("version").asLong());
            assertEquals("demo", view.get("communityId").asText());
            assertEquals("CommunityMSP", view.get("proposerMspId").asText());
            assertEquals(900, view.at("/bandMinimums/A").asInt());
            assertEquals(List.of(Keys.scoreModelProposal(2)), new ArrayList<>(ledger.lastWrittenKeys()));
            TestLedger.Result event = ledger.events().get(ledger.events().size() - 1);
            assertEquals("ScoreModelProposed", event.eventName());
            JsonNode payload = TestLedger.parse(event.eventPayload());
            assertEquals(2, payload.get("modelVersion").asLong());
            assertEquals("demo", payload.get("communityId").asText());
            assertEquals(p.get("effectiveAt").asText(), payload.get("effectiveAt").asText());
        }

        @Test
        void the_same_proposal_again_returns_it_and_writes_nothing() {
            ObjectNode p = proposal(2);
            propose(p);
            Map<String, String> before = ledger.snapshot();
            JsonNode again = propose(p);
            assertEquals("PROPOSED", again.get("status").asText());
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void only_the_next_version_is_accepted() {
            refusedProposal(ErrorCode.INVALID_STATE, proposal(3));
            propose(proposal(2));
            ObjectNode other = proposal(2);
            other.with("bandMinimums").put("A", 800);
            refusedProposal(ErrorCode.INVALID_STATE, other);
            propose(proposal(3));
        }

        @Test
        void weights_must_add_up_to_1000() {
            ObjectNode p = proposal(2);
            p.with("factors").with("TENURE").put("maxPoints", 101);
            refusedProposal(ErrorCode.VALIDATION_FAILED, p);
        }

        @Test
        void every_factor_is_required_and_no_other() {
            ObjectNode missing = proposal(2);
            missing.with("factors").remove("DIVERSITY");
            refusedProposal(ErrorCode.VALIDATION_FAILED, missing);
            ObjectNode extra = proposal(2);
            extra.with("factors").putObject("LUCK").put("maxPoints", 0).put("target", 1);
            refusedProposal(ErrorCode.VALIDATION_FAILED, extra);
        }

        @Test
        void targets_are_at_least_1_and_points_not_negative() {
            ObjectNode zero = proposal(2);
            zero.with("factors").with("TENURE").put("target", 0);
            refusedProposal(ErrorCode.VALIDATION_FAILED, zero);
            ObjectNode negative = proposal(2);
            negative.with("factors").with("TENURE").put("maxPoints", -100);
            negative.with("factors").with("REVERSALS").put("maxPoints", 300);
            refusedProposal(ErrorCode.VALIDATION_FAILED, negative);
            ObjectNode huge = proposal(2);
            huge.with("factors").with("TENURE").put("target", Limits.MAX_FACTOR_TARGET + 1);
            refusedProposal(ErrorCode.VALIDATION_FAILED, huge);
        }

        @Test
        void thresholds_must_be_ordered_within_1_to_1000() {
            for (int[] bands : new int[][] {{700, 700, 500}, {500, 700, 300}, {1001, 700, 500}, {900, 700, 0}}) {
                ObjectNode p = proposal(2);
                p.with("bandMinimums").put("A", bands[0]).put("B", bands[1]).put("C", bands[2]);
                refusedProposal(ErrorCode.VALIDATION_FAILED, p);
            }
            ObjectNode withD = proposal(2);
            withD.with("bandMinimums").put("D", 100);
            refusedProposal(ErrorCode.VALIDATION_FAILED, withD);
        }

        @Test
        void every_reason_code_needs_both_texts_within_the_limit() {
            ObjectNode noZh = proposal(2);
            noZh.with("reasonTexts").with("SHORT_TENURE").remove("zh");
            refusedProposal(ErrorCode.VALIDATION_FAILED, noZh);
            ObjectNode missing = proposal(2);
            missing.with("reasonTexts").remove("RECENT_REVERSALS");
            refusedProposal(ErrorCode.VALIDATION_FAILED, missing);
            ObjectNode tooLong = proposal(2);
            tooLong.with("reasonTexts").with("SHORT_TENURE").put("en", "x".repeat(Limits.MAX_TEXT_LENGTH + 1));
            refusedProposal(ErrorCode.VALIDATION_FAILED, tooLong);
        }

        @Test
        void effectiveAt_must_be_in_the_future() {
            ObjectNode p = proposal(2);
            p.put("effectiveAt", ledger.now().toString());
            refusedProposal(ErrorCode.VALIDATION_FAILED, p);
        }

        @Test
        void only_a_community_admin_proposes() {
            for (Identity who : List.of(s.app, s.bank, s.auditor, s.merchant)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:proposeScoreModel", proposal(2).toString());
            }
        }
    }

    // ---- approve and take effect ---------------------------------------------------------------

    @Nested
    class Approve {
        @Test
        void the_proposers_own_organisation_may_not_approve() {
            propose(proposal(2));
            ledger.refused(ErrorCode.SAME_ORGANISATION, communityAuditor, "Credit:approveScoreModel",
                    json("version", 2));
        }

        @Test
        void only_an_auditor_approves() {
            propose(proposal(2));
            for (Identity who : List.of(s.admin, s.northAdmin, s.bank, s.app)) {
                ledger.refused(ErrorCode.FORBIDDEN, who, "Credit:approveScoreModel", json("version", 2));
            }
        }

        @Test
        void an_unknown_version_is_not_found() {
            ledger.refused(ErrorCode.NOT_FOUND, s.auditor, "Credit:approveScoreModel", json("version", 7));
        }

        @Test
        void a_proposal_whose_time_has_passed_is_refused() {
            propose(proposal(2));
            ledger.advance(Duration.ofDays(2));
            ledger.refused(ErrorCode.INVALID_STATE, s.auditor, "Credit:approveScoreModel", json("version", 2));
        }

        @Test
        void an_older_version_after_a_later_approval_is_refused() {
            propose(proposal(2));
            propose(proposal(3));
            approve(3);
            ledger.refused(ErrorCode.INVALID_STATE, s.auditor, "Credit:approveScoreModel", json("version", 2));
        }

        @Test
        void approval_schedules_the_model_and_it_takes_effect_at_its_time() {
            checks();
            String resident = s.enrol("model-resident");
            JsonNode before = check(resident, "c1");
            assertEquals(1, before.at("/score/modelVersion").asLong());

            ObjectNode p = proposal(2);
            propose(p);
            JsonNode approved = approve(2);
            assertEquals("SCHEDULED", approved.get("status").asText());
            assertEquals("AuditMSP", approved.get("approverMspId").asText());
            assertEquals("demo-auditor", approved.get("approvedBy").asText());
            assertEquals("{\"schedule\":[{\"effectiveAt\":\"" + p.get("effectiveAt").asText()
                    + "\",\"version\":2}],\"version\":1}", ledger.raw(Keys.currentScoreModel()));
            assertTrue(ledger.raw(Keys.scoreModel(2)).contains("\"effectiveAt\":\"" + p.get("effectiveAt").asText()));
            TestLedger.Result event = ledger.events().get(ledger.events().size() - 1);
            assertEquals("ScoreModelApproved", event.eventName());
            assertEquals(2, TestLedger.parse(event.eventPayload()).get("modelVersion").asLong());

            assertEquals(1, check(resident, "c2").at("/score/modelVersion").asLong(), "not yet in effect");
            assertEquals("ACTIVE", get(1).get("status").asText());

            ledger.setNow(Instant.parse(p.get("effectiveAt").asText()));
            JsonNode after = check(resident, "c3");
            assertEquals(2, after.at("/score/modelVersion").asLong());
            assertEquals("ACTIVE", get(2).get("status").asText());
            assertEquals("PAST", get(1).get("status").asText());

            JsonNode log = ledger.ok(s.auditor, "Credit:getCreditChecks", resident);
            assertEquals(List.of(1L, 1L, 2L), List.of(log.get(0).at("/score/modelVersion").asLong(),
                    log.get(1).at("/score/modelVersion").asLong(), log.get(2).at("/score/modelVersion").asLong()),
                    "earlier checks keep the version they used");
        }

        @Test
        void approving_again_returns_the_approved_version() {
            propose(proposal(2));
            approve(2);
            Map<String, String> before = ledger.snapshot();
            assertEquals("SCHEDULED", approve(2).get("status").asText());
            assertEquals(before, ledger.snapshot());
        }

        @Test
        void the_schedule_keeps_only_versions_still_waiting() {
            propose(proposal(2));
            approve(2);
            ledger.advance(Duration.ofDays(2));
            propose(proposal(3));
            approve(3);
            JsonNode pointer = TestLedger.parse(ledger.raw(Keys.currentScoreModel()));
            assertEquals(2, pointer.get("version").asLong());
            assertEquals(1, pointer.get("schedule").size());
            assertEquals(3, pointer.at("/schedule/0/version").asLong());
        }

        @Test
        void a_pointer_without_a_schedule_still_reads() {
            ledger.putRaw(Keys.currentScoreModel(), "{\"version\":1}");
            checks();
            assertEquals(1, check(s.enrol("old-pointer"), "c1").at("/score/modelVersion").asLong());
        }
    }

    // ---- evaluate ------------------------------------------------------------------------------

    @Nested
    class Evaluate {
        private JsonNode evaluate(Identity who, long version, String communityId, String cursor) {
            return ledger.ok(who, "Credit:evaluateScoreModel", json("version", version, "communityId", communityId,
                    "cursor", cursor));
        }

        @Test
        void counts_bands_before_and_after_and_writes_nothing() {
            String active = s.enrol("active");
            s.award("c1", active, "patrol", 1);
            s.award("c2", active, "volunteer-hour", 2);
            s.enrol("new");
            s.enrol(s.northApp, "north-resident");
            propose(proposal(2));
            Map<String, String> before = ledger.snapshot();
            JsonNode evaluation = evaluate(s.admin, 2, "demo", null);
            assertEquals(before, ledger.snapshot());
            assertTrue(ledger.lastWrittenKeys().isEmpty());
            assertEquals(2, evaluation.get("residents").asInt());
            assertEquals(1, evaluation.get("baseVersion").asLong());
            int[] sums = new int[2];
            evaluation.get("before").forEach(n -> sums[0] += n.asInt());
            evaluation.get("after").forEach(n -> sums[1] += n.asInt());
            assertEquals(2, sums[0]);
            assertEquals(2, sums[1]);
            assertEquals(2, evaluation.at("/moved/D/D").asInt(), "two young residents are D under both");
            assertNull(evaluation.get("nextCursor"));
        }

        @Test
        void stricter_thresholds_move_a_resident_down() {
            String resident = s.enrol("strict");
            JsonNode score = ledger.ok(s.app, "Credit:getResidentCredit", resident);
            ObjectNode p = proposal(2);
            int points = score.get("score").asInt();
            // thresholds just above the resident's score: band D under version 2
            p.with("bandMinimums").put("A", points + 3).put("B", points + 2).put("C", points + 1);
            propose(p);
            JsonNode evaluation = evaluate(s.auditor, 2, "demo", null);
            String from = score.get("band").asText();
            assertEquals(1, evaluation.at("/before/" + from).asInt());
            assertEquals(1, evaluation.at("/after/D").asInt());
            assertEquals(1, evaluation.at("/moved/" + from + "/D").asInt());
        }

        @Test
        void pages_through_a_large_community_with_the_cursor() {
            int count = Limits.MAX_EVALUATION_RESIDENTS + 5;
            for (int i = 0; i < count; i++) {
                s.enrol("page-" + i);
            }
            propose(proposal(2));
            JsonNode first = evaluate(s.admin, 2, "demo", null);
            assertFalse(first.path("nextCursor").isMissingNode());
            assertEquals(Limits.MAX_EVALUATION_RESIDENTS, first.get("residents").asInt());
            JsonNode second = evaluate(s.admin, 2, "demo", first.get("nextCursor").asText());
            assertEquals(count, first.get("residents").asInt() + second.get("residents").asInt());
        }

        @Test
        void an_admin_evaluates_its_own_community_only() {
            propose(proposal(2));
            ledger.refused(ErrorCode.FORBIDDEN, s.northAdmin, "Credit:evaluateScoreModel",
                    json("version", 2, "communityId", "demo"));
            ledger.refused(ErrorCode.FORBIDDEN, s.bank, "Credit:evaluateScoreModel",
                    json("version", 2, "communityId", "demo"));
            ledger.refused(ErrorCode.NOT_FOUND, s.auditor, "Credit:evaluateScoreModel",
                    json("version", 9, "communityId", "demo"));
            ledger.refused(ErrorCode.NOT_FOUND, s.auditor, "Credit:evaluateScoreModel",
                    json("version", 2, "communityId", "nowhere"));
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.auditor, "Credit:evaluateScoreModel",
                    json("version", 2, "communityId", "demo", "cursor", "bm90LWEtY3Vyc29y"));
        }
    }

    // ---- list and get --------------------------------------------------------------------------

    @Nested
    class Read {
        @Test
        void anyone_lists_every_version_with_its_status() {
            propose(proposal(2));
            approve(2);
            propose(proposal(3));
            JsonNode list = ledger.ok(s.merchant, "Credit:listScoreModels");
            assertEquals(3, list.size());
            assertEquals(List.of("ACTIVE", "SCHEDULED", "PROPOSED"), List.of(list.get(0).get("status").asText(),
                    list.get(1).get("status").asText(), list.get(2).get("status").asText()));
            JsonNode v1 = list.get(0);
            assertEquals(400, v1.at("/factors/CONTRIBUTION_VOLUME/maxPoints").asInt());
            assertEquals(120_000, v1.at("/factors/CONTRIBUTION_VOLUME/target").asLong());
            assertEquals(750, v1.at("/bandMinimums/A").asInt());
            assertTrue(v1.at("/reasonTexts/SHORT_TENURE/zh").isTextual());
        }

        @Test
        void get_answers_one_version_or_not_found() {
            assertEquals(1, get(1).get("version").asLong());
            ledger.refused(ErrorCode.NOT_FOUND, s.bank, "Credit:getScoreModel", "5");
            ledger.refused(ErrorCode.VALIDATION_FAILED, s.bank, "Credit:getScoreModel", "v1");
        }
    }

    @Test
    void the_proposal_record_has_stable_bytes() {
        ObjectNode p = proposal(2);
        JsonNode view = propose(p);
        StringBuilder texts = new StringBuilder();
        for (String code : List.of("FEW_ACTIVE_MONTHS", "LOW_CONTRIBUTION", "NARROW_PARTICIPATION", "RECENT_REVERSALS",
                "SHORT_TENURE")) {
            texts.append(texts.length() == 0 ? "" : ",").append("\"").append(code).append("\":{\"en\":\"Version 2: ")
                    .append(code).append("\",\"zh\":\"第2版：").append(code).append("\"}");
        }
        String expected = "{\"bandMinimums\":{\"A\":900,\"B\":700,\"C\":500},\"communityId\":\"demo\","
                + "\"effectiveAt\":\"" + p.get("effectiveAt").asText() + "\",\"factors\":{"
                + "\"ACTIVE_MONTHS\":{\"maxPoints\":250,\"target\":12},"
                + "\"CONTRIBUTION_VOLUME\":{\"maxPoints\":400,\"target\":120000},"
                + "\"DIVERSITY\":{\"maxPoints\":150,\"target\":4},\"REVERSALS\":{\"maxPoints\":100,\"target\":2},"
                + "\"TENURE\":{\"maxPoints\":100,\"target\":24}},\"proposedAt\":\"" + view.get("proposedAt").asText()
                + "\",\"proposedBy\":\"demo-admin\",\"proposerMspId\":\"CommunityMSP\",\"reasonTexts\":{" + texts
                + "},\"status\":\"PROPOSED\",\"txId\":\"" + view.get("txId").asText() + "\",\"version\":2}";
        assertEquals(expected, ledger.raw(Keys.scoreModelProposal(2)));
        assertEquals(expected, Json.text(Json.read(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.civicledger.chaincode.model.ScoreModelProposal.class)));
    }
}
