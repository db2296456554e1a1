package org.civicledger.api.community;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Categories of civic contribution (DESIGN §4): the five defaults every community has, weight
 * {@value #DEFAULT_WEIGHT} percent, and the ids a community defines beside them
 * ({@code POST /api/v1/categories}). A category is an id on the wire and on the ledger.
 */
public final class Categories {
    public static final String VOLUNTEER_SERVICE = "VOLUNTEER_SERVICE";
    public static final String SAFETY_PATROL = "SAFETY_PATROL";
    public static final String ANTI_FRAUD_PUBLICITY = "ANTI_FRAUD_PUBLICITY";
    public static final String GARBAGE_SORTING = "GARBAGE_SORTING";
    public static final String COMMUNITY_AFFAIRS = "COMMUNITY_AFFAIRS";
    /** The default categories, in their historical order. */
    public static final List<String> DEFAULTS = List.of(VOLUNTEER_SERVICE, SAFETY_PATROL, ANTI_FRAUD_PUBLICITY,
            GARBAGE_SORTING, COMMUNITY_AFFAIRS);
    /** The credit weight of a default category, in percent: it counts fully. */
    public static final int DEFAULT_WEIGHT = 100;
    /** The form of a category id (defaults included): an upper-case letter, then 1-39 upper-case letters, digits or _. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,39}";
    /** {@link #PATTERN}, compiled. */
    public static final Pattern ID = Pattern.compile(PATTERN);
    /** The rule of {@link #PATTERN} in words, as error details state it. */
    public static final String RULE = "an upper-case letter followed by 1 to 39 upper-case letters, digits or _";

    private Categories() {
    }

    /**
     * @param categoryId a category id
     * @return whether it is one of the {@link #DEFAULTS}
     */
    public static boolean isDefault(String categoryId) {
        return DEFAULTS.contains(categoryId);
    }
}
