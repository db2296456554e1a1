package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.RedemptionRequest;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.ConsentRequest;
import org.civicledger.api.credit.LoanProductRequest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The base of the tests: the real gateway (started once for all test classes), one client per demo role, fresh
 * residents, and problem assertions.
 */
@ExtendWith(RealGateway.class)
abstract class GatewayTest {
    static final String VOLUNTEER_HOUR = "volunteer-hour";
    static final String BANK_ID = "demo-bank";
    static final String MERCHANT_ID = "demo-merchant";

    final CivicLedgerClient admin = RealGateway.client(RealGateway.ADMIN_TOKEN);
    final CivicLedgerClient app = RealGateway.client(RealGateway.APP_TOKEN);
    final CivicLedgerClient merchant = RealGateway.client(RealGateway.MERCHANT_TOKEN);
    final CivicLedgerClient bank = RealGateway.client(RealGateway.BANK_TOKEN);
    final CivicLedgerClient auditor = RealGateway.client(RealGateway.AUDITOR_TOKEN);

    /** A newly enrolled resident of the demo community, without a key. */
    String newResident() {
        return app.residents().enrol("sdk-test-" + UUID.randomUUID()).residentId();
    }

    /** A newly enrolled resident that has earned {@code hours} volunteer hours (10 points each). */
    String residentWithHours(long hours) {
        String residentId = newResident();
        app.contributions().award(hours(residentId, hours));
        return residentId;
    }

    static ContributionRequest hours(String residentId, long hours) {
        return ContributionRequest.builder()
                .contributionId(Ids.newContributionId())
                .residentId(residentId)
                .activityType(VOLUNTEER_HOUR)
                .quantity(hours)
                .occurredAt(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .build();
    }

    static RedemptionRequest spend(String residentId, long points) {
        return RedemptionRequest.builder().redemptionId(Ids.newRedemptionId()).residentId(residentId).points(points)
                .item("rice 5kg").build();
    }

    /** A loan product of the demo bank that every band but D is eligible for. */
    String newProduct(boolean requireSignedConsent) {
        return bank.loanProducts().publish(LoanProductRequest.builder()
                .productId("loan-" + UUID.randomUUID()).name("Community micro-loan")
                .requireSignedConsent(requireSignedConsent)
                .band(Band.A, 5_000_000, 50).band(Band.B, 2_000_000, 25).band(Band.C, 500_000, 0)
                .band(Band.D, 100_000, 0)
                .build()).productId();
    }

    static ConsentRequest consent(String residentId, String purpose) {
        return ConsentRequest.builder().consentId(Ids.newConsentId()).residentId(residentId).bankId(BANK_ID)
                .purpose(purpose).expiresAt(Instant.now().plus(30, ChronoUnit.DAYS)).build();
    }

    static <T extends CivicLedgerException> T assertProblem(Class<T> type, int status, String code, Executable call) {
        T e = assertThrows(type, call);
        assertAll(
                () -> assertEquals(status, e.status(), "status"),
                () -> assertEquals(code, e.code(), "code"),
                () -> assertNotNull(e.detail(), "detail"),
                () -> assertFalse(e.detail().isBlank(), "detail"),
                () -> assertTrue(e.getMessage().contains(code), "message names the code"));
        return e;
    }
}
