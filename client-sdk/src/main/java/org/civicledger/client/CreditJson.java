package org.civicledger.client;

import static org.civicledger.client.JsonCodec.instant;
import static org.civicledger.client.JsonCodec.list;
import static org.civicledger.client.JsonCodec.optionalLong;
import static org.civicledger.client.JsonCodec.requiredBoolean;
import static org.civicledger.client.JsonCodec.requiredInstant;
import static org.civicledger.client.JsonCodec.requiredInt;
import static org.civicledger.client.JsonCodec.requiredLong;
import static org.civicledger.client.JsonCodec.requiredText;
import static org.civicledger.client.JsonCodec.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The credit groups' bodies: consents, loan products, credit checks, scores and the query log. */
final class CreditJson {
    private CreditJson() {
    }

    // ---- requests

    static ObjectNode consent(ConsentRequest request) {
        ObjectNode body = JsonCodec.object()
                .put("consentId", request.consentId())
                .put("residentId", request.residentId())
                .put("bankId", request.bankId())
                .put("purpose", request.purpose())
                .put("expiresAt", request.expiresAtText());
        if (request.signature() != null) {
            body.put("signature", request.signature());
        }
        return body;
    }

    static ObjectNode loanProduct(LoanProductRequest request) {
        ObjectNode body = JsonCodec.object()
                .put("productId", request.productId())
                .put("name", request.name())
                .put("requireSignedConsent", request.requireSignedConsent());
        ObjectNode bands = body.putObject("bands");
        request.bands().forEach((band, terms) -> bands.putObject(band)
                .put("maxAmountFen", terms.maxAmountFen())
                .put("rateDiscountBps", terms.rateDiscountBps()));
        return body;
    }

    static ObjectNode creditCheck(String checkId, String residentId, String productId, String purpose) {
        return JsonCodec.object().put("checkId", checkId).put("residentId", residentId).put("productId", productId)
                .put("purpose", purpose);
    }

    // ---- answers

    static Consent consent(JsonNode node, boolean replayed) {
        return new Consent(requiredText(node, "consentId"), requiredText(node, "residentId"),
                requiredText(node, "communityId"), requiredText(node, "bankId"), requiredText(node, "purpose"),
                requiredInstant(node, "expiresAt"), requiredBoolean(node, "signed"), requiredInstant(node, "grantedAt"),
                instant(node, "revokedAt"), requiredText(node, "txId"), requiredLong(node, "blockNumber"), replayed);
    }

    static LoanProduct loanProduct(JsonNode node, boolean replayed) {
        Map<String, LoanTerms> bands = new TreeMap<>();
        node.path("bands").properties().forEach(band -> bands.put(band.getKey(),
                new LoanTerms(requiredLong(band.getValue(), "maxAmountFen"),
                        requiredInt(band.getValue(), "rateDiscountBps"))));
        return new LoanProduct(requiredText(node, "bankId"), requiredText(node, "productId"),
                requiredText(node, "name"), requiredBoolean(node, "requireSignedConsent"),
                Collections.unmodifiableMap(bands), requiredInstant(node, "publishedAt"), requiredText(node, "txId"),
                optionalLong(node, "blockNumber"), replayed);
    }

    static LoanProduct publishedProduct(JsonNode node) {
        return loanProduct(node, false);
    }

    static CreditScore score(JsonNode node) {
        JsonNode range = node.path("range");
        JsonNode asOf = node.path("asOf");
        return new CreditScore(requiredText(node, "residentId"), requiredInt(node, "score"),
                requiredText(node, "band"), new ScoreRange(requiredInt(range, "min"), requiredInt(range, "max")),
                list(node.get("reasons"), reason -> new ScoreReason(requiredText(reason, "code"),
                        requiredText(reason, "text"))),
                requiredLong(node, "modelVersion"),
                new AsOf(requiredLong(asOf, "blockNumber"), requiredInstant(asOf, "time")));
    }

    static CreditCheck check(JsonNode node) {
        Long rateDiscountBps = optionalLong(node, "rateDiscountBps");
        return new CreditCheck(score(node), requiredText(node, "productId"), requiredText(node, "purpose"),
                requiredText(node, "consentId"), requiredBoolean(node, "eligible"), optionalLong(node, "maxAmountFen"),
                rateDiscountBps == null ? null : Math.toIntExact(rateDiscountBps), text(node, "checkId"),
                requiredText(node, "txId"), requiredLong(node, "blockNumber"));
    }

    static CreditCheckLogEntry logEntry(JsonNode node) {
        return new CreditCheckLogEntry(requiredText(node, "bankId"), requiredText(node, "productId"),
                requiredText(node, "purpose"), requiredInstant(node, "at"), requiredText(node, "txId"));
    }
}
