package org.civicledger.chaincode.contract;

import static org.civicledger.chaincode.testing.Scenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.api.Role;
import org.civicledger.chaincode.testing.Identity;
import org.civicledger.chaincode.testing.Scenario;
import org.civicledger.chaincode.testing.TestLedger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role table ({@link Permissions}) is what the chaincode enforces: every transaction function,
 * called by every role with arguments that would otherwise pass, is refused {@code FORBIDDEN} (and
 * changes nothing) exactly when the table does not name the role. The gateway's early check reads the
 * same table, so a role rule changed in one place but not the other fails here or in the gateway's
 * {@code RoleMatrixTest}.
 */
class PermissionsTest {

    /** Records the calls need, made by the roles that may make them. */
    private static final class Fixture {
        final Scenario s = new Scenario();
        final String residentId = s.enrol("permissions-resident");
        final String contributionId = "perm-c1";
        final String awardTxId = s.award(contributionId, residentId, "volunteer-hour", 3).get("txId").asText();
        /** Undisputed: a transaction has at most one open dispute, and {@link #disputeId} holds the first. */
        final String undisputedTxId = s.award("perm-c-undisputed", residentId, "volunteer-hour", 1).get("txId").asText();
        final String consentId = "perm-consent";
        final String productId = "perm-loan";
        final String disputeId = "perm-d1";
        /** In no household: the one a registration or a move names. */
        final String unhousedId = s.enrol("permissions-unhoused");
        final String householdId = "perm-hh";

        Fixture() {
            s.ledger.ok(s.app, "Credit:grantConsent", json("consentId", consentId, "residentId", residentId,
                    "bankId", "demo-bank", "purpose", "loan", "expiresAt", expiresAt()));
            s.ledger.ok(s.bank, "Credit:publishLoanProduct", product(productId));
            s.ledger.ok(s.app, "Disputes:fileDispute", json("disputeId", disputeId, "residentId", residentId,
                    "targetTxId", awardTxId, "reason", "not me"));
            // past due: an AUDITOR may resolve it too
            s.ledger.advance(Duration.ofDays(21));
            s.redeem("perm-r0", residentId, 1); // something for the merchant's settlement
            s.ledger.ok(s.admin, "Community:registerAttester", json("attesterId", "perm-grid", "kind", "GRID_WORKER"));
            s.ledger.ok(s.admin, "Community:defineActivityType", json("activityType", "perm-checked", "category",
                    "COMMUNITY_AFFAIRS", "pointsPerUnit", 5, "unit", "EVENT", "dailyCapPoints", 50,
                    "creditWeight", 100, "requiresApproval", true));
            s.award("perm-pending-1", residentId, "perm-checked", 1);
            s.award("perm-pending-2", residentId, "perm-checked", 1);
            decide("perm-line", check());
            s.ledger.ok(s.bank, "Credit:drawLine", json("decisionId", "perm-line", "drawdownId", "perm-draw-1",
                    "amountFen", 500));
            decide("perm-line-closable", check());
            s.ledger.ok(s.admin, "Community:registerHousehold", json("householdId", householdId, "headResidentId",
                    residentId, "memberIds", List.of(residentId)));
            s.ledger.ok(s.admin, "Credit:proposeScoreModel", scoreModel(2, expiresAt()));
        }

        /** A GRANTED line of 1000 fen (an override: the resident's band is not the product's). */
        void decide(String decisionId, String checkTxId) {
            s.ledger.ok(s.bank, "Credit:decideLoan", json("decisionId", decisionId, "checkTxId", checkTxId,
                    "outcome", "GRANTED", "amountFen", 1000, "rateBps", 450, "termMonths", 12, "override",
                    Map.of("reasonCode", "GUARANTOR_PROVIDED", "note", "guarantor on file")));
        }

        /** @return the transaction id of a new credit check by demo-bank */
        String check() {
            return s.ledger.ok(s.bank, "Credit:checkCredit", json("residentId", residentId, "productId", productId,
                    "purpose", "loan")).get("txId").asText();
        }

        String expiresAt() {
            return s.ledger.now().plus(Duration.ofDays(30)).toString();
        }

        Identity as(Role role) {
            return switch (role) {
                case ADMIN -> s.admin;
                case APP -> s.app;
                case MERCHANT -> s.merchant;
                case BANK -> s.bank;
                case AUDITOR -> s.auditor;
                case COORDINATOR -> s.coordinator;
            };
        }
    }

    private static String product(String productId) {
        return "{\"productId\":\"" + productId + "\",\"name\":\"Civic credit line\",\"requireSignedConsent\":false,"
                + "\"bands\":{\"A\":{\"maxAmountFen\":100000,\"rateDiscountBps\":10}}}";
    }

