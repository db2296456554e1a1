package org.civicledger.gateway.api.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicledger.api.Wire;
import org.civicledger.api.WirePattern;
import org.civicledger.api.WireValue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the OpenAPI component schema of every wire type from the type itself: the resources refer to
 * {@code org.civicledger.api} classes ({@code @Schema(implementation = Award.class)}), and this filter replaces
 * whatever the scanner made of them with what Jackson reads and writes — each property's name, type, required
 * flag and description ({@code @JsonProperty}, {@code @JsonPropertyDescription}), a string's pattern
 * ({@code @WirePattern}), the type's description
 * ({@code @JsonClassDescription}), enumerations with their constants. So the document cannot say other than the
 * SDK does.
 */
public final class WireSchemas implements OASFilter {
    /** The packages of the wire types; a component schema named like a class of one of them is that class. */
    private static final List<String> PACKAGES = List.of("org.civicledger.api", "org.civicledger.api.community",
            "org.civicledger.api.points", "org.civicledger.api.credit", "org.civicledger.api.disputes",
            "org.civicledger.api.audit", "org.civicledger.api.events", "org.civicledger.api.reports");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (String name : new ArrayList<>(openAPI.getComponents().getSchemas().keySet())) {
            wireType(name).ifPresent(type -> define(openAPI, type));
        }
    }

    /** The wire class a component schema's name stands for, if any. */
    static Optional<Class<?>> wireType(String name) {
        for (String pkg : PACKAGES) {
            try {
                Class<?> type = Class.forName(pkg + "." + name, false, WireSchemas.class.getClassLoader());
                if (WireValue.class.isAssignableFrom(type)) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return Optional.empty();
    }

    private static void define(OpenAPI openAPI, Class<?> type) {
        BeanDescription bean = Wire.mapper().getSerializationConfig().introspect(Wire.type(type));
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
        if (description != null) {
            schema.description(description.value());
        }
        openAPI.getComponents().addSchema(type.getSimpleName(), schema);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            Schema field = of(openAPI, property.getPrimaryType());
            if (!property.isRequired() && mayBeNull(property.getPrimaryType(), field)) {
                field.addType(Schema.SchemaType.NULL);
            }
            WirePattern pattern = property.getPrimaryMember() == null ? null
                    : property.getPrimaryMember().getAnnotation(WirePattern.class);
            if (pattern != null) {
                field.pattern("^" + pattern.value() + "$");
            }
            String text = property.getMetadata().getDescription();
            if (text != null && !text.isEmpty()) {
                field.description(text);
            }
            schema.addProperty(property.getName(), field);
            if (property.isRequired()) {
                schema.addRequired(property.getName());
            }
        }
    }

    /**
     * An optional property of a reference type may be absent or {@code null} on the wire (the audit answers keep
     * their nulls): a plain scalar's type then also names {@code null}. Enumerations and nested types stay as they
     * are (absent when unset).
     */
    static boolean mayBeNull(JavaType type, Schema field) {
        return !type.isPrimitive() && field.getEnumeration() == null && field.getRef() == null
                && field.getType() != null && field.getType().size() == 1
                && field.getType().get(0) != Schema.SchemaType.ARRAY && field.getType().get(0) != Schema.SchemaType.OBJECT;
    }

    private static Schema of(OpenAPI openAPI, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (WireValue.class.isAssignableFrom(raw)) {
            if (!openAPI.getComponents().getSchemas().containsKey(raw.getSimpleName())) {
                define(openAPI, raw);
            }
            return OASFactory.createSchema().ref(raw.getSimpleName());
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(of(openAPI, type.getContentType()));
        }
        if (type.isMapLikeType()) {
            return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(openAPI, type.getContentType()));
        }
        if (raw.isEnum()) {
            List<Object> constants = new ArrayList<>();
            Arrays.stream(raw.getEnumConstants()).forEach(c -> constants.add(((Enum<?>) c).name()));
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(constants);
        }
        if (raw == String.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        }
        if (raw == Instant.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
        }
        if (raw == BigDecimal.class) {
            throw new IllegalStateException("no fractions on the wire: " + type);
        }
        if (raw == JsonNode.class || raw == Object.class || Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema(); // any JSON value
        }
        throw new IllegalStateException("a wire property of a type the document cannot describe: " + type);
    }
}
