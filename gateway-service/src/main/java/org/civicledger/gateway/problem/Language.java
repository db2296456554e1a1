package org.civicledger.gateway.problem;

import java.util.List;
import java.util.Locale;

/**
 * The languages a problem's {@code title} and {@code detail} are written in, and the one choice between them
 * from a request's {@code Accept-Language} (RFC 9110 12.5.4, q-values): the caller's most preferred language
 * that the gateway writes — Chinese for {@code zh} with any region or script, English for {@code en} or
 * {@code *} — and English when none is, or the header is absent or malformed. Ties keep the header's order.
 */
public enum Language {
    EN("en"), ZH("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** @return the {@code Content-Language} of an answer in this language */
    public String tag() {
        return tag;
    }

    /** @param acceptLanguage the request's {@code Accept-Language}, or null */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1024) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by q, stable for ties
        } catch (IllegalArgumentException e) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
            if (primary.equals("zh")) {
                return ZH;
            }
            if (primary.equals("en") || primary.equals("*")) {
                return EN;
            }
        }
        return EN;
    }
}
