package org.civicledger.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The regular expression a string property of a wire type must match (the whole value): the OpenAPI document
 * states it as the property's {@code pattern}; the chaincode enforces it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WirePattern {
    /** @return the regular expression (ECMA-262 compatible) */
    String value();
}
