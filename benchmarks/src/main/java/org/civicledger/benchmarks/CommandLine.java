package org.civicledger.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool's options, {@code --name value} or {@code --name=value}, a name may repeat; every name is checked
 * against the ones the mode takes, so a typo is refused rather than ignored.
 */
final class CommandLine {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    CommandLine(List<String> args, Set<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected an option --name, found '" + arg + "'");
            }
            String[] kv = arg.substring(2).split("=", 2);
            if (!known.contains(kv[0])) {
                throw new IllegalArgumentException("unknown option --" + kv[0] + "; this mode takes --"
                        + String.join(", --", new java.util.TreeSet<>(known)));
            }
            String value;
            if (kv.length == 2) {
                value = kv[1];
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + kv[0] + " needs a value");
            }
            values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(value);
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value; given at most once. */
    String get(String name, String fallback) {
        List<String> v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v.size() > 1) {
            throw new IllegalArgumentException("--" + name + " is given " + v.size() + " times; give it once");
        }
        return v.get(0);
    }

    String required(String name) {
        String v = get(name, null);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    /** Every value of a repeatable option, at least one. */
    List<String> all(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required (it may be given more than once)");
        }
        return List.copyOf(v);
    }

    int positive(String name, int fallback) {
        String v = get(name, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number above 0");
    }

    /** A duration such as {@code 20s}, {@code 500ms}, {@code 2m} or {@code 1h}; a bare number is seconds. */
    Duration duration(String name, String fallback) {
        String v = get(name, fallback);
        if (v == null) {
            return null;
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("--" + name + " must be a duration such as 20s, 500ms, 2m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
