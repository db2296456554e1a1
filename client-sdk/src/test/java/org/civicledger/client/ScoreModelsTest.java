package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.civicledger.api.credit.ScoreFactorRule;
import org.civicledger.api.credit.ScoreModel;
import org.civicledger.api.credit.ScoreModelEvaluation;
import org.civicledger.api.credit.ScoreModelRequest;
import org.civicledger.api.credit.ScoreModelStatus;
import org.junit.jupiter.api.Test;

/** Score models through the SDK, against the real gateway: read, propose, evaluate, approve (never made effective). */
class ScoreModelsTest extends GatewayTest {

    private ScoreModel active() {
        return bank.scoreModels().list().stream().filter(m -> m.status() == ScoreModelStatus.ACTIVE).findFirst()
                .orElseThrow();
    }

    private long next() {
        return merchant.scoreModels().list().stream().mapToLong(ScoreModel::version).max().orElseThrow() + 1;
    }

    /** The active model's weights and thresholds with new texts, effective in a day (later than this test). */
    private ScoreModelRequest proposal(long version) {
        ScoreModel base = active();
        ScoreModelRequest.Builder builder = ScoreModelRequest.builder().version(version)
                .effectiveAt(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS))
                .bandMinimums(base.bandMinimums().get("A"), base.bandMinimums().get("B"),
                        base.bandMinimums().get("C"));
        for (Map.Entry<String, ScoreFactorRule> factor : base.factors().entrySet()) {
            builder.factor(factor.getKey(), factor.getValue().maxPoints(), factor.getValue().target());
        }
        base.reasonTexts().forEach((code, text) -> builder.reasonText(code, "SDK: " + text.en(), text.zh()));
        return builder.build();
    }

    @Test
    void anyone_reads_version_1_with_its_rules_and_texts() {
        ScoreModel v1 = app.scoreModels().get(1);
        assertAll(
                () -> assertEquals(1, v1.version()),
                () -> assertEquals(400, v1.factors().get("CONTRIBUTION_VOLUME").maxPoints()),
                () -> assertEquals(750, v1.bandMinimums().get("A")),
                () -> assertNotNull(v1.reasonTexts().get("SHORT_TENURE").zh()),
                () -> assertNotNull(v1.effectiveAt()));
        assertThrows(NotFoundException.class, () -> bank.scoreModels().get(999_999));
    }

    @Test
    void a_client_without_a_token_reads_the_published_models_and_nothing_else() {
        CivicLedgerClient anyone = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl()).withoutToken()
                .timeout(Duration.ofSeconds(20)).build();
        assertEquals(1, anyone.scoreModels().get(1).version());
        assertTrue(anyone.scoreModels().list().stream().anyMatch(m -> m.status() == ScoreModelStatus.ACTIVE));
        assertThrows(UnauthenticatedException.class, () -> anyone.scoreModels().evaluate(1, "demo", null));
    }

    @Test
    void a_proposal_is_evaluated_and_approved_by_the_auditor() {
        long version = next();
        ScoreModel proposed = admin.scoreModels().propose(proposal(version));
        assertEquals(ScoreModelStatus.PROPOSED, proposed.status());
        assertEquals("demo", proposed.communityId());

        ScoreModelEvaluation evaluation = auditor.scoreModels().evaluate(version, "demo", null);
        assertEquals(version, evaluation.version());
        assertEquals(evaluation.before(), evaluation.after(), "same weights and thresholds: nobody moves");

        assertThrows(ForbiddenException.class, () -> admin.scoreModels().approve(version));
        ScoreModel approved = auditor.scoreModels().approveAsync(version).join();
        assertEquals(ScoreModelStatus.SCHEDULED, approved.status());
        assertEquals("AuditMSP", approved.approverMspId());
        assertTrue(bank.scoreModels().list().stream().anyMatch(m -> m.version() == version
                && m.status() == ScoreModelStatus.SCHEDULED));
    }

    @Test
    void a_version_out_of_turn_is_an_invalid_state() {
        assertThrows(InvalidStateException.class, () -> admin.scoreModels().propose(proposal(next() + 3)));
    }
}
