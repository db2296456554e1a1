package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The oversight reports' query and the requests the SDK builds from it, without a gateway. */
class OversightQueryTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    @Test
    void a_query_names_its_community_and_period_in_the_request() {
        OversightQuery query = OversightQuery.builder().communityId("north").from(MARCH).to(MARCH.plusMonths(1))
                .build();
        assertEquals("api/v1/reports/oversight/credit-checks?communityId=north&from=2026-03-01&to=2026-04-01"
                + "&bankId=bank%2Fx&limit=10", OversightImpl.path("oversight/credit-checks", query, "bankId", "bank/x",
                "limit", 10, "cursor", null));
        assertEquals("api/v1/reports/anomalies", OversightImpl.path("anomalies", OversightQuery.builder().build()));
    }

    @Test
    void throws_IllegalArgumentException_on_a_blank_community_or_an_empty_period() {
        assertThrows(IllegalArgumentException.class, () -> OversightQuery.builder().communityId(" ").build());
        assertThrows(IllegalArgumentException.class, () -> OversightQuery.builder().from(MARCH).to(MARCH).build());
    }

    @Test
    void refuses_a_limit_or_multiple_out_of_range_before_sending() {
        Oversight oversight = new OversightImpl(null);
        OversightQuery query = OversightQuery.builder().build();
        for (var call : java.util.List.<Runnable>of(
                () -> oversight.creditChecksAsync(query, null, 0, null).join(),
                () -> oversight.creditChecksAsync(query, null, 1001, null).join(),
                () -> oversight.anomaliesAsync(query, 1).join(),
                () -> oversight.anomaliesAsync(query, 101).join())) {
            CompletionException failed = assertThrows(CompletionException.class, call::run);
            assertTrue(failed.getCause() instanceof IllegalArgumentException, failed.toString());
        }
    }
}
