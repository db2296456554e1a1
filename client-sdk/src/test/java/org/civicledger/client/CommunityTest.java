package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.civicledger.api.community.ActivityType;
import org.civicledger.api.community.ActivityTypeRequest;
import org.civicledger.api.community.Categories;
import org.civicledger.api.community.Category;
import org.civicledger.api.community.CategoryRequest;
import org.civicledger.api.community.EnrolmentRequest;
import org.civicledger.api.community.Policy;
import org.civicledger.api.community.PolicyRequest;
import org.civicledger.api.community.Resident;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.api.community.ResidentStatusRequest;
import org.civicledger.api.community.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Community set-up (activity types, policy) and residents' status against the real gateway. */
class CommunityTest extends GatewayTest {

    private static ActivityTypeRequest.Builder patrol(String id) {
        return ActivityTypeRequest.builder().activityType(id).category(Categories.SAFETY_PATROL).pointsPerUnit(5)
                .unit(Unit.EVENT).dailyCapPoints(20).creditWeight(50);
    }

    @Nested
    class CommunityCategories {
        @Test
        void a_defined_category_is_listed_after_the_defaults_and_an_activity_type_may_use_it() {
            String id = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT);
            CategoryRequest request = CategoryRequest.builder().categoryId(id).name("Elderly care").creditWeight(150)
                    .build();

            Category defined = admin.community().defineCategory(request);
            Category again = admin.community().defineCategoryAsync(request).join();

            assertAll(
                    () -> assertEquals("demo", defined.communityId()),
                    () -> assertEquals(id, defined.categoryId()),
                    () -> assertEquals("Elderly care", defined.name()),
                    () -> assertEquals(150, defined.creditWeight()),
                    () -> assertFalse(defined.builtIn()),
                    () -> assertNotNull(defined.definedAt()),
                    () -> assertNotNull(defined.blockNumber()),
                    () -> assertFalse(defined.replayed()),
                    () -> assertTrue(again.replayed()),
                    () -> assertEquals(defined.txId(), again.txId()));
            java.util.List<Category> listed = app.community().listCategories();
            assertEquals(Categories.DEFAULTS, listed.subList(0, 5).stream().map(Category::categoryId)
                    .collect(java.util.stream.Collectors.toList()));
            assertTrue(listed.get(1).builtIn());
            assertEquals(100, listed.get(1).creditWeight());
            assertTrue(listed.stream().anyMatch(c -> c.categoryId().equals(id)));

