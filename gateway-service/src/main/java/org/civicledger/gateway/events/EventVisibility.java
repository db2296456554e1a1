package org.civicledger.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicledger.api.events.EventType;
import org.civicledger.gateway.auth.Caller;

/**
 * Which ledger events a caller may see on {@code /api/v1/events}: the business event types
 * ({@link EventType#streamed()}), and of those only what the caller's role may read — auditors
 * everything; a community's admin, apps and coordinators their community's; a merchant its own redemptions; a bank consents and credit
 * checks that name it.
 */
public final class EventVisibility {
    static final Set<String> STREAMED = Arrays.stream(EventType.values()).filter(EventType::streamed)
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private EventVisibility() {
    }

    public static boolean visible(Caller caller, String type, JsonNode payload) {
        if (!STREAMED.contains(type)) {
            return false;
        }
        return switch (caller.role()) {
            case AUDITOR -> true;
            case ADMIN, APP, COORDINATOR -> caller.communityId().equals(payload.path("communityId").asText(null));
            case MERCHANT -> type.equals("PointsRedeemed") && caller.subjectId().equals(payload.path("merchantId").asText(null));
            case BANK -> (type.equals("ConsentGranted") || type.equals("ConsentRevoked") || type.equals("CreditChecked"))
                    && caller.subjectId().equals(payload.path("bankId").asText(null));
        };
    }
}
