package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.ContributionRequest;
import org.junit.jupiter.api.Test;

/**
 * An app keeps the request it built and resends it as it is (after a crash, say): the request must survive being
 * stored. {@code occurredAt} travels to the millisecond, so a request stored with microsecond precision (a
 * database's timestamp) or as its JSON, and read back, is the same request, and resending it is a replay, not
 * {@code ID_CONFLICT}.
 */
class StoredRequestTest extends GatewayTest {

    @Test
    void a_request_built_with_nanoseconds_is_sent_to_the_millisecond_and_resent_after_storage_is_a_replay()
            throws Exception {
        Instant withNanos = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).plusNanos(123_456_789);
        ContributionRequest request = ContributionRequest.builder().contributionId(Ids.newContributionId())
                .residentId(newResident()).activityType(VOLUNTEER_HOUR).quantity(1).occurredAt(withNanos).build();
        assertEquals(withNanos.truncatedTo(ChronoUnit.MILLIS), request.occurredAt(), "kept to the millisecond");

        try (RecordingProxy proxy = new RecordingProxy(RealGateway.baseUrl())) {
            CivicLedgerClient client = CivicLedgerClient.builder().baseUrl(proxy.baseUrl())
                    .token(RealGateway.APP_TOKEN).build();

            Award award = client.contributions().award(request);
            String sent = proxy.last().body;

            JsonNode json = Wire.mapper().readTree(sent);
            assertEquals(withNanos.truncatedTo(ChronoUnit.MILLIS).toString(), json.path("occurredAt").asText());
            assertTrue(json.path("occurredAt").asText().endsWith(".123Z"), sent);
            ContributionRequest fromJson = Wire.mapper().readValue(sent, ContributionRequest.class);
            ContributionRequest fromDatabase = ContributionRequest.builder().contributionId(request.contributionId())
                    .residentId(request.residentId()).activityType(request.activityType()).quantity(request.quantity())
                    .occurredAt(Instant.parse(json.path("occurredAt").asText()).truncatedTo(ChronoUnit.MICROS))
                    .build();
            assertEquals(request, fromJson);
            assertEquals(request, fromDatabase);

            Award again = client.contributions().award(fromDatabase);
            assertFalse(award.replayed());
            assertTrue(again.replayed(), "the stored request resent is a replay");
            assertEquals(award.txId(), again.txId());
        }
    }
}
