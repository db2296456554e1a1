package org.civicledger.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Builds the API's relative paths: one encoded path segment, and optional query parameters. */
final class ApiPath {
    static final String V1 = "api/v1/";

    private ApiPath() {
    }

    /** One path segment, percent-encoded, so an id can never reach another resource. */
    static String segment(String value, String name) {
        Objects.requireNonNull(value, name);
        return encode(value);
    }

    /** {@code path?name=value&…}, leaving out parameters whose value is {@code null}. */
    static String query(String path, Object... namesAndValues) {
        StringBuilder out = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                out.append(separator).append(namesAndValues[i]).append('=').append(encode(value.toString()));
                separator = '&';
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