            ActivityType type = admin.community().defineActivityType(patrol("visit-" + UUID.randomUUID())
                    .category(id).build());
            assertEquals(id, type.category());
            assertProblem(IdConflictException.class, 409, "ID_CONFLICT", () -> admin.community().defineCategory(
                    CategoryRequest.builder().categoryId(id).name("Elderly care").creditWeight(151).build()));
            assertProblem(NotFoundException.class, 404, "NOT_FOUND", () -> admin.community().defineActivityType(
                    patrol("visit-" + UUID.randomUUID()).category("NOBODY_DEFINED_THIS").build()));
        }
    }

    @Nested
    class ActivityTypes {
        @Test
        void a_defined_activity_type_is_listed_and_defining_it_again_returns_the_original() {
            String id = "patrol-" + UUID.randomUUID();

            ActivityType defined = admin.community().defineActivityType(patrol(id).build());
            ActivityType again = admin.community().defineActivityTypeAsync(patrol(id).build()).join();

            assertAll(
                    () -> assertEquals("demo", defined.communityId()),
                    () -> assertEquals(id, defined.activityType()),
                    () -> assertEquals(Categories.SAFETY_PATROL, defined.category()),
                    () -> assertEquals(5, defined.pointsPerUnit()),
                    () -> assertEquals(Unit.EVENT, defined.unit()),
                    () -> assertEquals(20, defined.dailyCapPoints()),
                    () -> assertEquals(50, defined.creditWeight()),
                    () -> assertNotNull(defined.definedAt()),
                    () -> assertNotNull(defined.blockNumber()),
                    () -> assertFalse(defined.replayed()),
                    () -> assertTrue(again.replayed()),
                    () -> assertEquals(defined.txId(), again.txId()));
            ActivityType listed = app.community().listActivityTypes().stream()
                    .filter(type -> type.activityType().equals(id)).findFirst().orElseThrow();
            assertEquals(defined.txId(), listed.txId());
            assertNull(listed.blockNumber());
            assertFalse(listed.replayed(), "a list is no replay");
            assertTrue(bank.community().listActivityTypes("demo").stream()
                    .anyMatch(type -> type.activityType().equals(id)));
        }

        @Test
        void the_same_id_with_another_rule_throws_IdConflictException() {
            String id = "patrol-" + UUID.randomUUID();
            admin.community().defineActivityType(patrol(id).build());

            assertProblem(IdConflictException.class, 409, "ID_CONFLICT",
                    () -> admin.community().defineActivityType(patrol(id).pointsPerUnit(6).build()));
        }

        @Test
        void an_app_may_not_define_one_and_its_async_call_fails_with_ForbiddenException() {
            CompletionException e = assertThrows(CompletionException.class, () -> app.community()
                    .defineActivityTypeAsync(patrol("patrol-" + UUID.randomUUID()).build()).join());

            assertTrue(e.getCause() instanceof ForbiddenException, String.valueOf(e.getCause()));
        }

        @Test
        void a_community_member_may_not_list_another_community() {
            assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                    () -> app.community().listActivityTypes("another-community"));
        }

        @Test
        void a_zero_daily_cap_is_refused_before_sending() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> patrol("p").dailyCapPoints(0).build());

            assertEquals("dailyCapPoints must be positive, was 0", e.getMessage());
        }
    }

    @Nested
    class Policies {
        @Test
        void setting_the_policy_answers_the_policy_in_force_and_keeps_an_absent_consent_limit() {
            // the demo community's own values (the defaults), so that no other test sees a change
            Policy policy = admin.community().setPolicy(PolicyRequest.builder().pointsExpiryMonths(24)
                    .maxContributionAgeDays(30).build());

            assertAll(
                    () -> assertEquals("demo", policy.communityId()),
                    () -> assertEquals(24, policy.pointsExpiryMonths()),
                    () -> assertEquals(30, policy.maxContributionAgeDays()),
                    () -> assertEquals(365, policy.maxConsentDays()),
                    () -> assertNotNull(policy.ownerMspId()),
                    () -> assertNotNull(policy.createdAt()),
                    () -> assertNotNull(policy.txId()),
                    () -> assertTrue(policy.blockNumber() > 0));
            Policy again = admin.community().setPolicyAsync(PolicyRequest.builder().pointsExpiryMonths(24)
                    .maxContributionAgeDays(30).maxConsentDays(365).build()).join();
            assertNotEquals(policy.txId(), again.txId(), "every call is recorded");
        }

        @Test
        void an_app_may_not_set_the_policy() {
            assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.community().setPolicy(
                    PolicyRequest.builder().pointsExpiryMonths(24).maxContributionAgeDays(30).build()));
        }
    }

    @Nested
    class ResidentStatuses {
        @Test
        void a_suspended_resident_can_neither_earn_nor_redeem_until_reactivated() {
            String residentId = residentWithHours(2);

            Resident suspended = admin.residents().setStatus(residentId, ResidentStatusRequest.builder()
                    .status(ResidentStatus.SUSPENDED).reason("card reported stolen").build());

            assertAll(
                    () -> assertEquals(ResidentStatus.SUSPENDED, suspended.status()),
                    () -> assertEquals("card reported stolen", suspended.statusReason()),
                    () -> assertNotNull(suspended.blockNumber()),
                    () -> assertFalse(suspended.replayed()),
                    () -> assertEquals(ResidentStatus.SUSPENDED, app.residents().get(residentId).status()));
            assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                    () -> app.contributions().award(hours(residentId, 1)));
            assertProblem(InvalidStateException.class, 422, "INVALID_STATE",
                    () -> merchant.redemptions().redeem(spend(residentId, 5)));

            Resident active = admin.residents().setStatusAsync(residentId, ResidentStatusRequest.builder()
                    .status(ResidentStatus.ACTIVE).reason("card replaced").build()).join();

            assertEquals(ResidentStatus.ACTIVE, active.status());
            assertEquals(30, app.contributions().award(hours(residentId, 1)).balance());
        }

        @Test
        void an_app_may_not_change_a_status() {
            String residentId = newResident();

            assertProblem(ForbiddenException.class, 403, "FORBIDDEN", () -> app.residents().setStatus(residentId,
                    ResidentStatusRequest.builder().status(ResidentStatus.SUSPENDED).reason("no").build()));
        }
    }

    @Nested
    class Enrolments {
        @Test
        void an_enrolment_request_never_prints_its_reference() {
            String externalRef = "citizen-card-" + UUID.randomUUID();
            EnrolmentRequest request = EnrolmentRequest.builder().externalRef(externalRef).publicKey("key").build();

            assertFalse(request.toString().contains(externalRef), request.toString());
            assertTrue(request.toString().contains("key"), request.toString());
        }

        @Test
        void enrolling_by_request_or_by_reference_is_the_same_resident() {
            String externalRef = "citizen-card-" + UUID.randomUUID();

            Resident byRequest = app.residents().enrolAsync(EnrolmentRequest.builder().externalRef(externalRef).build())
                    .join();

            assertEquals(byRequest.residentId(), app.residents().enrol(externalRef).residentId());
        }

        @Test
        void a_blank_reference_is_refused_before_sending() {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> app.residents().enrol(" "));

            assertEquals("externalRef is required and must not be blank", e.getMessage());
        }
    }
}
