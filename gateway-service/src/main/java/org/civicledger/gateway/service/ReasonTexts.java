package org.civicledger.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.civicledger.api.ReasonCode;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.Language;

/**
 * The gateway's one place that turns reason codes into text for people. The ledger stores codes only; an answer
 * carries each reason as {@code {code, text}} with the text in the language the request negotiated
 * ({@link Language#negotiate}: {@code Accept-Language}, English by default), and says which with
 * {@code Content-Language} and {@code Vary: Accept-Language} ({@link #answer}).
 *
 * <ul>
 *   <li>A fixed vocabulary ({@code DeclineReason}, {@code OverrideReason}, {@code ScoreCorrection}): the enum's own
 *       texts, {@link #text(ReasonCode, Language)}.</li>
 *   <li>A score's reasons: the texts of the score model version that computed the score (a model's reason texts
 *       are part of its definition), {@link #scoreReason(long, String, Language)}. A version's texts are read once
 *       with {@code Credit:getScoreModel} and kept: an approved model never changes. Before that function exists
 *       every version reads as version 1's texts ({@link ScoreModel#defaultTexts()}).</li>
 * </ul>
 *
 * <pre>{@code
 * Language language = ReasonTexts.language(headers);
 * return ReasonTexts.answer(reasonTexts.explained(CreditViews.check(body), language), language);
 * }</pre>
 */
@Singleton
public class ReasonTexts {
    static final String GET_MODEL = "Credit:getScoreModel";
    private static final String VARY = "Accept-Language";

    private final LedgerCalls ledger;
    private final CurrentCaller caller;
    private final ConcurrentMap<Long, Map<String, ScoreModel.ReasonText>> byVersion = new ConcurrentHashMap<>();

    @Inject
    public ReasonTexts(LedgerCalls ledger, CurrentCaller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    /** @return the language a request negotiated with its {@code Accept-Language} (English when absent) */
    public static Language language(HttpHeaders headers) {
        return Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** @return {@code code}'s text in {@code language} */
    public static String text(ReasonCode code, Language language) {
        return language == Language.ZH ? code.zh() : code.en();
    }

    /** @return {@code {code, text}}, the wire shape of every reason */
    public static ObjectNode reason(ReasonCode code, Language language) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("code", code.code());
        out.put("text", text(code, language));
        return out;
    }

    /**
     * The text of a score's reason as the model version that computed the score defines it. Reads the ledger
     * (as the current request's caller) the first time a version is asked for.
     *
     * @return the text, or the code itself for a code that version does not define
     */
    public String scoreReason(long modelVersion, String code, Language language) {
        ScoreModel.ReasonText text = texts(modelVersion).get(code);
        if (text == null) {
            return code;
        }
        return language == Language.ZH ? text.zh() : text.en();
    }

    /**
     * Writes the text of each of {@code score.reasons[]} in {@code language}, from the model version
     * {@code score.modelVersion} (a reason stored with an English text, before the ledger kept codes only, gets the
     * text anew).
     *
     * @param score an explained score: a resident's credit view, a check, or a query-log entry's {@code score}
     * @return {@code score}, changed in place
     */
    public JsonNode explained(JsonNode score, Language language) {
        long version = score.path("modelVersion").asLong(1);
        for (JsonNode reason : score.path("reasons")) {
            if (reason instanceof ObjectNode r) {
                r.put("text", scoreReason(version, r.path("code").asText(), language));
            }
        }
        return score;
    }

    /**
     * @param entity the answer, its texts written in {@code language}
     * @return 200 with {@code entity}, {@code Content-Language} and {@code Vary: Accept-Language}
     */
    public static Response answer(Object entity, Language language) {
        return localized(Response.ok(entity), language).build();
    }

    /** @return {@code response} with {@code Content-Language} and {@code Vary: Accept-Language} */
    public static Response.ResponseBuilder localized(Response.ResponseBuilder response, Language language) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, VARY);
    }

    private Map<String, ScoreModel.ReasonText> texts(long version) {
        Map<String, ScoreModel.ReasonText> known = byVersion.get(version);
        if (known != null) {
            return known;
        }
        if (!Permissions.functions().contains(GET_MODEL)) {
            return ScoreModel.defaultTexts();
        }
        JsonNode model = ledger.evaluate(caller.get(), GET_MODEL, Long.toString(version));
        Map<String, ScoreModel.ReasonText> texts = textsOf(model);
        if (!"PROPOSED".equals(model.path("status").asText())) {
            byVersion.put(version, texts); // an approved model never changes (SCHEDULED, ACTIVE, PAST)
        }
        return texts;
    }

    /** A model answer's {@code reasonTexts: {CODE: {en, zh}}}; a code it leaves out keeps version 1's texts. */
    static Map<String, ScoreModel.ReasonText> textsOf(JsonNode model) {
        Map<String, ScoreModel.ReasonText> texts = new TreeMap<>(ScoreModel.defaultTexts());
        model.path("reasonTexts").fields().forEachRemaining(e -> texts.put(e.getKey(),
                new ScoreModel.ReasonText(e.getValue().path("en").asText(), e.getValue().path("zh").asText())));
        return Map.copyOf(texts);
    }
}
