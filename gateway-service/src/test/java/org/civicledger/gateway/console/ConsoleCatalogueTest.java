package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's texts: every page has its fragment, its module and its catalogue in both languages; both languages
 * have exactly the same keys, each in the file its prefix names; every {@code {{key}}} of a fragment and every literal
 * {@code t('key')} of a script exists; the Chinese differs from the English (nothing left untranslated but names).
 */
class ConsoleCatalogueTest {
    private static final Path ASSETS = Path.of("src/main/resources/META-INF/resources/console/assets");
    private static final Path FRAGMENTS = Path.of("src/main/resources/org/civicledger/gateway/console/pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Texts that are the same in both languages on purpose. */
    private static final Set<String> SAME = Set.of();

    @Test
    void everyPageHasItsFragmentModuleAndCataloguesInBothLanguages() {
        for (ConsolePage page : ConsolePage.values()) {
            assertTrue(Files.isRegularFile(FRAGMENTS.resolve(page.key() + ".html")), page.key());
            assertTrue(Files.isRegularFile(ASSETS.resolve("pages/" + page.key() + ".js")), page.key());
            for (ConsoleLanguage language : ConsoleLanguage.values()) {
                assertTrue(Files.isRegularFile(ASSETS.resolve("i18n/" + language.tag() + "/" + page.key() + ".json")));
                ConsoleMessages.text(language, page.key() + ".title");
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysEachInTheFileItsPrefixNames() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(ASSETS.resolve("i18n/en"))) {
            for (Path en : files.sorted().toList()) {
                String name = en.getFileName().toString().replace(".json", "");
                Path zh = ASSETS.resolve("i18n/zh-CN/" + en.getFileName());
                Set<String> enKeys = keys(en);
                Set<String> zhKeys = keys(zh);
                if (!enKeys.equals(zhKeys)) {
                    Set<String> onlyEn = new TreeSet<>(enKeys);
                    onlyEn.removeAll(zhKeys);
                    Set<String> onlyZh = new TreeSet<>(zhKeys);
                    onlyZh.removeAll(enKeys);
                    problems.add(name + ": only in en " + onlyEn + ", only in zh-CN " + onlyZh);
                }
                enKeys.stream().filter(k -> !k.startsWith(name + ".")).forEach(k -> problems.add(k + " in " + name));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void chineseTextsAreChinese() {
        List<String> untranslated = new ArrayList<>();
        ConsoleMessages.all(ConsoleLanguage.ZH_CN).forEach((key, zh) -> {
            String en = ConsoleMessages.text(ConsoleLanguage.EN, key);
            if (!SAME.contains(key) && en.chars().anyMatch(Character::isLetter) && !zh.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !key.equals("common.languageName")) {
                untranslated.add(key + " = " + zh);
            }
        });
        assertEquals(List.of(), untranslated, "Chinese texts without a Chinese character");
    }

    @Test
    void everyTextAFragmentOrScriptNamesExists() throws IOException {
        Set<String> known = ConsoleMessages.all(ConsoleLanguage.EN).keySet();
        List<String> missing = new ArrayList<>();
        scan(FRAGMENTS, ".html", Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}"), known, missing);
        scan(ASSETS, ".js", Pattern.compile("\\bt\\(\\s*'([a-z-]+\\.[A-Za-z0-9_.-]+)'"), known, missing);
        assertEquals(List.of(), missing);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> known, List<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains("vendor"))
                    .toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        JsonNode object = JSON.readTree(file.toFile());
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
