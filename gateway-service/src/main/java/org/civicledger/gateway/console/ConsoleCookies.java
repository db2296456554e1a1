package org.civicledger.gateway.console;

import java.net.URI;
import java.util.Set;

/** The console's cookies, and the same-origin rule for its forms: one place for their attributes. */
public final class ConsoleCookies {
    /** The session cookie: the session's id, nothing else. */
    public static final String SESSION = "civic_console";
    /** The header a page's write sends the session's CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    private ConsoleCookies() {
    }

    /** @return the {@code Set-Cookie} value of a new session: for the whole gateway, never readable by script */
    static String session(String id, boolean secure) {
        return SESSION + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** @return the {@code Set-Cookie} value that removes the session cookie */
    static String ended(boolean secure) {
        return SESSION + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** @return the {@code Set-Cookie} value that remembers the language for a year */
    static String language(ConsoleLanguage language, boolean secure) {
        return ConsoleLanguage.COOKIE + "=" + language.tag() + "; Path=/console; Max-Age=31536000; HttpOnly;"
                + " SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /**
     * Whether a form post comes from the console's own pages. A browser that sends {@code Sec-Fetch-Site} (every
     * current one) is believed: {@code same-origin}, or {@code none} (typed by the user). One that does not is judged
     * by its {@code Origin}: this gateway's own (same host and port as {@code Host}), or none at all.
     */
    static boolean sameOrigin(String origin, String fetchSite, String host) {
        if (fetchSite != null) {
            return SAME_SITE_FETCH.contains(fetchSite);
        }
        if (origin == null) {
            return true;
        }
        try {
            URI parsed = URI.create(origin);
            return host != null && parsed.getRawAuthority() != null && parsed.getRawAuthority().equalsIgnoreCase(host)
                    && parsed.getRawPath().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
