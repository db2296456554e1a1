package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.civicledger.chaincode.testing.TestLedger.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Registry:init, Registry:register and Registry:whoAmI through the real contract router. */
class RegistryContractTest {
    private final Scenario s = new Scenario();
    private final TestLedger ledger = s.ledger;

    private Identity who(String name) {
        return s.named(name);
    }

    private static String memberKey(Identity identity) {
        return Keys.member(identity.mspId(), Tx.identityHash(identity.clientId()));
    }

    /** Invokes, and asserts success with no write and no event: a repeat that must change nothing. */
    private JsonNode okWithoutWrite(Identity caller, String function, String... args) {
        Map<String, String> before = ledger.snapshot();
        Result result = ledger.invoke(caller, function, args);
        assertEquals(200, result.status(), result::message);
        assertNull(result.eventName(), "a repeat set an event");
        assertEquals(before, ledger.snapshot(), "a repeat changed the state");
        return result.json();
    }

    @Nested
    class Init {
        /** A ledger on which nothing has happened yet. */
        private final TestLedger fresh = new TestLedger(Scenario.START);
        private final Identity.Org org = new Identity.Org("CommunityMSP", "community");
        private final Identity orgAdmin = org.issue("Admin", "admin");

        @Test
        void commits_score_model_version_1_and_makes_it_current() {
            Result result = fresh.invoke(orgAdmin, "Registry:init");

            assertEquals(200, result.status(), result::message);
            JsonNode model = result.json();
            assertEquals(1, model.get("version").asLong());
            assertEquals(result.txId(), model.get("txId").asText());
            assertEquals(Scenario.START.toString(), model.get("publishedAt").asText());
            assertEquals(result.payload(), fresh.raw(Keys.scoreModel(1)));
            assertEquals("{\"version\":1}", fresh.raw(Keys.currentScoreModel()));
            assertEquals(750, model.at("/bandMinimums/A").asInt());
            assertEquals(550, model.at("/bandMinimums/B").asInt());
            assertEquals(350, model.at("/bandMinimums/C").asInt());
            assertEquals("ScoreModelPublished", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "modelVersion", 1, "txId", result.txId()),
                    result.eventPayload());
        }

        @Test
        void writes_only_the_model_and_its_pointer() {
            fresh.ok(orgAdmin, "Registry:init");

            assertEquals(List.of(Keys.currentScoreModel(), Keys.scoreModel(1)),
                    List.copyOf(fresh.snapshot().keySet()));
        }

        @Test
        void makes_credit_scores_computable() {
            Identity app = org.issue("app", "client");
            fresh.ok(orgAdmin, "Registry:register", json("clientId", app.clientId(), "role", "APP",
                    "subjectId", "app", "communityId", "east"));
            String residentId = Scenario.residentId("person-1");
            fresh.ok(app, "Community:enrolResident", json("residentId", residentId));
            fresh.refused(ErrorCode.INVALID_STATE, app, "Credit:getResidentCredit", residentId);

            fresh.ok(orgAdmin, "Registry:init");

            assertEquals(1, fresh.ok(app, "Credit:getResidentCredit", residentId).get("modelVersion").asLong());
        }

        @Test
        void is_idempotent_returning_the_first_model_without_a_write() {
            String first = ledger.raw(Keys.scoreModel(1));

            JsonNode again = okWithoutWrite(s.communityOrgAdmin, "Registry:init");

            assertEquals(TestLedger.parse(first), again);
            assertEquals("tx00000001", again.get("txId").asText());
        }

        @Test
        void accepts_the_admin_of_any_organisation() {
            JsonNode again = okWithoutWrite(s.bankOrgAdmin, "Registry:init");

            assertEquals(TestLedger.parse(ledger.raw(Keys.scoreModel(1))), again);
            assertFalse(ledger.snapshot().containsKey(Keys.scoreModel(2)));
        }

