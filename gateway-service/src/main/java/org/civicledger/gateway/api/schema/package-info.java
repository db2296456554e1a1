/**
 * The OpenAPI document's own parts. The request and answer shapes are the wire types of the api module
 * ({@code org.civicledger.api}), named by the resources' annotations and written into the document by
 * {@link org.civicledger.gateway.api.schema.WireSchemas}; the resources themselves take and return JSON trees on
 * purpose: the chaincode validates every request strictly, the same way on every ledger.
 *
 * <p>This package declares the document's shared parts: the tags (one per API.md group), the
 * {@code bearer} security scheme, and the error responses the operations refer to by name, each an
 * {@code application/problem+json} {@link org.civicledger.api.Problem} with the stable
 * codes it can carry. (SmallRye reads {@code @OpenAPIDefinition} from a package, not from a class.)
 */
@OpenAPIDefinition(
        info = @Info(title = "Civic Ledger gateway API", version = "1"),
        tags = {
            @Tag(name = ApiDefinition.COMMUNITY, description = "Activity types, policy and residents"),
            @Tag(name = ApiDefinition.POINTS, description = "Awards, reversals, balances, redemptions, settlements"),
            @Tag(name = ApiDefinition.CREDIT, description = "Consent, loan products and explainable credit checks"),
            @Tag(name = ApiDefinition.DISPUTES, description = "Disputes filed for residents and their resolution"),
            @Tag(name = ApiDefinition.AUDIT, description = "Transactions, blocks, integrity and reconciliation"),
            @Tag(name = ApiDefinition.EVENTS, description = "Committed business events as server-sent events"),
            @Tag(name = ApiDefinition.REPORTS, description = "Reports from the read model: the public transparency "
                    + "board, oversight and anomalies")},
        components = @Components(
            securitySchemes = @SecurityScheme(securitySchemeName = ApiDefinition.BEARER,
                    type = SecuritySchemeType.HTTP, scheme = "bearer",
                    description = "Authorization: Bearer <token>. An opaque token that the gateway maps to one "
                        + "caller: a role (ADMIN, APP, MERCHANT, BANK, AUDITOR), an organisation and a subject."),
            responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, description = "VALIDATION_FAILED: malformed JSON, "
                        + "a missing, unknown or invalid field, an unknown enum value, a quantity not positive, "
                        + "an oversize field or an invalid query parameter",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.UNAUTHENTICATED,
                        description = "UNAUTHENTICATED: no bearer token, or one the gateway does not know",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.FORBIDDEN,
                        description = "FORBIDDEN: the caller's role or community does not allow this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.CONSENT_REQUIRED, description = "FORBIDDEN: not a bank; or "
                        + "CONSENT_REQUIRED: no valid consent (missing, expired, revoked, other purpose, or "
                        + "unsigned where the product requires a signature)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, description = "NOT_FOUND: an unknown resident, "
                        + "activity type, attester, product, contribution, consent, dispute, transaction or block",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.ID_CONFLICT,
                        description = "ID_CONFLICT: the id was used before with a different body",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.AWARD_REFUSED, description = "DAILY_CAP_EXCEEDED: over the "
                        + "activity type's daily cap, or over the named attester's daily limit; STALE_CONTRIBUTION: "
                        + "occurredAt more than 5 minutes ahead or older than the community's limit; INVALID_STATE: "
                        + "the resident is suspended, or the named attester is SUSPENDED",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.APPROVAL_REFUSED, description = "INVALID_STATE: the "
                        + "contribution is not PENDING (already approved, rejected or reversed; or the resident is "
                        + "suspended); APPROVAL_EXPIRED: its approval period (the community's pendingExpiryDays) is "
                        + "over; DAILY_CAP_EXCEEDED (approval): the payment would pass the activity type's daily cap "
                        + "on the day of approval",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.INSUFFICIENT_POINTS, description = "INSUFFICIENT_POINTS: "
                        + "more than the available balance; INVALID_STATE: the resident is suspended",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.INVALID_STATE, description = "INVALID_STATE: not possible "
                        + "in the current state (already reversed, already resolved, resident suspended...)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.LOAN_REFUSED, description = "CHECK_EXPIRED: the credit check "
                        + "is older than 30 days; BAND_MISMATCH: the line is above the band's maximum, or for a band "
                        + "the product does not offer, without an override; INVALID_STATE: the check already has a "
                        + "decision",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.LINE_REFUSED, description = "LINE_EXCEEDED: a drawdown beyond "
                        + "what the line has left, or a repayment above the outstanding amount; INVALID_STATE: the "
                        + "line is CLOSED or DECLINED",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.CONTENDED, description = "CONTENDED: other writes to the "
                        + "same records (one resident's balance, say) kept winning until the gateway's own retries "
                        + "ran out; nothing was written. Send the same request again (same ids) after Retry-After "
                        + "seconds: it is safe for every write, as nothing of it was committed",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.INTERNAL,
                        description = "INTERNAL: a defect in the gateway or the chaincode; the detail gives a "
                                + "correlation id that the gateway's log line carries too; retrying unchanged will "
                                + "not help",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.LEDGER_UNAVAILABLE,
                        description = "LEDGER_UNAVAILABLE: the ledger cannot be reached; nothing was written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class)))}))
package org.civicledger.gateway.api.schema;

import org.civicledger.api.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
