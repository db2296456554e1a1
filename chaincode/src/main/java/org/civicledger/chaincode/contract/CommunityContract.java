package org.civicledger.chaincode.contract;

import org.civicledger.chaincode.domain.AttesterService;
import org.civicledger.chaincode.domain.CategoryService;
import org.civicledger.chaincode.domain.CommunityService;
import org.civicledger.chaincode.domain.HouseholdService;
import org.civicledger.chaincode.domain.ResidentService;
import org.civicledger.chaincode.domain.Tx;
import org.civicledger.chaincode.json.Json;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** A community's policy, activity types and residents. */
@Contract(name = "Community", info = @Info(title = "Civic Ledger communities and residents", version = "1"))
public final class CommunityContract implements ContractInterface {
    private final CommunityService communities = new CommunityService();
    private final ResidentService residents = new ResidentService();
    private final AttesterService attesters = new AttesterService();
    private final CategoryService categories = new CategoryService();
    private final HouseholdService households = new HouseholdService();

    /** {@code {pointsExpiryMonths, maxContributionAgeDays}} for the caller's community (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setPolicy(Context ctx, String request) {
        return Json.text(communities.setPolicy(Tx.of(ctx), request));
    }

    /** {@code {activityType, category, pointsPerUnit, unit, dailyCapPoints, creditWeight}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String defineActivityType(Context ctx, String request) {
        return Json.text(communities.defineActivityType(Tx.of(ctx), request));
    }

    /** @param communityId a community, or empty for the caller's (or, for banks and auditors, all) */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listActivityTypes(Context ctx, String communityId) {
        return Json.text(communities.listActivityTypes(Tx.of(ctx), communityId));
    }

    /** {@code {attesterId, kind, dailyLimitPoints?}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerAttester(Context ctx, String request) {
        return Json.text(attesters.register(Tx.of(ctx), request));
    }

    /** {@code {attesterId, status, reason}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setAttesterStatus(Context ctx, String request) {
        return Json.text(attesters.setStatus(Tx.of(ctx), request));
    }

    /** @param communityId a community (auditors), or empty for the caller's (auditors: every community's) */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listAttesters(Context ctx, String communityId) {
        return Json.text(attesters.list(Tx.of(ctx), communityId));
    }

    /** {@code {categoryId, name, creditWeight}} for the caller's community (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String defineCategory(Context ctx, String request) {
        return Json.text(categories.define(Tx.of(ctx), request));
    }

    /** @param communityId a community, or empty for the caller's (or, for banks and auditors, all); defaults first */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listCategories(Context ctx, String communityId) {
        return Json.text(categories.list(Tx.of(ctx), communityId));
    }

    /** {@code {residentId, publicKey?}} (ADMIN, APP). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String enrolResident(Context ctx, String request) {
        return Json.text(residents.enrol(Tx.of(ctx), request));
    }

    /** {@code {residentId, status, reason}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setResidentStatus(Context ctx, String request) {
        return Json.text(residents.setStatus(Tx.of(ctx), request));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getResident(Context ctx, String residentId) {
        return Json.text(residents.get(Tx.of(ctx), residentId));
    }

    /** {@code {householdId, headResidentId, memberIds[]}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerHousehold(Context ctx, String request) {
        return Json.text(households.register(Tx.of(ctx), request));
    }

    /** {@code {residentId, householdId|null, fromHouseholdId?}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String moveResident(Context ctx, String request) {
        return Json.text(households.move(Tx.of(ctx), request));
    }

    /** {@code {householdId, residentId}} (ADMIN). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setHouseholdHead(Context ctx, String request) {
        return Json.text(households.setHead(Tx.of(ctx), request));
    }

    /** @param communityId the household's community (auditors), or empty for the caller's */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getHousehold(Context ctx, String householdId, String communityId) {
        return Json.text(households.get(Tx.of(ctx), householdId, communityId));
    }

    /** @param communityId a community (auditors), or empty for the caller's (auditors: every community's) */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listHouseholds(Context ctx, String communityId) {
        return Json.text(households.list(Tx.of(ctx), communityId));
    }
}
