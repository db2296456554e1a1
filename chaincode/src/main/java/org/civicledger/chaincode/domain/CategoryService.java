package org.civicledger.chaincode.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.community.Categories;
import org.civicledger.api.events.EventType;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Request;
import org.civicledger.chaincode.model.ActivityType;
import org.civicledger.chaincode.model.Category;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.state.Keys;

/**
 * Categories of contribution: the defaults every community has and those a community defines. A category, once
 * defined, never changes (the same definition again is answered with the original, another is refused), so an
 * award may read it without conflicting with anything.
 */
public final class CategoryService {

    /** {@code {categoryId, name, creditWeight}} for the caller's community (ADMIN). */
    public Category define(Tx tx, String json) {
        Request r = Request.parse(json);
        String categoryId = r.matching("categoryId", Categories.ID, Categories.RULE);
        String name = r.text("name", Limits.MAX_CATEGORY_NAME_LENGTH);
        int creditWeight = (int) r.integer("creditWeight", 0, Limits.MAX_CREDIT_WEIGHT);
        r.done();
        Member admin = tx.requireRole(Role.ADMIN);
        if (Categories.isDefault(categoryId)) {
            throw LedgerException.conflict("categoryId is the id of a default category, which every community has");
        }
        CommunityService.community(tx, admin.communityId());
        Category candidate = new Category(admin.communityId(), categoryId, name, creditWeight, false, tx.nowText(),
                tx.txId());
        String key = Keys.category(admin.communityId(), categoryId);
        var existing = tx.store().replay(key, Category.class, candidate::sameRule, "category");
        if (existing.isPresent()) {
            return existing.get();
        }
        tx.store().put(key, candidate);
        tx.emit(EventType.CategoryDefined, "communityId", admin.communityId(), "categoryId", categoryId,
                "creditWeight", creditWeight);
        return candidate;
    }

    /**
     * The defaults, then the categories defined: community members see their own community's; banks and auditors
     * name one, or see every community's.
     */
    public List<Category> list(Tx tx, String communityId) {
        Member caller = tx.member();
        String community = Access.listedCommunity(caller, communityId);
        List<Category> all = new ArrayList<>(defaults());
        all.addAll(tx.store().scan(Keys.categories(community), Category.class));
        return all;
    }

    /** The default categories as records: weight 100, named after their ids ("Volunteer service"). */
    static List<Category> defaults() {
        return Categories.DEFAULTS.stream()
                .map(id -> new Category(null, id, defaultName(id), Categories.DEFAULT_WEIGHT, true, null, null))
                .toList();
    }

    private static String defaultName(String id) {
        String words = id.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The credit weight, in percent, of a category in a community.
     *
     * @throws LedgerException {@code NOT_FOUND} when it is neither a default nor defined in that community
     */
    static int weight(Tx tx, String communityId, String categoryId) {
        if (Categories.isDefault(categoryId)) {
            return Categories.DEFAULT_WEIGHT;
        }
        return tx.store().require(Keys.category(communityId, categoryId), Category.class, "category").creditWeight();
    }

    /**
     * The credit weight an award of {@code type} counts with, in percent: the type's weight × its category's / 100
     * (whole percent, rounded down). A default category weighs 100, so types of the defaults keep their weight.
     */
    static int effectiveWeight(Tx tx, ActivityType type) {
        return (int) ((long) type.creditWeight() * weight(tx, type.communityId(), type.category())
                / Categories.DEFAULT_WEIGHT);
    }
}
