package org.civicledger.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.ReasonCode;
import org.civicledger.api.credit.DeclineReason;
import org.civicledger.api.credit.OverrideReason;
import org.civicledger.api.disputes.ScoreCorrection;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.model.Factor;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.gateway.problem.Language;
import org.civicledger.gateway.problem.ProblemTexts;
import org.junit.jupiter.api.Test;

/**
 * Every code a person can be shown has a text in English and in Chinese: each {@link ErrorCode}'s title, each score
 * factor's reason, each {@link DeclineReason}, {@link OverrideReason} and {@link ScoreCorrection}. (Every English
 * problem detail having a Chinese line is {@code DetailCatalogueTest}'s.) A Chinese text must be Chinese, and an
 * English one must not be: a text pasted into the wrong language fails too.
 */
class ReasonTextCoverageTest {

    @Test
    void every_error_code_has_a_title_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            check(code.name(), () -> ProblemTexts.title(code, Language.EN), () -> ProblemTexts.title(code, Language.ZH),
                    missing);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_score_factor_reason_has_both_texts_in_the_default_model() {
        Map<String, ScoreModel.ReasonText> texts = ScoreModel.defaultTexts();
        List<String> missing = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>();
        for (Factor factor : Factor.values()) {
            codes.add(factor.reasonCode());
            ScoreModel.ReasonText text = texts.get(factor.reasonCode());
            check(factor.reasonCode(), () -> text == null ? null : text.en(), () -> text == null ? null : text.zh(),
                    missing);
        }
        assertEquals(List.of(), missing);
        assertEquals(codes, texts.keySet(), "the default texts are exactly the factors' reason codes");
    }

    @Test
    void every_decline_override_and_correction_code_has_both_texts() {
        List<String> missing = new ArrayList<>();
        Stream.of(DeclineReason.values(), OverrideReason.values(), ScoreCorrection.values()).flatMap(Stream::of)
                .forEach(code -> check(code.getClass().getSimpleName() + "." + code.code(), code::en, code::zh,
                        missing));
        assertEquals(List.of(), missing);
    }

    @Test
    void renders_a_fixed_code_in_the_language_asked_for() {
        ReasonCode code = DeclineReason.EXISTING_DEBT;
        assertEquals(code.en(), ReasonTexts.text(code, Language.EN));
        assertEquals(code.zh(), ReasonTexts.text(code, Language.ZH));
        assertEquals("{\"code\":\"EXISTING_DEBT\",\"text\":\"" + code.zh() + "\"}",
                ReasonTexts.reason(code, Language.ZH).toString());
    }

    @Test
    void reads_a_model_versions_own_texts_and_keeps_version_1s_for_codes_it_leaves_out() throws Exception {
        Map<String, ScoreModel.ReasonText> texts = ReasonTexts.textsOf(Json.mapper().readTree(
                "{\"version\":2,\"status\":\"ACTIVE\",\"reasonTexts\":{\"SHORT_TENURE\":"
                        + "{\"en\":\"New here.\",\"zh\":\"刚加入不久。\"}}}"));
        assertEquals(new ScoreModel.ReasonText("New here.", "刚加入不久。"), texts.get("SHORT_TENURE"));
        assertEquals(ScoreModel.defaultTexts().get("LOW_CONTRIBUTION"), texts.get("LOW_CONTRIBUTION"));
        assertEquals(ScoreModel.defaultTexts().keySet(), texts.keySet());
    }

    @Test
    void codes_are_unique_within_each_vocabulary() {
        for (ReasonCode[] vocabulary : List.of(DeclineReason.values(), OverrideReason.values(),
                ScoreCorrection.values())) {
            assertEquals(vocabulary.length, Stream.of(vocabulary).map(ReasonCode::code).distinct().count());
        }
        assertEquals(Factor.values().length, Stream.of(Factor.values()).map(Factor::reasonCode).distinct().count());
    }

    private static void check(String what, java.util.function.Supplier<String> en,
                              java.util.function.Supplier<String> zh, List<String> missing) {
        String english = en.get();
        String chinese = zh.get();
        if (english == null || english.isBlank() || hasHan(english)) {
            missing.add(what + " (en)");
        }
        if (chinese == null || chinese.isBlank() || !hasHan(chinese)) {
            missing.add(what + " (zh)");
        }
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void the_han_check_tells_the_languages_apart() {
        assertTrue(hasHan("积分"));
        assertTrue(!hasHan("points"));
    }
}
