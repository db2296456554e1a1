package org.civicledger.gateway.api;

import static org.civicledger.gateway.api.Api.ADMIN;
import static org.civicledger.gateway.api.Api.APP;
import static org.civicledger.gateway.api.Api.BANK;
import static org.civicledger.gateway.api.Api.as;
import static org.civicledger.gateway.api.Api.body;
import static org.civicledger.gateway.api.Api.unique;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

/**
 * Valid ledger objects the hostile cases aim at (so that each case breaks one thing, not the
 * target's existence), made once through the API and named in templates by placeholders.
 */
final class HostileFixture {
    private final String residentId = Api.enrol();
    private final String keyedResidentId = as(APP).body(body("externalRef", unique("keyed"), "publicKey",
            publicKey("EC", new ECGenParameterSpec("secp256r1")))).post("/api/v1/residents")
            .then().statusCode(201).extract().path("residentId");
    private final String contributionId = unique("c");
    private final String awardTxId = as(APP).body(body("contributionId", contributionId, "residentId", residentId,
            "activityType", "volunteer-hour", "quantity", 1, "occurredAt", Instant.now().toString()))
            .post("/api/v1/contributions").then().statusCode(201).extract().path("txId");
    private final String disputeId = as(APP).body(body("disputeId", unique("d"), "residentId", residentId,
            "targetTxId", awardTxId, "reason", "not me")).post("/api/v1/disputes")
            .then().statusCode(201).extract().path("disputeId");
    private final String consentId = as(APP).body(body("consentId", unique("consent"), "residentId", residentId,
            "bankId", "demo-bank", "purpose", "loan", "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
            .post("/api/v1/consents").then().statusCode(201).extract().path("consentId");
    private final String productId = as(BANK).body(body("productId", unique("p"), "name", "hostile test loan",
            "requireSignedConsent", false, "bands", Map.of("A", Map.of("maxAmountFen", 1000, "rateDiscountBps", 0))))
            .post("/api/v1/loan-products").then().statusCode(201).extract().path("productId");

    HostileFixture() {
        as(ADMIN).get("/api/v1/residents/" + residentId).then().statusCode(200);
    }

    /** The template with every placeholder replaced; {@code {u}} becomes a fresh unique id, {@code {U}} a fresh
     * upper-case one (a category id). */
    String fill(String template) {
        if (template == null) {
            return null;
        }
        return template.replace("{rid}", residentId).replace("{keyedRid}", keyedResidentId)
                .replace("{cid}", contributionId).replace("{tx}", awardTxId).replace("{did}", disputeId)
                .replace("{consent}", consentId).replace("{product}", productId).replace("{u}", unique("h"))
                .replace("{U}", "H" + unique("x").substring(2).replace("-", "").toUpperCase(java.util.Locale.ROOT))
                .replace("{now}", Instant.now().toString())
                .replace("{future}", Instant.now().plus(30, ChronoUnit.DAYS).toString());
    }

    /** A freshly generated public key of that algorithm, X.509 SubjectPublicKeyInfo, base64. */
    static String publicKey(String algorithm, java.security.spec.AlgorithmParameterSpec params) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (params != null) {
                generator.initialize(params);
            }
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
        }
    }
}
