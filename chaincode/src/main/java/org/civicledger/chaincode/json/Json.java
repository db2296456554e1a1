package org.civicledger.chaincode.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON mapper for everything written to the ledger or returned by a transaction.
 *
 * <p>Keys are sorted (record properties and map entries), absent values are omitted and there
 * is no floating point anywhere in the model, so every endorsing peer produces the same bytes.
 * Map entries are sorted by the key as written, also for a property whose map is keyed by an enum
 * (by the constants' names, not their declaration order): reordering an enum's constants must not
 * change a record's bytes.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new SimpleModule("enum-keys-by-name").setSerializerModifier(new EnumKeysByName()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** @return the shared mapper; callers must not reconfigure it */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** Writes a map whose key type is an enum as a map keyed by the constants' names, in name order. */
    private static final class EnumKeysByName extends BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type,
                                                     BeanDescription description, JsonSerializer<?> serializer) {
            if (!type.getKeyType().isEnumType()) {
                return serializer;
            }
            // String keys: the converted map is not converted again
            return new StdDelegatingSerializer(new StdConverter<Map<Enum<?>, Object>, TreeMap<String, Object>>() {
                @Override
                public TreeMap<String, Object> convert(Map<Enum<?>, Object> map) {
                    TreeMap<String, Object> byName = new TreeMap<>();
                    map.forEach((key, value) -> byName.put(key.name(), value));
                    return byName;
                }
            });
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt ledger record of type " + type.getSimpleName(), e);
        }
    }
}
