package org.civicledger.gateway.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accept-Language (RFC 9110, q-values) chooses Chinese when the caller prefers it to English, English otherwise. */
class LanguageTest {
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "ZH-cn", "zh-Hans-CN;q=0.9, en;q=0.8", "zh-TW", "zh-Hant", "en;q=0.5, zh",
        "fr, zh;q=0.5", "fr;q=1, zh-Hans;q=0.2, en;q=0.1", "de, zh-CN;q=0.9, *;q=0.1", "zh;q=0.8, *;q=0.1"})
    void chinese(String header) {
        assertEquals(Language.ZH, Language.negotiate(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en;q=0.9, zh;q=0.8", "*", "fr", "", " ", "zh;q=0, en", "zh;q=0",
        "en, zh", "*, zh;q=0.5", "zh;q=x", ";;;", "zh-CN;q=1.5", "\u4e2d\u6587", "en-GB, zh-CN"})
    void english(String header) {
        assertEquals(Language.EN, Language.negotiate(header), header);
    }

    @org.junit.jupiter.api.Test
    void absentOrHugeHeadersAreEnglish() {
        assertEquals(Language.EN, Language.negotiate(null));
        assertEquals(Language.EN, Language.negotiate("zh," + "x,".repeat(1000)));
        assertEquals("zh-CN", Language.ZH.tag());
        assertEquals("en", Language.EN.tag());
    }
}