    /** A score model proposal with version 1's weights and thresholds. */
    private static String scoreModel(long version, String effectiveAt) {
        StringBuilder texts = new StringBuilder();
        for (String code : List.of("LOW_CONTRIBUTION", "FEW_ACTIVE_MONTHS", "NARROW_PARTICIPATION", "SHORT_TENURE",
                "RECENT_REVERSALS")) {
            texts.append(texts.length() == 0 ? "" : ",").append("\"").append(code)
                    .append("\":{\"en\":\"Reason\",\"zh\":\"原因\"}");
        }
        return "{\"version\":" + version + ",\"effectiveAt\":\"" + effectiveAt + "\",\"factors\":{"
                + "\"CONTRIBUTION_VOLUME\":{\"maxPoints\":400,\"target\":120000},"
                + "\"ACTIVE_MONTHS\":{\"maxPoints\":250,\"target\":12},\"DIVERSITY\":{\"maxPoints\":150,\"target\":4},"
                + "\"TENURE\":{\"maxPoints\":100,\"target\":24},\"REVERSALS\":{\"maxPoints\":100,\"target\":2}},"
                + "\"bandMinimums\":{\"A\":750,\"B\":550,\"C\":350},\"reasonTexts\":{" + texts + "}}";
    }

    /** Arguments that pass every check but the role's, per function (new ids where the call writes). */
    private static final Map<String, Function<Fixture, String[]>> CALLS = Map.ofEntries(
            Map.entry("Registry:init", f -> args()),
            Map.entry("Registry:register", f -> args(json("clientId", "x509::CN=perm-new-app::CN=ca", "mspId",
                    "CommunityMSP", "role", "APP", "subjectId", "demo-app", "communityId", "demo"))),
            Map.entry("Registry:whoAmI", f -> args()),
            Map.entry("Community:setPolicy", f -> args(json("pointsExpiryMonths", 24, "maxContributionAgeDays", 30))),
            Map.entry("Community:defineActivityType", f -> args(json("activityType", "perm-type", "category",
                    "COMMUNITY_AFFAIRS", "pointsPerUnit", 1, "unit", "EVENT", "dailyCapPoints", 10,
                    "creditWeight", 100))),
            Map.entry("Community:listActivityTypes", f -> args("demo")),
            Map.entry("Community:enrolResident", f -> args(json("residentId", Scenario.residentId("perm-new")))),
            Map.entry("Community:setResidentStatus", f -> args(json("residentId", f.residentId, "status", "ACTIVE",
                    "reason", "check"))),
            Map.entry("Community:getResident", f -> args(f.residentId)),
            Map.entry("Community:registerAttester", f -> args(json("attesterId", "perm-team", "kind", "SERVICE_TEAM"))),
            Map.entry("Community:setAttesterStatus", f -> args(json("attesterId", "perm-grid", "status", "SUSPENDED",
                    "reason", "check"))),
            Map.entry("Community:listAttesters", f -> args("demo")),
            Map.entry("Community:registerHousehold", f -> args(json("householdId", "perm-hh-2", "headResidentId",
                    f.unhousedId, "memberIds", List.of(f.unhousedId)))),
            Map.entry("Community:moveResident", f -> args(json("residentId", f.unhousedId, "householdId",
                    f.householdId))),
            Map.entry("Community:setHouseholdHead", f -> args(json("householdId", f.householdId, "residentId",
                    f.residentId))),
            Map.entry("Community:getHousehold", f -> args(f.householdId, "demo")),
            Map.entry("Community:listHouseholds", f -> args("demo")),
            Map.entry("Points:approve", f -> args(json("contributionId", "perm-pending-1"))),
            Map.entry("Points:reject", f -> args(json("contributionId", "perm-pending-2", "reason", "check"))),
            Map.entry("Points:listPending", f -> args("demo")),
            Map.entry("Points:award", f -> args(Scenario.awardRequest("perm-c2", f.residentId, "sorting", 1,
                    f.s.ledger.now()))),
            Map.entry("Points:reverse", f -> args(json("contributionId", f.contributionId, "reason", "check"))),
            Map.entry("Points:redeem", f -> args(json("redemptionId", "perm-r1", "residentId", f.residentId,
                    "points", 1, "item", "soap"))),
            Map.entry("Points:settle", f -> args(json("settlementId", "perm-s1", "merchantId", "demo-merchant"))),
            Map.entry("Points:getBalance", f -> args(f.residentId)),
            Map.entry("Community:defineCategory", f -> args(json("categoryId", "ELDERLY_CARE", "name", "Elderly care",
                    "creditWeight", 120))),
            Map.entry("Community:listCategories", f -> args("")),
            Map.entry("Points:getHistory", f -> args(f.residentId, "", "")),
            Map.entry("Points:getMerchantStatement", f -> args("demo-merchant", "", "")),
            Map.entry("Credit:grantConsent", f -> args(json("consentId", "perm-consent-2", "residentId",
                    f.residentId, "bankId", "demo-bank", "purpose", "loan", "expiresAt", f.expiresAt()))),
            Map.entry("Credit:revokeConsent", f -> args(json("consentId", f.consentId))),
            Map.entry("Credit:listConsents", f -> args(json("residentId", f.residentId))),
            Map.entry("Credit:publishLoanProduct", f -> args(product("perm-loan-2"))),
            Map.entry("Credit:listLoanProducts", f -> args()),
            Map.entry("Credit:checkCredit", f -> args(json("residentId", f.residentId, "productId", f.productId,
                    "purpose", "loan"))),
            Map.entry("Credit:getResidentCredit", f -> args(f.residentId)),
            Map.entry("Credit:getCreditChecks", f -> args(f.residentId)),
            Map.entry("Credit:decideLoan", f -> args(json("decisionId", "perm-declined", "checkTxId", f.check(),
                    "outcome", "DECLINED", "reasonCodes", List.of("OTHER")))),
            Map.entry("Credit:drawLine", f -> args(json("decisionId", "perm-line", "drawdownId", "perm-draw-2",
                    "amountFen", 100))),
            Map.entry("Credit:repayLine", f -> args(json("decisionId", "perm-line", "repaymentId", "perm-repay-1",
                    "amountFen", 100))),
            Map.entry("Credit:closeLine", f -> args(json("decisionId", "perm-line-closable"))),
            Map.entry("Credit:getLine", f -> args("perm-line", "demo-bank")),
            Map.entry("Credit:listLines", f -> args("")),
            Map.entry("Disputes:fileDispute", f -> args(json("disputeId", "perm-d2", "residentId", f.residentId,
                    "targetTxId", f.undisputedTxId, "reason", "not me"))),
            Map.entry("Disputes:resolveDispute", f -> args(json("disputeId", f.disputeId, "outcome", "REJECTED",
                    "note", "checked", "communityId", "demo"))),
            Map.entry("Disputes:markOverdue", f -> args("{}")),
            Map.entry("Disputes:listDisputes", f -> args("")),
            Map.entry("Credit:proposeScoreModel", f -> args(scoreModel(3, f.expiresAt()))),
            Map.entry("Credit:approveScoreModel", f -> args(json("version", 2))),
            Map.entry("Credit:evaluateScoreModel", f -> args(json("version", 2, "communityId", "demo"))),
            Map.entry("Credit:listScoreModels", f -> args()),
            Map.entry("Credit:getScoreModel", f -> args("2")),
            Map.entry("Audit:reconcile", f -> args()));

