package org.civicledger.gateway.console;

import java.util.Arrays;
import java.util.Optional;

/**
 * The console's languages: Simplified Chinese first (the default), English on request. The choice is the
 * {@code lang} query parameter when it names one (it is then remembered in the {@value #COOKIE} cookie), else that
 * cookie, else Chinese. The API calls of a page ask for the same language ({@code Accept-Language}).
 */
public enum ConsoleLanguage {
    ZH_CN("zh-CN"), EN("en");

    /** The cookie that remembers the choice. */
    public static final String COOKIE = "civic_lang";

    private final String tag;

    ConsoleLanguage(String tag) {
        this.tag = tag;
    }

    /** @return the BCP 47 tag: {@code lang} of the page, the catalogue's folder, {@code Accept-Language} */
    public String tag() {
        return tag;
    }

    /** @return the language of this tag, exactly as {@link #tag()} writes it */
    public static Optional<ConsoleLanguage> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    /** @return the language asked for ({@code query}), else remembered ({@code cookie}), else Chinese */
    public static ConsoleLanguage choose(String query, String cookie) {
        return of(query).or(() -> of(cookie)).orElse(ZH_CN);
    }
}
