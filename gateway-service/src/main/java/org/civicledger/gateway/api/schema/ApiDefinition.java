package org.civicledger.gateway.api.schema;

/**
 * The names by which the resources' OpenAPI annotations refer to the document's shared parts (tags,
 * the {@code bearer} security scheme, the error responses), declared in this package's
 * {@code package-info.java}.
 */
public final class ApiDefinition {
    /** Tag of community set-up: activity types, policy, residents. */
    public static final String COMMUNITY = "Community set-up";
    /** Tag of points. */
    public static final String POINTS = "Points";
    /** Tag of credit. */
    public static final String CREDIT = "Credit";
    /** Tag of disputes. */
    public static final String DISPUTES = "Disputes";
    /** Tag of audit. */
    public static final String AUDIT = "Audit";
    /** Tag of events. */
    public static final String EVENTS = "Events";
    /** Tag of reports (read model). */
    public static final String REPORTS = "Reports";

    /** The security scheme every {@code /api/} operation requires. */
    public static final String BEARER = "bearer";

    /** 400 response. */
    public static final String BAD_REQUEST = "BadRequest";
    /** 401 response. */
    public static final String UNAUTHENTICATED = "Unauthenticated";
    /** 403 response. */
    public static final String FORBIDDEN = "Forbidden";
    /** 403 response of a credit check. */
    public static final String CONSENT_REQUIRED = "ConsentRequired";
    /** 404 response. */
    public static final String NOT_FOUND = "NotFound";
    /** 409 response. */
    public static final String ID_CONFLICT = "IdConflict";
    /** 422 response of an award. */
    public static final String AWARD_REFUSED = "AwardRefused";
    /** 422 response of an approval or rejection of a pending contribution. */
    public static final String APPROVAL_REFUSED = "ApprovalRefused";
    /** 422 response of a redemption. */
    public static final String INSUFFICIENT_POINTS = "InsufficientPoints";
    /** 422 response of a state change. */
    public static final String INVALID_STATE = "InvalidState";
    /** 422 response of a loan decision. */
    public static final String LOAN_REFUSED = "LoanRefused";
    /** 422 response of a drawdown or repayment. */
    public static final String LINE_REFUSED = "LineRefused";
    /** 429 response of a write: contention outlasted the gateway's retries; nothing written; Retry-After. */
    public static final String CONTENDED = "Contended";
    /** 500 response: a defect, with a correlation id. */
    public static final String INTERNAL = "Internal";
    /** 503 response. */
    public static final String LEDGER_UNAVAILABLE = "LedgerUnavailable";

    private ApiDefinition() {
    }
}