    /**
     * Calls whose arguments depend on the role making them: an ADMIN records a consent only as the witness of a
     * paper form, which the app may not claim.
     */
    private static final Map<String, Map<Role, Function<Fixture, String[]>>> CALLS_BY_ROLE = Map.of(
            "Credit:grantConsent", Map.of(Role.ADMIN, f -> args(json("consentId", "perm-consent-3", "residentId",
                    f.residentId, "bankId", "demo-bank", "purpose", "loan", "expiresAt", f.expiresAt(),
                    "witness", Map.of("kind", "ADMIN"), "paperFormHash", "ab".repeat(32)))));

    private static String[] argsFor(String function, Role role, Fixture f) {
        return CALLS_BY_ROLE.getOrDefault(function, Map.of()).getOrDefault(role, CALLS.get(function)).apply(f);
    }

    private static String[] args(String... args) {
        return args;
    }

    static Stream<Arguments> everyFunctionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (String function : Permissions.functions()) {
            for (Role role : Role.values()) {
                all.add(Arguments.of(function, role));
            }
        }
        return all.stream();
    }

    @Nested
    class TheTable {
        @Test
        void names_every_transaction_function_of_the_chaincode_and_no_other() {
            Set<String> declared = new TreeSet<>();
            for (Class<?> contract : Contracts.ALL) {
                String name = contract.getAnnotation(Contract.class).name();
                for (Method method : contract.getDeclaredMethods()) {
                    Transaction tx = method.getAnnotation(Transaction.class);
                    if (tx != null) {
                        declared.add(name + ":" + (tx.name().isEmpty() ? method.getName() : tx.name()));
                    }
                }
            }
            assertEquals(declared, Permissions.functions());
            assertEquals(declared, new TreeSet<>(CALLS.keySet()), "this test calls every function");
        }

        @Test
        void refuses_a_function_it_does_not_know() {
            assertThrows(IllegalArgumentException.class,
                    () -> Permissions.of("Points:mint"));
        }
    }

    @Nested
    class TheChaincode {
        @ParameterizedTest(name = "{0} as {1}")
        @MethodSource("org.civicledger.chaincode.contract.PermissionsTest#everyFunctionAndRole")
        void refuses_a_role_exactly_when_the_table_does_not_name_it(String function, Role role) {
            Fixture f = new Fixture();
            TestLedger ledger = f.s.ledger;
            String[] args = argsFor(function, role, f);
            if (Permissions.of(function).contains(role)) {
                TestLedger.Result result = ledger.invoke(f.as(role), function, args);
                assertNotEquals(ErrorCode.FORBIDDEN, result.code(),
                        () -> "the table lets " + role + " call " + function + " but the chaincode refused: "
                                + result.message());
                assertEquals(200, result.status(), () -> function + " as " + role + " (the call's arguments are "
                        + "meant to pass): " + result.message());
            } else {
                TestLedger.Result result = ledger.refused(ErrorCode.FORBIDDEN, f.as(role), function, args);
                assertNotNull(result.message());
            }
        }
    }
}
