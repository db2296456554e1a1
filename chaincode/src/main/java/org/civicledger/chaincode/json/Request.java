package org.civicledger.chaincode.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicledger.chaincode.error.LedgerException;

/**
 * Strict reader of a transaction's JSON argument: every field is checked for presence, type,
 * range and size, and unknown fields are refused, each with {@code VALIDATION_FAILED}.
 *
 * <p>Use: read every field, then call {@link #done()}.
 */
public final class Request {
    /** Identifiers chosen by clients: no separators used in ledger keys, no control characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    public static final int MAX_TEXT = 500;
    public static final int MAX_ARGUMENT_BYTES = 64 * 1024;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ObjectNode node;
    private final Set<String> read = new HashSet<>();

    private Request(ObjectNode node) {
        this.node = node;
    }

    /**
     * Parses a transaction argument that must be one JSON object.
     *
     * @throws LedgerException {@code VALIDATION_FAILED} when it is not
     */
    public static Request parse(String json) {
        if (json == null || json.isBlank()) {
            throw LedgerException.validation("request body is required");
        }
        if (json.length() > MAX_ARGUMENT_BYTES) {
            throw LedgerException.validation("request body exceeds " + MAX_ARGUMENT_BYTES + " characters");
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (IOException e) {
            throw LedgerException.validation("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw LedgerException.validation("request body must be a JSON object");
        }
        return new Request((ObjectNode) tree);
    }

    public String id(String field) {
        String value = text(field, 128);
        return checkId(field, value);
    }

    public String optionalId(String field) {
        String value = optionalText(field, 128);
        return value == null ? null : checkId(field, value);
    }

    public String text(String field, int maxLength) {
        String value = optionalText(field, maxLength);
        if (value == null) {
            throw LedgerException.validation(field + " is required");
        }
        return value;
    }

    public String optionalText(String field, int maxLength) {
        JsonNode value = take(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw LedgerException.validation(field + " must be a string");
        }
        String text = value.textValue();
        if (text.isBlank()) {
            throw LedgerException.validation(field + " must not be blank");
        }
        if (text.length() > maxLength) {
            throw LedgerException.validation(field + " must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw LedgerException.validation(field + " must not contain control characters");
            }
        }
        return text;
    }

    public String matching(String field, Pattern pattern, String rule) {
        String value = text(field, 1024);
        if (!pattern.matcher(value).matches()) {
            throw LedgerException.validation(field + " must be " + rule);
        }
        return value;
    }

    public String optionalMatching(String field, Pattern pattern, String rule) {
        String value = optionalText(field, 1024);
        if (value != null && !pattern.matcher(value).matches()) {
            throw LedgerException.validation(field + " must be " + rule);
        }
        return value;
    }

    /** A whole number in {@code [min, max]}; fractions, strings and values beyond {@code long} are refused. */
    public long integer(String field, long min, long max) {
        Long value = optionalInteger(field, min, max);
        if (value == null) {
            throw LedgerException.validation(field + " is required");
        }
        return value;
    }

    public Long optionalInteger(String field, long min, long max) {
        JsonNode value = take(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw LedgerException.validation(field + " must be a whole number");
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw LedgerException.validation(field + " must be between " + min + " and " + max);
        }
        return number.longValue();
    }

    public boolean bool(String field, boolean defaultValue) {
        JsonNode value = take(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw LedgerException.validation(field + " must be true or false");
        }
        return value.booleanValue();
    }

    /** An ISO-8601 UTC instant such as {@code 2026-11-24T08:00:00Z}. */
    public Instant instant(String field) {
        String value = text(field, 40);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw LedgerException.validation(field + " must be an ISO-8601 UTC instant like 2026-11-24T08:00:00Z");
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return enumOf(field, text(field, 64), type);
    }

    /**
     * @return the constant named {@code value}
     * @throws LedgerException {@code VALIDATION_FAILED} listing the allowed names otherwise
     */
    public static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw LedgerException.validation(field + " must be one of " + List.of(type.getEnumConstants()));
    }

    public Request object(String field) {
        Request nested = optionalObject(field);
        if (nested == null) {
            throw LedgerException.validation(field + " is required");
        }
        return nested;
    }

    public Request optionalObject(String field) {
        JsonNode value = take(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw LedgerException.validation(field + " must be an object");
        }
        return new Request((ObjectNode) value);
    }

    /** A list of identifiers, each checked like {@link #id(String)}. */
    public List<String> optionalIds(String field, int maxItems) {
        JsonNode value = take(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw LedgerException.validation(field + " must be an array of at most " + maxItems + " ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw LedgerException.validation(field + " must contain only strings");
            }
            ids.add(checkId(field, item.textValue()));
        }
        return ids;
    }

    /** @return the names of the fields present, for maps keyed by caller-chosen names */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Refuses any field that was not read.
     *
     * @throws LedgerException {@code VALIDATION_FAILED} naming the first unknown field
     */
    public void done() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw LedgerException.validation("unknown field: " + abbreviate(name));
            }
        }
    }

    private JsonNode take(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * @return {@code value}, when it is a valid client-chosen id
     * @throws LedgerException {@code VALIDATION_FAILED} otherwise
     */
    public static String checkId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw LedgerException.validation(field + " must be 1-128 characters of letters, digits, '.', '_', ':' or '-'");
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}
