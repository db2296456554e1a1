package org.civicledger.gateway.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The loan officer's story data, set up through the REST API with bearer tokens (as {@code api.Api} does). */
final class BankData extends ConsoleRest {
    /** Each band's largest line in the products {@link #publishProduct()} publishes, in fen. */
    static final Map<String, Long> BAND_MAX_FEN = Map.of("A", 5_000_000L, "B", 2_000_000L, "C", 500_000L,
            "D", 100_000L);

    private BankData() {
    }

    /** Awards {@code hours} volunteer hours (10 points each), an hour ago. */
    static void award(String residentId, long hours) {
        as(APP).body(body("contributionId", unique("c"), "residentId", residentId, "activityType", "volunteer-hour",
                "quantity", hours, "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()))
                .post("/api/v1/contributions").then().statusCode(201);
    }

    /** Grants demo-bank a consent for {@code purpose}, valid 30 days; returns its id. */
    static String grantConsent(String residentId, String purpose) {
        String consentId = unique("consent");
        as(APP).body(body("consentId", consentId, "residentId", residentId, "bankId", "demo-bank", "purpose", purpose,
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())).post("/api/v1/consents").then()
                .statusCode(201);
        return consentId;
    }

    /** Publishes a product of demo-bank offering every band ({@link #BAND_MAX_FEN}); returns its id. */
    static String publishProduct() {
        String productId = unique("story-loan");
        Map<String, Object> bands = new LinkedHashMap<>();
        BAND_MAX_FEN.forEach((band, max) -> bands.put(band, Map.of("maxAmountFen", max, "rateDiscountBps", 25)));
        as(BANK).body(body("productId", productId, "name", "社区信用贷 Civic credit", "requireSignedConsent", false,
                "bands", bands)).post("/api/v1/loan-products").then().statusCode(201);
        return productId;
    }
}
