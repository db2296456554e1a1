package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.util.List;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.ActivityType;
import org.civicledger.api.community.Categories;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Member;
import org.civicledger.api.Role;
import org.civicledger.api.community.Unit;
import org.civicledger.chaincode.state.Keys;

/** A community's policy and its activity types (point rules). */
public final class CommunityService {
    static final long MAX_POINTS_PER_UNIT = 1_000_000;
    static final long MAX_DAILY_CAP = 100_000_000;
    static final int MAX_CREDIT_WEIGHT = org.civicledger.api.Limits.MAX_CREDIT_WEIGHT;
    /** The longest consent lifetime a community may allow: ten years. */
    static final int MAX_CONSENT_DAYS = 3650;
    /** The longest a pending contribution may wait for approval: a year. */
    static final int MAX_PENDING_EXPIRY_DAYS = 365;

    static Community community(Tx tx, String communityId) {
        return tx.store().require(Keys.community(communityId), Community.class, "community");
    }

    /**
     * Sets the caller's community's expiry, staleness and consent policy; {@code maxConsentDays},
     * when absent, keeps its current value (clients of the first API version do not send it). The
     * record written always holds the consent limit in force.
     */
    public Community setPolicy(Tx tx, String json) {
        Request r = Request.parse(json);
        int expiryMonths = (int) r.integer("pointsExpiryMonths", 0, 1200);
        int maxAgeDays = (int) r.integer("maxContributionAgeDays", 1, 3650);
        Long consentDays = r.optionalInteger("maxConsentDays", 1, MAX_CONSENT_DAYS);
        Boolean attesterRequired = r.optionalBool("attesterRequired");
        Long pendingDays = r.optionalInteger("pendingExpiryDays", 1, MAX_PENDING_EXPIRY_DAYS);
        r.done();
        Member caller = tx.requireRole(Role.ADMIN);
        Community current = community(tx, caller.communityId());
        Community updated = current.withPolicy(expiryMonths, maxAgeDays,
                consentDays != null ? consentDays.intValue() : current.consentDaysLimit())
                .withApprovalPolicy(attesterRequired != null ? attesterRequired : current.requiresAttester(),
                        pendingDays != null ? pendingDays.intValue() : current.pendingDaysLimit());
        tx.store().put(Keys.community(updated.communityId()), updated);
        tx.emit(EventType.PolicyUpdated, "communityId", updated.communityId(), "pointsExpiryMonths", expiryMonths,
                "maxContributionAgeDays", maxAgeDays, "maxConsentDays", updated.consentDaysLimit(),
                "attesterRequired", updated.requiresAttester(), "pendingExpiryDays", updated.pendingDaysLimit());
        return updated;
    }

    public ActivityType defineActivityType(Tx tx, String json) {
        Request r = Request.parse(json);
        String activityType = r.id("activityType");
        String category = r.matching("category", Categories.ID, Categories.RULE);
        long pointsPerUnit = r.integer("pointsPerUnit", 1, MAX_POINTS_PER_UNIT);
        Unit unit = r.enumValue("unit", Unit.class);
        long dailyCap = r.integer("dailyCapPoints", 1, MAX_DAILY_CAP);
        int creditWeight = (int) r.integer("creditWeight", 0, MAX_CREDIT_WEIGHT);
        boolean requiresApproval = r.bool("requiresApproval", false);
        r.done();
        Member caller = tx.requireRole(Role.ADMIN);
        CategoryService.weight(tx, caller.communityId(), category); // a default or one of this community's
        ActivityType candidate = new ActivityType(caller.communityId(), activityType, category, pointsPerUnit, unit,
                dailyCap, creditWeight, tx.nowText(), tx.txId(), requiresApproval ? Boolean.TRUE : null);
        String key = Keys.activityType(caller.communityId(), activityType);
        var existing = tx.store().replay(key, ActivityType.class, candidate::sameRule, "activity type");
        if (existing.isPresent()) {
            return existing.get();
        }
        tx.store().put(key, candidate);
        tx.emit(EventType.ActivityTypeDefined, "communityId", caller.communityId(), "activityType", activityType,
                "category", category, "pointsPerUnit", pointsPerUnit, "dailyCapPoints", dailyCap,
                "creditWeight", creditWeight, "requiresApproval", candidate.requiresApproval());
        return candidate;
    }

    /**
     * Community members see their own community's types; banks and auditors name one or see all.
     */
    public List<ActivityType> listActivityTypes(Tx tx, String communityId) {
        Member caller = tx.member();
        String community = Access.listedCommunity(caller, communityId);
        return tx.store().scan(Keys.activityTypes(community), ActivityType.class);
    }

    static ActivityType activityType(Tx tx, String communityId, String activityType) {
        return tx.store().require(Keys.activityType(communityId, activityType), ActivityType.class,
                "activity type");
    }
}
