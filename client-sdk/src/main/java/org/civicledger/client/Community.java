package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.community.ActivityType;
import org.civicledger.api.community.ActivityTypeRequest;
import org.civicledger.api.community.Category;
import org.civicledger.api.community.CategoryRequest;
import org.civicledger.api.community.Policy;
import org.civicledger.api.community.PolicyRequest;

/**
 * Community set-up: the categories and activity types a community rewards and its policy. Obtained from
 * {@link CivicLedgerClient#community()}. The {@code …Async} variants never throw: they complete exceptionally with
 * the exception the blocking variant throws.
 */
public interface Community {

    /**
     * Defines an activity type of the caller's community (role ADMIN); the same definition again returns the
     * original with {@link ActivityType#replayed()} true.
     *
     * @param request the activity type
     * @return the activity type as the ledger holds it
     * @throws IdConflictException  if the type exists with another rule
     * @throws CivicLedgerException on any other API or transport error
     */
    default ActivityType defineActivityType(ActivityTypeRequest request) {
        return HttpTransport.await(defineActivityTypeAsync(request));
    }

    /**
     * Asynchronous {@link #defineActivityType(ActivityTypeRequest)}.
     *
     * @param request the activity type
     * @return a future of the activity type
     */
    @Endpoint("POST /api/v1/activity-types")
    CompletableFuture<ActivityType> defineActivityTypeAsync(ActivityTypeRequest request);

    /**
     * Lists the caller's community's activity types (banks and auditors: every community's).
     *
     * @return the activity types
     * @throws CivicLedgerException on any API or transport error
     */
    default List<ActivityType> listActivityTypes() {
        return listActivityTypes(null);
    }

    /**
     * Lists a community's activity types.
     *
     * @param communityId a community (banks and auditors may name any; others only their own), or {@code null} for
     *                    the default of {@link #listActivityTypes()}
     * @return the activity types
     * @throws ForbiddenException   if the caller may not read that community
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<ActivityType> listActivityTypes(String communityId) {
        return HttpTransport.await(listActivityTypesAsync(communityId));
    }

    /**
     * Asynchronous {@link #listActivityTypes(String)}.
     *
     * @param communityId a community, or {@code null}
     * @return a future of the activity types
     */
    @Endpoint("GET /api/v1/activity-types")
    CompletableFuture<List<ActivityType>> listActivityTypesAsync(String communityId);

    /**
     * Defines a category of the caller's community beside the five defaults (role ADMIN); the same definition again
     * returns the original with {@link Category#replayed()} true. An award of an activity type of this category counts
     * towards the score with the type's weight × the category's / 100.
     *
     * @param request the category
     * @return the category as the ledger holds it
     * @throws IdConflictException       if the id is a default's, or exists with another name or weight
     * @throws ValidationFailedException if the id, name or weight breaks its rule
     * @throws CivicLedgerException      on any other API or transport error
     */
    default Category defineCategory(CategoryRequest request) {
        return HttpTransport.await(defineCategoryAsync(request));
    }

    /**
     * Asynchronous {@link #defineCategory(CategoryRequest)}.
     *
     * @param request the category
     * @return a future of the category
     */
    @Endpoint("POST /api/v1/categories")
    CompletableFuture<Category> defineCategoryAsync(CategoryRequest request);

    /**
     * Lists the five default categories, then the caller's community's own (banks and auditors: every community's).
     *
     * @return the categories, defaults first
     * @throws CivicLedgerException on any API or transport error
     */
    default List<Category> listCategories() {
        return listCategories(null);
    }

    /**
     * Lists the default categories and a community's own.
     *
     * @param communityId a community (banks and auditors may name any; others only their own), or {@code null} for
     *                    the default of {@link #listCategories()}
     * @return the categories, defaults first
     * @throws ForbiddenException   if the caller may not read that community
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<Category> listCategories(String communityId) {
        return HttpTransport.await(listCategoriesAsync(communityId));
    }

    /**
     * Asynchronous {@link #listCategories(String)}.
     *
     * @param communityId a community, or {@code null}
     * @return a future of the categories
     */
    @Endpoint("GET /api/v1/categories")
    CompletableFuture<List<Category>> listCategoriesAsync(String communityId);

    /**
     * Sets the caller's community's policy (role ADMIN); every call is recorded.
     *
     * @param request the policy
     * @return the policy now in force
     * @throws CivicLedgerException on any API or transport error
     */
    default Policy setPolicy(PolicyRequest request) {
        return HttpTransport.await(setPolicyAsync(request));
    }

    /**
     * Asynchronous {@link #setPolicy(PolicyRequest)}.
     *
     * @param request the policy
     * @return a future of the policy now in force
     */
    @Endpoint("PUT /api/v1/policy")
    CompletableFuture<Policy> setPolicyAsync(PolicyRequest request);
}
