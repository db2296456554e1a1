package org.civicledger.gateway.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.json.JsonErrors;
import org.junit.jupiter.api.Test;

/**
 * The Chinese catalogue covers every detail the gateway's and the chaincode's code can write, keeps each message's
 * variable parts, and leaves a text it does not know in English.
 */
class DetailCatalogueTest {
    private static final Pattern HOLES = Pattern.compile("\\{\\d\\}");
    private final DetailCatalogue chinese = DetailCatalogue.chinese();

    @Test
    void everyMessageInTheSourcesHasAChineseEntry() {
        Set<String> messages = RefusalMessages.scan(Path.of("src/main/java"), Path.of("../chaincode/src/main/java"),
                Path.of("../api/src/main/java/org/civicledger/api/Checks.java"));
        List<String> missing = new ArrayList<>();
        for (String message : messages) {
            String sample = message.replace(RefusalMessages.HOLE, "v7");
            if (chinese.find(sample).isEmpty()) {
                missing.add(message.replace(RefusalMessages.HOLE, "{}"));
            }
        }
        System.out.printf("problem details: %d catalogue entries, %d messages found in the sources, %d without "
                + "an entry%n", chinese.entries().size(), messages.size(), missing.size());
        assertTrue(messages.size() > 120, "the scan finds the refusals: " + messages.size());
        assertEquals(List.of(), missing, "messages without a Chinese entry in " + DetailCatalogue.RESOURCE);
    }

    @Test
    void everyEntryKeepsItsVariablePartsAndIsChinese() {
        for (DetailCatalogue.Entry entry : chinese.entries()) {
            assertEquals(holes(entry.english()), holes(entry.chinese()), entry.english());
            assertTrue(entry.chinese().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "not Chinese: " + entry.chinese());
        }
    }

    @Test
    void variablePartsAreCarriedOverAndTheMostSpecificEntryWins() {
        assertEquals("该居民可用积分为 40，少于所需积分",
                chinese.translate("the resident has 40 points available, fewer than the points asked for"));
        assertEquals("points 必须在 1 到 1000000 之间", chinese.translate("points must be between 1 and 1000000"));
        assertEquals("externalRef 为必填项", chinese.translate("externalRef is required"));
        assertEquals("quantity 为必填项", chinese.translate("quantity is required"));
        assertEquals("未找到该居民", chinese.translate("resident not found"));
        assertEquals("请求体超过 1048576 字节的上限", chinese.translate("the body is larger than the limit of 1048576 bytes"));
    }

    @Test
    void aTextWithoutAnEntryStaysEnglish() {
        assertEquals("a message nobody wrote an entry for", chinese.translate("a message nobody wrote an entry for"));
        assertEquals(null, chinese.translate(null));
        assertFalse(chinese.find("").isPresent());
    }

    @Test
    void everyMalformedJsonDescriptionIsTranslated() {
        ObjectMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        for (String json : List.of("{\"a\":", "{\"a\":1,\"a\":2}", "{a:1}", "{} {}", "", "[1]", "{\"a\":1} x")) {
            String english;
            try {
                strict.readerFor(java.util.Map.class).with(com.fasterxml.jackson.databind.DeserializationFeature
                        .FAIL_ON_TRAILING_TOKENS).readValue(json);
                continue;
            } catch (JsonProcessingException e) {
                english = JsonErrors.describe(e);
            }
            assertTrue(chinese.find(english).isPresent(), "no Chinese for: " + english);
            assertFalse(chinese.translate(english).contains("JSON value"), english);
        }
    }

    @Test
    void everyCodeHasBothTitles() {
        for (ErrorCode code : ErrorCode.values()) {
            assertFalse(ProblemTexts.title(code, Language.EN).isBlank(), code.name());
            assertTrue(ProblemTexts.title(code, Language.ZH).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), code.name());
        }
        assertEquals("请求无效", ProblemTexts.title(ErrorCode.VALIDATION_FAILED, Language.ZH));
        assertEquals("积分不足", ProblemTexts.title(ErrorCode.INSUFFICIENT_POINTS, Language.ZH));
    }

    private static Set<String> holes(String text) {
        Set<String> holes = new TreeSet<>();
        Matcher m = HOLES.matcher(text);
        while (m.find()) {
            holes.add(m.group());
        }
        return holes;
    }
}
