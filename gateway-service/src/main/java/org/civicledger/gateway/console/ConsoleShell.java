package org.civicledger.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a console page: the frame every page shares (language, navigation of the signed-in role, language switch,
 * sign-out) around the page's own fragment. Every text comes from {@link ConsoleMessages} and is HTML-escaped; the
 * page carries no inline script or style (the Content-Security-Policy forbids both): its behaviour is its module
 * under {@code /console/assets/pages/}. A fragment names texts as {@code {{key}}}.
 */
public final class ConsoleShell {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");
    private static final Map<String, String> FRAGMENTS = new ConcurrentHashMap<>();

    private ConsoleShell() {
    }

    /** Who the page is written for: nobody signed in ({@code session} null) on a public page or the sign-in page. */
    public record Viewer(ConsoleLanguage language, ConsoleSession session, String pathAndQuery) {
    }

    /** @return the page {@code page} for {@code viewer} */
    public static String page(ConsolePage page, Viewer viewer) {
        String body = "<h1 id=\"page-title\">" + text(viewer, page.key() + ".title") + "</h1>\n"
                + fill(fragment(page.key()), viewer.language());
        return frame(viewer, page.key(), text(viewer, page.key() + ".title"), body);
    }

    /**
     * @return the sign-in page, with {@code errorKey}'s text next to the token field and {@code noticeKey}'s above the
     *     form (a session that ended), each when not null (catalogue keys)
     */
    public static String signIn(Viewer viewer, String errorKey, String noticeKey) {
        String body = fill(fragment("signin"), viewer.language())
                .replace("<!--notice-->", noticeKey == null ? ""
                        : "<p class=\"status warn\" role=\"status\">" + text(viewer, noticeKey) + "</p>")
                .replace("<!--error-->", errorKey == null ? ""
                        : "<p class=\"field-error\" id=\"token-error\" role=\"alert\">" + text(viewer, errorKey)
                        + "</p>")
                .replace("data-invalid", errorKey == null ? "" : "aria-invalid=\"true\" aria-describedby=\"token-error\"");
        return frame(viewer, "signin", text(viewer, "common.signIn"), body);
    }

    /** @return the page that says the signed-in role may not open {@code path} (answered with 403) */
    public static String forbidden(Viewer viewer) {
        String body = "<h1 id=\"page-title\">" + text(viewer, "common.forbiddenTitle") + "</h1>\n<p>"
                + text(viewer, "common.forbiddenText") + "</p>";
        return frame(viewer, "forbidden", text(viewer, "common.forbiddenTitle"), body);
    }

    /** @return the page that says the signed-in role has no console pages (a merchant's) */
    public static String noPages(Viewer viewer) {
        String body = "<h1 id=\"page-title\">" + text(viewer, "common.noPagesTitle") + "</h1>\n<p>"
                + text(viewer, "common.noPagesText") + "</p>";
        return frame(viewer, "none", text(viewer, "common.noPagesTitle"), body);
    }

    private static String frame(Viewer viewer, String key, String title, String body) {
        ConsoleLanguage language = viewer.language();
        ConsoleSession session = viewer.session();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\" data-page=\"").append(key)
                .append('"');
        // a community-scoped caller's community, for pages that name it in an API path (the board's public report)
        if (session != null && session.caller().communityId() != null) {
            html.append(" data-community=\"").append(escape(session.caller().communityId())).append('"');
        }
        html.append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (session != null) {
            html.append("<meta name=\"csrf-token\" content=\"").append(escape(session.csrf())).append("\">\n");
            html.append("<meta name=\"console-role\" content=\"").append(session.caller().role().name())
                    .append("\">\n");
        }
        html.append("<title>").append(title).append(" · ").append(text(viewer, "common.product")).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/console/assets/console.css\">\n")
                .append("<script src=\"/console/assets/vendor/chart.umd.min.js\" defer></script>\n")
                .append("<script type=\"module\" src=\"/console/assets/").append(script(key))
                .append("\"></script>\n")
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">").append(text(viewer, "common.skip"))
                .append("</a>\n<header class=\"bar\">\n<span class=\"brand\">").append(text(viewer, "common.product"))
                .append("</span>\n");
        if (session != null) {
            html.append("<nav aria-label=\"").append(text(viewer, "common.navigation")).append("\"><ul>\n");
            for (ConsolePage p : ConsolePage.menu(session.caller().role())) {
                html.append("<li><a href=\"").append(p.path()).append('"')
                        .append(p.key().equals(key) ? " aria-current=\"page\"" : "").append('>')
                        .append(text(viewer, p.key() + ".title")).append("</a></li>\n");
            }
            html.append("</ul></nav>\n<span class=\"who\">")
                    .append(text(viewer, "common.role." + session.caller().role().name())).append(" · ")
                    .append(escape(session.caller().name())).append("</span>\n");
        }
        html.append(switcher(viewer));
        if (session != null) {
            html.append("<form class=\"signout\" method=\"post\" action=\"/console/signout\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(session.csrf()))
                    .append("\"><button type=\"submit\">").append(text(viewer, "common.signOut"))
                    .append("</button></form>\n");
        }
        html.append("</header>\n<main id=\"main\">\n").append(body).append("\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A page's own module; the sign-in, forbidden and no-pages pages share the frame's (sign-in only). */
    private static String script(String key) {
        return ConsolePage.of(key).isPresent() ? "pages/" + key + ".js" : "console.js";
    }

    /** The link to the other language: the same page, with {@code lang} set. */
    private static String switcher(Viewer viewer) {
        ConsoleLanguage other = viewer.language() == ConsoleLanguage.ZH_CN ? ConsoleLanguage.EN : ConsoleLanguage.ZH_CN;
        String path = viewer.pathAndQuery().replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String link = path + (path.contains("?") ? "&" : "?") + "lang=" + other.tag();
        return "<a class=\"language\" href=\"" + escape(link) + "\" lang=\"" + other.tag() + "\" hreflang=\""
                + other.tag() + "\">" + ConsoleMessages.text(other, "common.languageName") + "</a>\n";
    }

    private static String text(Viewer viewer, String key) {
        return escape(ConsoleMessages.text(viewer.language(), key));
    }

    /** Replaces every {@code {{key}}} of {@code html} by its escaped text. */
    static String fill(String html, ConsoleLanguage language) {
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape(ConsoleMessages.text(language, m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return the fragment {@code pages/<key>.html} next to this class */
    static String fragment(String key) {
        return FRAGMENTS.computeIfAbsent(key, k -> {
            try (InputStream in = ConsoleShell.class.getResourceAsStream("pages/" + k + ".html")) {
                if (in == null) {
                    throw new IllegalStateException("missing console fragment pages/" + k + ".html");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @return {@code text} safe in HTML text and in a double-quoted attribute */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
