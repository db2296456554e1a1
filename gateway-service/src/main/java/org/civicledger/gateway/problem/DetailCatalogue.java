package org.civicledger.gateway.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese of the English {@code detail} texts: {@code problem-details_zh.txt} beside this class, one entry a
 * line, {@code English pattern => Chinese template}, where {@code {0}}, {@code {1}}… stand for a message's
 * variable parts (numbers, field names, states: never the caller's input, which no detail repeats) and are
 * carried over unchanged. When several patterns match a detail, the one with the most fixed text wins (so
 * {@code externalRef is required} can say more than {@code {0} is required}). A detail no pattern matches
 * stays English: it is never dropped.
 */
public final class DetailCatalogue {
    static final String RESOURCE = "problem-details_zh.txt";
    private static final String SEPARATOR = " => ";
    private static final Pattern HOLE = Pattern.compile("\\{(\\d)\\}");
    private static final DetailCatalogue CHINESE = load();

    /** One line of the catalogue: its English pattern, compiled, and its Chinese template. */
    record Entry(String english, String chinese, Pattern pattern, int fixedLength) {
        static Entry of(String english, String chinese) {
            StringBuilder regex = new StringBuilder();
            Matcher hole = HOLE.matcher(english);
            int at = 0;
            int fixed = 0;
            while (hole.find()) {
                regex.append(Pattern.quote(english.substring(at, hole.start()))).append("(?<v").append(hole.group(1))
                        .append(">.+?)");
                fixed += hole.start() - at;
                at = hole.end();
            }
            regex.append(Pattern.quote(english.substring(at)));
            fixed += english.length() - at;
            return new Entry(english, chinese, Pattern.compile(regex.toString(), Pattern.DOTALL), fixed);
        }

        String fill(Matcher match) {
            return HOLE.matcher(chinese).replaceAll(hole -> Matcher.quoteReplacement(match.group("v" + hole.group(1))));
        }
    }

    private final List<Entry> entries;

    DetailCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return the Chinese catalogue of this gateway */
    public static DetailCatalogue chinese() {
        return CHINESE;
    }

    /** @return the Chinese of {@code english}, or {@code english} itself when the catalogue has no entry for it */
    public String translate(String english) {
        return english == null ? null : find(english).orElse(english);
    }

    /** @return the Chinese of {@code english}, if an entry matches it */
    public Optional<String> find(String english) {
        Entry best = null;
        Matcher bestMatch = null;
        for (Entry entry : entries) {
            Matcher match = entry.pattern().matcher(english);
            if (match.matches() && (best == null || entry.fixedLength() > best.fixedLength())) {
                best = entry;
                bestMatch = match;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.fill(bestMatch));
    }

    List<Entry> entries() {
        return entries;
    }

    static DetailCatalogue load() {
        try (InputStream in = DetailCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new DetailCatalogue(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(BufferedReader lines) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int split = line.indexOf(SEPARATOR);
            if (split <= 0 || line.indexOf(SEPARATOR, split + 1) >= 0) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": not 'English => Chinese'");
            }
            entries.add(Entry.of(line.substring(0, split).strip(), line.substring(split + SEPARATOR.length()).strip()));
        }
        return entries;
    }
}
