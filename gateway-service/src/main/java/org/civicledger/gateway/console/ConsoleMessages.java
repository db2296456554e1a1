package org.civicledger.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's texts, from the same catalogues its pages' scripts load: {@code
 * META-INF/resources/console/assets/i18n/<language>/common.json} and one file per page ({@code <area>-<name>.json}),
 * each a flat JSON object of key to text, every key starting with its file's name ({@code common.signOut},
 * {@code community-residents.title}). {@code ConsoleCatalogueTest} holds both languages to the same keys.
 */
public final class ConsoleMessages {
    static final String ROOT = "META-INF/resources/console/assets/i18n/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<ConsoleLanguage, Map<String, String>> TEXTS = load();

    private ConsoleMessages() {
    }

    /**
     * @return the text of {@code key} in {@code language}
     * @throws IllegalArgumentException when no catalogue has the key (a defect: {@code ConsoleCatalogueTest})
     */
    public static String text(ConsoleLanguage language, String key) {
        String text = TEXTS.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no console text " + key + " in " + language.tag());
        }
        return text;
    }

    /** @return every key and text of {@code language}, sorted by key */
    public static Map<String, String> all(ConsoleLanguage language) {
        return TEXTS.get(language);
    }

    private static Map<ConsoleLanguage, Map<String, String>> load() {
        Map<ConsoleLanguage, Map<String, String>> texts = new EnumMap<>(ConsoleLanguage.class);
        for (ConsoleLanguage language : ConsoleLanguage.values()) {
            Map<String, String> all = new TreeMap<>();
            read(language, "common", all);
            for (ConsolePage page : ConsolePage.values()) {
                read(language, page.key(), all);
            }
            texts.put(language, java.util.Collections.unmodifiableMap(all));
        }
        return texts;
    }

    private static void read(ConsoleLanguage language, String name, Map<String, String> into) {
        String path = ROOT + language.tag() + "/" + name + ".json";
        try (InputStream in = ConsoleMessages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing console catalogue " + path);
            }
            JsonNode object = JSON.readTree(in);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                into.put(e.getKey(), e.getValue().asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable console catalogue " + path, e);
        }
    }
}
