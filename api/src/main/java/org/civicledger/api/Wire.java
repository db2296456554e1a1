package org.civicledger.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The wire format of every type in this module, in one place: the mapper (instants as ISO-8601 UTC text,
 * absent values left out, unknown properties of a newer gateway ignored), and reading an answer into its type
 * with every required property checked.
 */
public final class Wire {
    /**
     * The name under which {@link #read(JsonNode, JavaType, boolean)} injects whether a write's answer is a replay
     * of an earlier request (HTTP 200 rather than 201); not a property on the wire.
     */
    public static final String REPLAYED = "civic.replayed";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("instants-as-text")
                    .addSerializer(Instant.class, new InstantText())
                    .addDeserializer(Instant.class, new TextInstant()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private Wire() {
    }

    /**
     * The mapper of the wire types; callers must not reconfigure it.
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A value as its JSON tree, as it travels.
     *
     * @param value a wire type
     * @return its JSON tree
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Reads a JSON answer into its type, after checking that every required property (and every required property
     * of the values it holds) is present.
     *
     * @param json     the answer
     * @param type     the type to read, for example a list of a wire type
     * @param replayed whether the answer was a replay (injected as {@link #REPLAYED})
     * @param <T>      the type
     * @return the value
     * @throws IllegalArgumentException naming the first property that is missing or malformed
     */
    public static <T> T read(JsonNode json, JavaType type, boolean replayed) {
        requireProperties(json, type, "");
        try {
            return MAPPER.readerFor(type)
                    .with(new InjectableValues.Std().addValue(REPLAYED, replayed))
                    .readValue(json);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed answer: " + e.getMessage(), e);
        }
    }

    /**
     * The type of a wire class.
     *
     * @param type a wire class
     * @return its Jackson type
     */
    public static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    /**
     * The type of a list of a wire class.
     *
     * @param item a wire class
     * @return the Jackson type of a list of it
     */
    public static JavaType listOf(Class<?> item) {
        return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, item);
    }

    private static void requireProperties(JsonNode json, JavaType type, String path) {
        if (json == null || json.isNull()) {
            return;
        }
        if (type.isCollectionLikeType() && json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                requireProperties(json.get(i), type.getContentType(), path + "[" + i + "]");
            }
            return;
        }
        if (!WireValue.class.isAssignableFrom(type.getRawClass()) || !json.isObject()) {
            return;
        }
        BeanDescription bean = MAPPER.getDeserializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            JsonNode value = json.get(property.getName());
            String where = path.isEmpty() ? property.getName() : path + "." + property.getName();
            if (property.isRequired() && (value == null || value.isNull())) {
                throw new IllegalArgumentException("the answer lacks " + where);
            }
            requireProperties(value, property.getPrimaryType(), where);
        }
    }

    private static final class InstantText extends StdScalarSerializer<Instant> {
        InstantText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.toString());
        }
    }

    private static final class TextInstant extends StdScalarDeserializer<Instant> {
        TextInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = json.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
