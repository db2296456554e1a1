package org.civicledger.chaincode.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a caller's JSON, said without repeating any of it. Jackson's own messages
 * quote the offending token (an unquoted {@code externalRef} came back verbatim), so the text is
 * built from the exception's type and location only: the rule broken and the line and column.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** @return {@code "malformed JSON: <rule> at line L, column C"}, never any of the input */
    public static String describe(JsonProcessingException e) {
        return "malformed JSON: " + rule(e) + location(e.getLocation());
    }

    private static String rule(JsonProcessingException e) {
        // the original message picks the category only; none of it is shown
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "beyond the parser's limits (nesting depth, number or string length)";
        }
        if (e instanceof JsonEOFException) {
            return "the input ends before the JSON value is complete";
        }
        if (original.startsWith("Duplicate field")) {
            return "a field appears more than once in an object";
        }
        if (original.startsWith("Trailing token")) {
            return "there is more after the JSON value";
        }
        if (e instanceof MismatchedInputException) {
            return original.startsWith("No content") ? "the body is empty" : "the JSON value has the wrong shape";
        }
        return "not well-formed (strings in double quotes, no comments, no control characters)";
    }

    private static String location(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " at line " + at.getLineNr() + (at.getColumnNr() < 1 ? "" : ", column " + at.getColumnNr());
    }
}
