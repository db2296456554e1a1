package org.civicledger.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API operation an SDK method calls, as the gateway's OpenAPI document names it: {@code "POST
 * /api/v1/contributions"}. A test holds the SDK to covering every operation of that document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Endpoint {
    /**
     * The operation.
     *
     * @return method and path template, for example {@code GET /api/v1/residents/{residentId}}
     */
    String value();
}
