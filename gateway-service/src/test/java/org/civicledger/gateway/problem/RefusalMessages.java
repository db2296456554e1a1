package org.civicledger.gateway.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every detail text the gateway's and the chaincode's code can put in a problem, read from their sources: the
 * message argument of each refusal ({@code ApiException}, {@code LedgerException}, {@code LedgerRefusal},
 * {@code Problems.of/response}, the Vert.x refusals, the api module's {@code Checks}; not the
 * {@code IllegalStateException}s of defects, answered 500 with a correlation id only), each alternative of a
 * conditional, constants resolved, and every other part (a number, a field name) a hole written {@link #HOLE}.
 * A message that is a variable only (a detail handed on) is not a text of its own and is left out; the texts it
 * stands for are found where they are written (a rule handed to {@code Request.matching}, a refusal enum's
 * {@code case X -> "..."}).
 */
final class RefusalMessages {
    static final String HOLE = "\u0000";
    private static final Pattern CALL = Pattern.compile(
            "(?:ApiException\\.(?:invalid|forbidden|notFound)\\("
                    + "|new ApiException\\(\\s*ErrorCode\\.\\w+,"
                    + "|LedgerException\\.(?:validation|forbidden|notFound|conflict|invalidState)\\("
                    + "|new LedgerException\\(\\s*ErrorCode\\.\\w+,"
                    + "|new LedgerRefusal\\(\\s*ErrorCode\\.(?!INTERNAL)\\w+,"
                    + "|Problems\\.(?:of|response)\\(\\s*ErrorCode\\.\\w+,(?:\\s*(?:\\d+|status),)?"
                    + "|refuse\\(rc,\\s*\\d+,"
                    + "|new IllegalStateException\\("
                    + "|String detail =)\\s*");
    private static final Pattern RULE_ARGUMENT = Pattern.compile("\\.(?:optionalM|m)atching\\(\"(\\w+)\",\\s*[\\w.]+,\\s*");
    private static final Pattern CASE_TEXT = Pattern.compile("case \\w+ -> (\"(?:[^\"\\\\]|\\\\.)*\");");
    private static final Pattern CONSTANT = Pattern.compile("(?:\\w+\\.)?([A-Z][A-Z0-9_]+)");

    private final Map<String, String> constants = new HashMap<>();
    private final Set<String> rules = new LinkedHashSet<>();
    private final Set<String> messages = new LinkedHashSet<>();

    /** @return the message templates found under {@code roots} (gateway-service's working directory is the module) */
    static Set<String> scan(Path... roots) {
        RefusalMessages found = new RefusalMessages();
        List<String> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        sources.forEach(found::collectConstants);
        sources.forEach(found::collectRules);
        sources.forEach(found::collectMessages);
        return found.messages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectConstants(String source) {
        Matcher m = Pattern.compile("static final String ([A-Z][A-Z0-9_]+)\\s*=\\s*").matcher(source);
        while (m.find()) {
            constants.put(m.group(1), source.substring(m.end(), end(source, m.end())));
        }
    }

    private void collectRules(String source) {
        Matcher m = RULE_ARGUMENT.matcher(source);
        while (m.find()) {
            rules.addAll(alternatives(source.substring(m.end(), end(source, m.end()))));
        }
    }

    private void collectMessages(String source) {
        Matcher m = CALL.matcher(source);
        while (m.find()) {
            if (m.group().startsWith("new IllegalStateException") && !source.contains("public final class Checks")) {
                continue; // elsewhere a defect: 500 INTERNAL with a correlation id, its message never sent
            }
            for (String message : alternatives(source.substring(m.end(), end(source, m.end())))) {
                if (message.replace(HOLE, "").isBlank()) {
                    continue; // a variable only: a detail handed on
                }
                if (message.equals(HOLE + " must be " + HOLE)) {
                    rules.forEach(rule -> messages.add(HOLE + " must be " + rule));
                    continue; // "<field> must be <rule>": one message per rule handed to Request.matching
                }
                messages.add(message);
            }
        }
        Matcher cases = CASE_TEXT.matcher(source);
        while (cases.find() && source.contains("LedgerException")) {
            messages.addAll(alternatives(cases.group(1)));
        }
    }

    /** The end of the expression starting at {@code from}: the first top-level ',', ')' or ';'. */
    private static int end(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(source, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    return i;
                }
            } else if ((c == ',' || c == ';') && depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated expression");
    }

    private static int skipQuoted(String source, int open) {
        char quote = source.charAt(open);
        for (int i = open + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated literal");
    }

    /** The texts an expression can give: literals kept, a conditional's two branches, anything else a hole. */
    List<String> alternatives(String expression) {
        String e = expression.strip();
        int question = topLevel(e, '?');
        if (question >= 0) {
            int colon = topLevel(e.substring(question + 1), ':') + question + 1;
            List<String> both = new ArrayList<>(alternatives(e.substring(question + 1, colon)));
            both.addAll(alternatives(e.substring(colon + 1)));
            return both;
        }
        List<String> texts = List.of("");
        for (String part : splitTopLevel(e, '+')) {
            List<String> pieces = piece(part.strip());
            List<String> next = new ArrayList<>();
            for (String text : texts) {
                for (String p : pieces) {
                    next.add(text + p);
                }
            }
            texts = next;
        }
        return texts;
    }

    private List<String> piece(String part) {
        if (part.startsWith("\"") && part.endsWith("\"") && part.length() >= 2) {
            return List.of(part.substring(1, part.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (part.startsWith("(") && end(part, 1) == part.length() - 1) {
            return alternatives(part.substring(1, part.length() - 1));
        }
        Matcher constant = CONSTANT.matcher(part);
        if (constant.matches() && constants.containsKey(constant.group(1))
                && constants.get(constant.group(1)).contains("\"")) {
            return alternatives(constants.get(constant.group(1)));
        }
        return List.of(HOLE);
    }

    private static int topLevel(String e, char wanted) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(e, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == wanted && depth == 0 && !(wanted == ':' && i > 0 && e.charAt(i - 1) == ':')
                    && !(wanted == ':' && i + 1 < e.length() && e.charAt(i + 1) == ':')) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String e, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = topLevel(e.substring(from), separator)) >= 0) {
            parts.add(e.substring(from, from + at));
            from += at + 1;
        }
        parts.add(e.substring(from));
        return parts;
    }
}
