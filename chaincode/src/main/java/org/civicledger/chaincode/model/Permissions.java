package org.civicledger.chaincode.model;

import org.civicledger.api.Role;

import static org.civicledger.api.Role.ADMIN;
import static org.civicledger.api.Role.APP;
import static org.civicledger.api.Role.AUDITOR;
import static org.civicledger.api.Role.BANK;
import static org.civicledger.api.Role.COORDINATOR;
import static org.civicledger.api.Role.MERCHANT;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which roles may call each transaction function: the one role table (docs/API.md shows it per endpoint).
 *
 * <p>The chaincode enforces it (each operation's role check; {@code PermissionsTest} calls every
 * function with every role and fails when a check and this table disagree), and the gateway's
 * early check reads it ({@code caller.require(Permissions.of("Points:award"))}), so the two
 * cannot drift apart. A role in the table still meets the finer rules of its operation (its
 * community, its own merchant id, a bank's consent…). Organisation admins (certificates of
 * NodeOU {@code admin}) hold no role: {@code Registry:init} and {@code Registry:register} accept
 * them besides the roles listed here.
 */
public final class Permissions {
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final Map<String, Set<Role>> TABLE = table();

    private Permissions() {
    }

    private static Map<String, Set<Role>> table() {
        Map<String, Set<Role>> t = new TreeMap<>();
        t.put("Registry:init", EnumSet.noneOf(Role.class));
        t.put("Registry:register", EnumSet.of(ADMIN));
        t.put("Registry:whoAmI", ANY);

        t.put("Community:setPolicy", EnumSet.of(ADMIN));
        t.put("Community:defineActivityType", EnumSet.of(ADMIN));
        t.put("Community:listActivityTypes", ANY);
        t.put("Community:enrolResident", EnumSet.of(ADMIN, APP));
        t.put("Community:setResidentStatus", EnumSet.of(ADMIN));
        t.put("Community:getResident", EnumSet.of(ADMIN, APP, AUDITOR));
        t.put("Community:registerAttester", EnumSet.of(ADMIN));
        t.put("Community:setAttesterStatus", EnumSet.of(ADMIN));
        t.put("Community:listAttesters", EnumSet.of(ADMIN, APP, COORDINATOR, AUDITOR));
        t.put("Community:defineCategory", EnumSet.of(ADMIN));
        t.put("Community:listCategories", ANY);
        t.put("Community:registerHousehold", EnumSet.of(ADMIN));
        t.put("Community:moveResident", EnumSet.of(ADMIN));
        t.put("Community:setHouseholdHead", EnumSet.of(ADMIN));
        t.put("Community:getHousehold", EnumSet.of(ADMIN, APP, AUDITOR));
        t.put("Community:listHouseholds", EnumSet.of(ADMIN, APP, AUDITOR));

        t.put("Points:award", EnumSet.of(APP));
        t.put("Points:reverse", EnumSet.of(ADMIN));
        t.put("Points:redeem", EnumSet.of(MERCHANT));
        t.put("Points:settle", EnumSet.of(ADMIN));
        t.put("Points:getBalance", EnumSet.of(ADMIN, APP, MERCHANT, AUDITOR));
        t.put("Points:getHistory", EnumSet.of(ADMIN, APP, AUDITOR));
        t.put("Points:getMerchantStatement", EnumSet.of(ADMIN, MERCHANT, AUDITOR));
        t.put("Points:approve", EnumSet.of(ADMIN, COORDINATOR));
        t.put("Points:reject", EnumSet.of(ADMIN, COORDINATOR));
        t.put("Points:listPending", EnumSet.of(ADMIN, COORDINATOR, AUDITOR));

        t.put("Credit:grantConsent", EnumSet.of(APP, ADMIN)); // ADMIN only as the witness of a paper consent
        t.put("Credit:revokeConsent", EnumSet.of(APP));
        t.put("Credit:listConsents", EnumSet.of(BANK)); // a bank's own consents of one subject
        t.put("Credit:publishLoanProduct", EnumSet.of(BANK));
        t.put("Credit:listLoanProducts", ANY);
        t.put("Credit:checkCredit", EnumSet.of(BANK));
        t.put("Credit:getResidentCredit", EnumSet.of(APP));
        t.put("Credit:getCreditChecks", EnumSet.of(APP, AUDITOR));
        t.put("Credit:decideLoan", EnumSet.of(BANK));
        t.put("Credit:drawLine", EnumSet.of(BANK));
        t.put("Credit:repayLine", EnumSet.of(BANK));
        t.put("Credit:closeLine", EnumSet.of(BANK));
        t.put("Credit:getLine", EnumSet.of(BANK, AUDITOR));
        t.put("Credit:listLines", EnumSet.of(BANK, AUDITOR));
        t.put("Credit:proposeScoreModel", EnumSet.of(ADMIN));
        t.put("Credit:approveScoreModel", EnumSet.of(AUDITOR));
        t.put("Credit:evaluateScoreModel", EnumSet.of(ADMIN, AUDITOR));
        t.put("Credit:listScoreModels", ANY);
        t.put("Credit:getScoreModel", ANY);

        t.put("Disputes:fileDispute", EnumSet.of(APP));
        t.put("Disputes:resolveDispute", EnumSet.of(ADMIN, AUDITOR));
        t.put("Disputes:listDisputes", EnumSet.of(ADMIN, APP, AUDITOR));
        t.put("Disputes:markOverdue", EnumSet.of(ADMIN, AUDITOR));

        t.put("Audit:reconcile", EnumSet.of(ADMIN, AUDITOR));
        t.replaceAll((function, roles) -> Collections.unmodifiableSet(roles));
        return Collections.unmodifiableMap(t);
    }

    /**
     * @param function a transaction function, {@code Contract:transaction}
     * @return the roles that may call it (unmodifiable; empty when only organisation admins may)
     * @throws IllegalArgumentException for a function the chaincode does not have
     */
    public static Set<Role> of(String function) {
        Set<Role> roles = TABLE.get(function);
        if (roles == null) {
            throw new IllegalArgumentException("no transaction function " + function);
        }
        return roles;
    }

    /** @return every transaction function of the chaincode, sorted */
    public static Set<String> functions() {
        return TABLE.keySet();
    }
}