        @Test
        void refuses_a_client_identity_of_an_organisation_on_a_fresh_ledger() {
            fresh.refused(ErrorCode.FORBIDDEN, org.issue("someone", "client"), "Registry:init");

            assertTrue(fresh.snapshot().isEmpty());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "app", "merchant", "bank", "auditor", "stranger"})
        void refuses_every_identity_that_is_not_an_organisation_admin(String name) {
            Result result = ledger.refused(ErrorCode.FORBIDDEN, who(name), "Registry:init");

            assertTrue(result.message().contains("organisation admin"), result.message());
        }
    }

    @Nested
    class Register {
        private final Identity newcomer = s.communityOrg.issue("newcomer", "client");
        private final Identity bankNewcomer = s.bankOrg.issue("bank-newcomer", "client");

        @Test
        void lets_an_org_admin_create_a_community_owned_by_its_organisation_with_the_default_policy() {
            Result result = ledger.invoke(s.communityOrgAdmin, "Registry:register", json("clientId",
                    newcomer.clientId(), "mspId", "CommunityMSP", "role", "ADMIN", "communityId", "south"));

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"communityId\":\"south\",\"createdAt\":\"2026-06-15T10:00:00Z\","
                    + "\"maxContributionAgeDays\":30,\"ownerMspId\":\"CommunityMSP\",\"pointsExpiryMonths\":24,\"scopedIds\":true}",
                    ledger.raw(Keys.community("south")));
            assertEquals("{\"clientId\":\"" + newcomer.clientId() + "\",\"communityId\":\"south\","
                    + "\"mspId\":\"CommunityMSP\",\"registeredAt\":\"2026-06-15T10:00:00Z\",\"registeredBy\":\""
                    + s.communityOrgAdmin.clientId() + "\",\"role\":\"ADMIN\",\"txId\":\"" + result.txId() + "\"}",
                    ledger.raw(memberKey(newcomer)));
            assertEquals(ledger.raw(memberKey(newcomer)), result.payload());
            assertEquals("MemberRegistered", result.eventName());
            assertEquals(json("at", ledger.now().toString(), "communityId", "south", "mspId", "CommunityMSP", "role", "ADMIN",
                    "txId", result.txId()), result.eventPayload());
        }

        @Test
        void gives_the_new_community_admin_its_powers() {
            s.register(s.communityOrgAdmin, newcomer, "ADMIN", null, "south");

            JsonNode type = s.activityType(newcomer, "tree-planting", "VOLUNTEER_SERVICE", 5, "HOUR", 40, 100);

            assertEquals("south", type.get("communityId").asText());
        }

        @Test
        void takes_the_callers_organisation_when_mspId_is_absent() {
            JsonNode member = ledger.ok(s.bankOrgAdmin, "Registry:register", json("clientId",
                    bankNewcomer.clientId(), "role", "AUDITOR"));

            assertEquals("BankMSP", member.get("mspId").asText());
            assertTrue(ledger.snapshot().containsKey(memberKey(bankNewcomer)));
        }

        @Test
        void records_a_new_bank_id_as_owned_by_the_registering_organisation() {
            Result result = ledger.invoke(s.bankOrgAdmin, "Registry:register", json("clientId",
                    bankNewcomer.clientId(), "mspId", "BankMSP", "role", "BANK", "subjectId", "west-bank"));

            assertEquals(200, result.status(), result::message);
            assertEquals("{\"mspId\":\"BankMSP\",\"subjectId\":\"west-bank\"}", ledger.raw(Keys.bank("west-bank")));
            assertEquals("BANK", TestLedger.parse(ledger.raw(memberKey(bankNewcomer))).get("role").asText());
            assertEquals(json("at", ledger.now().toString(), "mspId", "BankMSP", "role", "BANK", "subjectId", "west-bank",
                    "txId", result.txId()),
                    result.eventPayload());
        }

        @Test
        void lets_the_bank_owner_register_a_second_identity_for_its_bank() {
            JsonNode member = s.register(s.bankOrgAdmin, bankNewcomer, "BANK", "demo-bank", null);

            assertEquals("demo-bank", member.get("subjectId").asText());
            assertEquals("{\"mspId\":\"BankMSP\",\"subjectId\":\"demo-bank\"}", ledger.raw(Keys.bank("demo-bank")));
        }

        @Test
        void records_a_new_merchant_id_as_belonging_to_its_community() {
            s.register(s.communityOrgAdmin, newcomer, "MERCHANT", "corner-shop", "demo");

            assertEquals("{\"communityId\":\"demo\",\"mspId\":\"CommunityMSP\",\"subjectId\":\"corner-shop\"}",
                    ledger.raw(Keys.merchant("corner-shop")));
        }

        @Test
        void lets_a_community_admin_register_an_app_of_any_organisation_in_its_community() {
            JsonNode member = s.register(s.admin, bankNewcomer, "APP", "bank-app", "demo");

            assertEquals("BankMSP", member.get("mspId").asText());
            assertEquals("demo", member.get("communityId").asText());
            assertEquals(s.admin.clientId(), member.get("registeredBy").asText());
            assertEquals(member, TestLedger.parse(ledger.raw(memberKey(bankNewcomer))));
        }

        @Test
        void lets_a_community_admin_register_a_merchant_in_its_community() {
            JsonNode member = s.register(s.admin, newcomer, "MERCHANT", "tea-house", "demo");

            assertEquals("MERCHANT", member.get("role").asText());
            assertEquals("demo", TestLedger.parse(ledger.raw(Keys.merchant("tea-house"))).get("communityId").asText());
        }

        @Test
        void stores_the_activity_types_an_app_is_limited_to() {
            JsonNode member = ledger.ok(s.admin, "Registry:register", json("clientId", newcomer.clientId(),
                    "role", "APP", "subjectId", "patrol-app", "communityId", "demo",
                    "activityTypes", List.of("patrol", "anti-fraud")));

            assertEquals(List.of("patrol", "anti-fraud"),
                    List.of(member.at("/activityTypes/0").asText(), member.at("/activityTypes/1").asText()));
            assertEquals(member, TestLedger.parse(ledger.raw(memberKey(newcomer))));
        }

        @Test
        void returns_the_original_registration_when_the_same_grant_is_repeated_without_writing() {
            JsonNode first = s.register(s.communityOrgAdmin, newcomer, "APP", "second-app", "demo");
            ledger.advance(Duration.ofHours(1));

            JsonNode again = okWithoutWrite(s.admin, "Registry:register", json("clientId", newcomer.clientId(),
                    "mspId", "CommunityMSP", "role", "APP", "subjectId", "second-app", "communityId", "demo"));

            assertEquals(first, again);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.RegistryContractTest#otherGrants")
        void refuses_a_different_grant_for_an_identity_already_registered(String change, String role,
                                                                          String subjectId, String communityId,
                                                                          List<String> activityTypes) {
            s.register(s.communityOrgAdmin, newcomer, "APP", "second-app", "demo");

            ledger.refused(ErrorCode.ID_CONFLICT, s.communityOrgAdmin, "Registry:register", json("clientId",
                    newcomer.clientId(), "role", role, "subjectId", subjectId, "communityId", communityId,
                    "activityTypes", activityTypes));
        }

        @Test
        void refuses_a_merchant_id_that_belongs_to_another_community() {
            ledger.refused(ErrorCode.ID_CONFLICT, s.communityOrgAdmin, "Registry:register", json("clientId",
                    newcomer.clientId(), "role", "MERCHANT", "subjectId", "north-merchant", "communityId", "demo"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"app", "merchant", "bank", "auditor", "stranger"})
        void refuses_every_role_but_org_admins_and_community_admins(String name) {
            ledger.refused(ErrorCode.FORBIDDEN, who(name), "Registry:register", json("clientId",
                    newcomer.clientId(), "role", "APP", "subjectId", "sneaky-app", "communityId", "demo"));
        }

        @Test
        void refuses_an_unregistered_identity_registering_itself() {
            ledger.refused(ErrorCode.FORBIDDEN, s.stranger, "Registry:register", json("clientId",
                    s.stranger.clientId(), "role", "AUDITOR"));
        }

        @Test
        void refuses_an_org_admin_registering_an_identity_of_another_organisation() {
            Result result = ledger.refused(ErrorCode.FORBIDDEN, s.communityOrgAdmin, "Registry:register",
                    json("clientId", bankNewcomer.clientId(), "mspId", "BankMSP", "role", "AUDITOR"));

            assertTrue(result.message().contains("its own organisation"), result.message());
        }

        @Test
        void refuses_an_org_admin_registering_into_a_community_owned_by_another_organisation() {
            Result result = ledger.refused(ErrorCode.FORBIDDEN, s.bankOrgAdmin, "Registry:register",
                    json("clientId", bankNewcomer.clientId(), "role", "ADMIN", "communityId", "demo"));

            assertTrue(result.message().contains("belongs to CommunityMSP"), result.message());
        }

        @Test
        void refuses_an_org_admin_registering_for_a_bank_id_owned_by_another_organisation() {
            ledger.refused(ErrorCode.FORBIDDEN, s.communityOrgAdmin, "Registry:register", json("clientId",
                    newcomer.clientId(), "role", "BANK", "subjectId", "demo-bank"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ADMIN", "BANK", "AUDITOR"})
        void refuses_a_community_admin_registering_a_role_other_than_app_or_merchant(String role) {
            boolean scoped = role.equals("ADMIN");
            ledger.refused(ErrorCode.FORBIDDEN, s.admin, "Registry:register", json("clientId", newcomer.clientId(),
                    "role", role, "subjectId", "someone", "communityId", scoped ? "demo" : null));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"APP", "MERCHANT"})
        void refuses_a_community_admin_registering_in_another_community(String role) {
            ledger.refused(ErrorCode.FORBIDDEN, s.admin, "Registry:register", json("clientId", newcomer.clientId(),
                    "role", role, "subjectId", "far-away", "communityId", "north"));
        }

        @Test
        void refuses_a_community_admin_registering_in_a_community_that_does_not_exist() {
            ledger.refused(ErrorCode.FORBIDDEN, s.admin, "Registry:register", json("clientId", newcomer.clientId(),
                    "role", "APP", "subjectId", "far-away", "communityId", "nowhere"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.civicledger.chaincode.contract.RegistryContractTest#badRegistrations")
        void refuses_a_bad_request_with_nothing_written(String why, String request, String reason) {
            Result result = ledger.refused(ErrorCode.VALIDATION_FAILED, s.communityOrgAdmin, "Registry:register",
                    request);

            assertTrue(result.message().contains(reason), result.message());
        }
    }

    @Nested
    class WhoAmI {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "app", "merchant", "bank", "auditor", "northAdmin"})
        void returns_the_callers_own_registration_without_writing(String name) {
            Identity caller = who(name);

            JsonNode me = okWithoutWrite(caller, "Registry:whoAmI");

            assertEquals(TestLedger.parse(ledger.raw(memberKey(caller))), me);
            assertEquals(caller.clientId(), me.get("clientId").asText());
        }

        @Test
        void tells_a_bank_its_bank_id_and_no_community() {
            JsonNode me = ledger.ok(s.bank, "Registry:whoAmI");

            assertEquals("BANK", me.get("role").asText());
            assertEquals("demo-bank", me.get("subjectId").asText());
            assertNull(me.get("communityId"));
        }

        @Test
        void refuses_an_unregistered_identity() {
            Result result = ledger.refused(ErrorCode.FORBIDDEN, s.stranger, "Registry:whoAmI");

            assertTrue(result.message().contains("holds no role"), result.message());
        }

        @Test
        void refuses_an_org_admin_which_holds_no_role_of_its_own() {
            ledger.refused(ErrorCode.FORBIDDEN, s.communityOrgAdmin, "Registry:whoAmI");
        }
    }

    static Stream<Arguments> otherGrants() {
        return Stream.of(
                Arguments.of("another role", "MERCHANT", "second-app", "demo", null),
                Arguments.of("another subject id", "APP", "third-app", "demo", null),
                Arguments.of("another community", "APP", "second-app", "north", null),
                Arguments.of("a narrower set of activity types", "APP", "second-app", "demo", List.of("patrol")),
                Arguments.of("an empty set of activity types", "APP", "second-app", "demo", List.of()));
    }

    private static Arguments bad(String why, String reason, String request) {
        return Arguments.of(why, request, reason);
    }

    static Stream<Arguments> badRegistrations() {
        String id = "x509::CN=someone,OU=client,O=community::CN=ca.community,O=community";
        String auditor = json("clientId", id, "role", "AUDITOR");
        return Stream.of(
                bad("malformed JSON", "malformed JSON", "{\"clientId\": "),
                bad("a second object after the first", "malformed JSON", auditor + "{\"role\":\"BANK\"}"),
                bad("trailing garbage", "malformed JSON", auditor + " x"),
                bad("not an object", "must be a JSON object", "[" + auditor + "]"),
                bad("a bare string", "must be a JSON object", "\"AUDITOR\""),
                bad("empty body", "request body is required", ""),
                bad("blank body", "request body is required", "   "),
                bad("JSON null", "must be a JSON object", "null"),
                bad("duplicate field", "a field appears more than once", "{\"clientId\":\"a\",\"clientId\":\"b\",\"role\":\"AUDITOR\"}"),
                bad("missing clientId", "clientId is required", json("role", "AUDITOR")),
                bad("null clientId", "clientId is required", "{\"clientId\":null,\"role\":\"AUDITOR\"}"),
                bad("missing role", "role is required", json("clientId", id)),
                bad("unknown field", "unknown field (field ", json("clientId", id, "role", "AUDITOR", "name", "Alice")),
                bad("clientId not a string", "clientId must be a string", json("clientId", 42, "role", "AUDITOR")),
                bad("blank clientId", "clientId must not be blank", json("clientId", "  ", "role", "AUDITOR")),
                bad("oversize clientId", "clientId must be at most 1024",
                        json("clientId", "x".repeat(1025), "role", "AUDITOR")),
                bad("NUL in clientId", "clientId must not contain control characters",
                        json("clientId", "a\u0000b", "role", "AUDITOR")),
                bad("newline in clientId", "clientId must not contain control characters",
                        json("clientId", "a\nb", "role", "AUDITOR")),
                bad("unknown role", "role must be one of", json("clientId", id, "role", "MAYOR")),
                bad("lower-case role", "role must be one of", json("clientId", id, "role", "auditor")),
                bad("role not a string", "role must be a string", json("clientId", id, "role", 4)),
                bad("mspId with a key separator", "mspId must be 1-128 characters",
                        json("clientId", id, "mspId", "Community/MSP", "role", "AUDITOR")),
                bad("blank mspId", "mspId must not be blank", json("clientId", id, "mspId", "", "role", "AUDITOR")),
                bad("subjectId with a space", "subjectId must be 1-128 characters",
                        json("clientId", id, "role", "BANK", "subjectId", "a bank")),
                bad("oversize subjectId", "subjectId must be at most 128",
                        json("clientId", id, "role", "BANK", "subjectId", "b".repeat(129))),
                bad("communityId with a key separator", "communityId must be 1-128 characters",
                        json("clientId", id, "role", "ADMIN", "communityId", "demo/x")),
                bad("ADMIN without a community", "communityId is required for role ADMIN",
                        json("clientId", id, "role", "ADMIN")),
                bad("APP without a community", "communityId is required for role APP",
                        json("clientId", id, "role", "APP", "subjectId", "a")),
                bad("APP without a subject id", "subjectId (the app, merchant or bank id) is required for role APP",
                        json("clientId", id, "role", "APP", "communityId", "demo")),
                bad("MERCHANT without a subject id", "is required for role MERCHANT",
                        json("clientId", id, "role", "MERCHANT", "communityId", "demo")),
                bad("BANK without a subject id", "is required for role BANK", json("clientId", id, "role", "BANK")),
                bad("BANK with a community", "communityId must be absent for role BANK",
                        json("clientId", id, "role", "BANK", "subjectId", "b", "communityId", "demo")),
                bad("AUDITOR with a community", "communityId must be absent for role AUDITOR",
                        json("clientId", id, "role", "AUDITOR", "communityId", "demo")),
                bad("activity types for a MERCHANT", "activityTypes applies to role APP only",
                        json("clientId", id, "role", "MERCHANT", "subjectId", "m", "communityId", "demo",
                                "activityTypes", List.of("patrol"))),
                bad("activity types not an array", "activityTypes must be an array",
                        json("clientId", id, "role", "APP", "subjectId", "a", "communityId", "demo",
                                "activityTypes", "patrol")),
                bad("activity types holding a number", "activityTypes must contain only strings",
                        json("clientId", id, "role", "APP", "subjectId", "a", "communityId", "demo",
                                "activityTypes", List.of(1))),
                bad("activity types holding a bad id", "activityTypes must be 1-128 characters",
                        json("clientId", id, "role", "APP", "subjectId", "a", "communityId", "demo",
                                "activityTypes", List.of("pa trol"))),
                bad("more than 100 activity types", "activityTypes must be an array of at most 100",
                        json("clientId", id, "role", "APP", "subjectId", "a", "communityId", "demo",
                                "activityTypes", Collections.nCopies(101, "patrol"))));
    }
}
