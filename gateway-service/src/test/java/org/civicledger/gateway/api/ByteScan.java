package org.civicledger.gateway.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds which files under a folder contain a string's UTF-8 bytes (binary files included). */
final class ByteScan {
    private ByteScan() {
    }

    /** @return the regular files under {@code root} (or {@code root} itself) that contain {@code text} */
    static List<Path> filesContaining(Path root, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(read(file), needle)) {
                    hits.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root, e);
        }
        return hits;
    }

    /**
     * Reads each file under the roots once and looks for every text in it.
     *
     * @return for each text, the files that contain its UTF-8 bytes (texts found nowhere map to an empty list)
     */
    static Map<String, List<Path>> filesContainingEach(List<Path> roots, List<String> texts) {
        Map<String, List<Path>> hits = new LinkedHashMap<>();
        texts.forEach(text -> hits.put(text, new ArrayList<>()));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    byte[] haystack = read(file);
                    for (String text : texts) {
                        if (contains(haystack, text.getBytes(StandardCharsets.UTF_8))) {
                            hits.get(text).add(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot scan " + root, e);
            }
        }
        return hits;
    }

    /** @return the number of regular files under {@code root} */
    static long fileCount(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException gone) {
            return new byte[0]; // a RocksDB file compacted away while scanning
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
