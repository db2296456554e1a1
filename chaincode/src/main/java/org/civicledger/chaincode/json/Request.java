package org.civicledger.chaincode.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.error.LedgerException;

/**
 * Strict reader of a transaction's JSON argument: every field is checked for presence, type,
 * range and size, and unknown fields are refused, each with {@code VALIDATION_FAILED}.
 *
 * <p>Use: read every field, then call {@link #done()}.
 */
public final class Request {
    /** Identifiers chosen by clients: no separators used in ledger keys, no control characters. */
    public static final Pattern ID =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (Limits.MAX_ID_LENGTH - 1) + "}");
    public static final int MAX_TEXT = Limits.MAX_TEXT_LENGTH;
    public static final int MAX_ARGUMENT_BYTES = 64 * 1024;
    /**
     * The instants a request may hold: four-digit years from the Unix epoch on, so every stored
     * instant reads back as the same ISO-8601 text and no time arithmetic on it can overflow.
     */
    public static final Instant INSTANT_MIN = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant INSTANT_MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String INSTANT_RULE = "an ISO-8601 UTC instant like 2026-11-24T08:00:00Z, from "
            + "1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ObjectNode node;
    /** Where this object is in the request ("" for the top level, else "bands.A"): fields named by us only. */
    private final String path;
    /** The fields read, in order: what {@link #done()} says is accepted. */
    private final Set<String> read = new LinkedHashSet<>();

    private Request(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
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
        } catch (JsonProcessingException e) {
            throw LedgerException.validation(JsonErrors.describe(e));
        }
        if (tree == null || !tree.isObject()) {
            throw LedgerException.validation("request body must be a JSON object");
        }
        return new Request((ObjectNode) tree, "");
    }

    public String id(String field) {
        String value = text(field, Limits.MAX_ID_LENGTH);
        return checkId(field, value);
    }

    public String optionalId(String field) {
        String value = optionalText(field, Limits.MAX_ID_LENGTH);
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
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw LedgerException.validation(field + " must not contain control characters");
            }
            // a lone surrogate would be stored as '?' while the transaction's arguments keep it
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw LedgerException.validation(field + " must be valid Unicode text: it holds an unpaired surrogate");
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

    /** @return the field's value, or null when it is absent (or null) */
    public Boolean optionalBool(String field) {
        JsonNode value = take(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw LedgerException.validation(field + " must be true or false");
        }
        return value.booleanValue();
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

    /** An ISO-8601 UTC instant such as {@code 2026-11-24T08:00:00Z}, within [{@link #INSTANT_MIN}, {@link #INSTANT_MAX}]. */
    public Instant instant(String field) {
        return instantOf(field, text(field, 40));
    }

    /**
     * @return {@code text} as an instant within [{@link #INSTANT_MIN}, {@link #INSTANT_MAX}]
     * @throws LedgerException {@code VALIDATION_FAILED} naming {@code field} and the rule otherwise
     */
    public static Instant instantOf(String field, String text) {
        Instant value;
        try {
            value = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw LedgerException.validation(field + " must be " + INSTANT_RULE);
        }
        if (value.isBefore(INSTANT_MIN) || value.isAfter(INSTANT_MAX)) {
            throw LedgerException.validation(field + " must be " + INSTANT_RULE);
        }
        return value;
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
        return new Request((ObjectNode) value, path.isEmpty() ? field : path + "." + field);
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
     * @throws LedgerException {@code VALIDATION_FAILED} giving the first unknown field's position
     *     and the accepted names (never the unknown name: it is the caller's input)
     */
    public void done() {
        Iterator<String> names = node.fieldNames();
        for (int position = 1; names.hasNext(); position++) {
            if (!read.contains(names.next())) {
                throw LedgerException.validation("unknown field (field " + position + " of "
                        + (path.isEmpty() ? "the request" : path) + "); the fields are " + String.join(", ", read));
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
            throw LedgerException.validation(field + " must be 1-" + Limits.MAX_ID_LENGTH
                    + " characters of letters, digits, '.', '_', ':' or '-'");
        }
        return value;
    }
}
