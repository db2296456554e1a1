package org.civicledger.api;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Every error answer of the API: an RFC 7807 problem document ({@value #MEDIA_TYPE}) with the stable {@link ErrorCode}
 * and, where one was involved, the transaction.
 */
@JsonClassDescription("RFC 7807 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem extends WireValue {
    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonProperty(required = true) @JsonPropertyDescription("URI of the problem type") private String type;
    @JsonProperty(required = true) @JsonPropertyDescription("Short summary of the problem type") private String title;
    @JsonProperty(required = true) @JsonPropertyDescription("The HTTP status") private int status;
    @JsonProperty @JsonPropertyDescription("What went wrong with this request") private String detail;
    @JsonProperty(required = true) @JsonPropertyDescription("Stable code: switch on this, not on the texts")
    private ErrorCode code;
    @JsonProperty @JsonPropertyDescription("The transaction, where one was involved") private String txId;

    private Problem() {
    }

    /**
     * A problem document, as the gateway answers it.
     *
     * @param type   URI of the problem type
     * @param title  short summary of the problem type
     * @param status the HTTP status
     * @param detail what went wrong with this request, or {@code null}
     * @param code   the stable code
     * @param txId   the transaction involved, or {@code null}
     * @return the problem
     */
    public static Problem of(String type, String title, int status, String detail, ErrorCode code, String txId) {
        Problem problem = new Problem();
        problem.type = type;
        problem.title = title;
        problem.status = status;
        problem.detail = detail;
        problem.code = code;
        problem.txId = txId;
        return problem;
    }

    public String type() { return type; }
    public String title() { return title; }
    public int status() { return status; }
    public String detail() { return detail; }

    /** @return the code, or {@code null} when a newer gateway answered a code this version does not know */
    public ErrorCode code() { return code; }
    public String txId() { return txId; }
}
