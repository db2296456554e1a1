package org.civicledger.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * The base of every wire type: its properties are exactly its fields annotated {@code @JsonProperty} (named,
 * described and flagged required there, once, for the SDK and the OpenAPI document alike), and its equality,
 * hash and {@code toString} are those of its JSON form. Instances are immutable: no setters, fields set only by
 * Jackson or a builder.
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.NONE)
public abstract class WireValue {
    /** For subclasses. */
    protected WireValue() {
    }

    /**
     * A deep copy of a value, through its JSON form: what a builder's {@code build()} returns, so that the built
     * value stays immutable however the builder is used afterwards.
     *
     * @param value a wire value
     * @param <T>   its type
     * @return an equal, independent value
     */
    @SuppressWarnings("unchecked")
    protected static <T extends WireValue> T copy(T value) {
        return (T) Wire.mapper().convertValue(value, value.getClass());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Wire.tree(this).equals(Wire.tree(other));
    }

    @Override
    public final int hashCode() {
        return Wire.tree(this).hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Wire.tree(this);
    }
}
