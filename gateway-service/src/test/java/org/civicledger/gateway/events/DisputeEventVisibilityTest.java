package org.civicledger.gateway.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicledger.api.Role;
import org.civicledger.api.events.EventType;
import org.civicledger.gateway.auth.Caller;
import org.junit.jupiter.api.Test;

/** Every state change of a dispute is streamed to the resident's community (its app sees it), never to a bank. */
class DisputeEventVisibilityTest {
    private static Caller caller(Role role, String communityId) {
        return new Caller("c", role, "Org", "s", communityId, null);
    }

    private static JsonNode payload(String communityId) throws Exception {
        return new ObjectMapper().readTree("{\"communityId\":\"" + communityId + "\",\"disputeStatus\":\"OVERDUE\","
                + "\"disputes\":[{\"disputeId\":\"d1\",\"residentId\":\"r\",\"dueBy\":\"2026-01-01T00:00:00Z\","
                + "\"targetType\":\"SCORE\"}]}");
    }

    @Test
    void filed_overdue_and_resolved_disputes_reach_the_communitys_app_and_auditors_only() throws Exception {
        for (EventType type : new EventType[] {EventType.DisputeFiled, EventType.DisputeOverdue,
                EventType.DisputeResolved}) {
            assertTrue(type.streamed(), type.name());
            JsonNode payload = payload("demo");
            assertTrue(EventVisibility.visible(caller(Role.APP, "demo"), type.name(), payload), type.name());
            assertTrue(EventVisibility.visible(caller(Role.ADMIN, "demo"), type.name(), payload), type.name());
            assertTrue(EventVisibility.visible(caller(Role.AUDITOR, null), type.name(), payload), type.name());
            assertFalse(EventVisibility.visible(caller(Role.APP, "north"), type.name(), payload), type.name());
            assertFalse(EventVisibility.visible(caller(Role.BANK, null), type.name(), payload), type.name());
            assertFalse(EventVisibility.visible(caller(Role.MERCHANT, null), type.name(), payload), type.name());
        }
    }
}
