package org.civicledger.gateway.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.civicledger.api.Limits;
import org.civicledger.api.Role;
import org.civicledger.api.reports.CreditProgrammeReport;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.readmodel.ReadModel;
import org.civicledger.gateway.reports.CreditProgrammeQueries.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The credit programme's figures (households and residents credited, coverage, lines, drawdowns, repayments), per
 * community and per bank, from the read model ({@link CreditProgrammeProjection}). Who reads what is decided here,
 * in {@link #scope}: the AUDITOR everything, a BANK its own bank, a community's ADMIN its own community over every
 * bank (no bank's figures); every other role 403.
 */
@Tag(name = ApiDefinition.REPORTS)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/reports/credit-programme")
@Produces(MediaType.APPLICATION_JSON)
public class CreditProgrammeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    ReadModel readModel;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The credit programme's figures (AUDITOR; BANK: its own; ADMIN: its community's)",
            description = "Households and residents enrolled and credited (a granted line: a household check's line "
                    + "credits the household, a resident check's the resident), coverage (credited ÷ enrolled) as "
                    + "an exact fraction and in basis points, lines granted (count and fen), declines, drawn, "
                    + "repaid and outstanding fen, overrides and closures: cumulative at the end of the period "
                    + "(from the ledger's beginning) and per month, for the whole scope, per community and per "
                    + "bank. The period is UTC months: from (YYYY-MM; default 11 months before to) to to (included; "
                    + "default the current month), at most " + Limits.MAX_REPORT_MONTHS + " months. An AUDITOR "
                    + "reads everything (communityId and bankId narrow it); a BANK reads its own bank's figures "
                    + "only (another bankId is 403 FORBIDDEN); an ADMIN reads its own community over every bank, "
                    + "without any bank's figures (another community, or a bankId, is 403 FORBIDDEN). asOf says how "
                    + "far the read model had followed the ledger.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditProgrammeReport.class)))
    public ObjectNode creditProgramme(
            @Parameter(description = "The community (ADMIN: its own, the default)")
            @QueryParam("communityId") String communityId,
            @Parameter(description = "The bank (BANK: its own, the default; not for an ADMIN)")
            @QueryParam("bankId") String bankId,
            @Parameter(description = "First month, YYYY-MM; default 11 months before to") @QueryParam("from")
            String from,
            @Parameter(description = "Last month, YYYY-MM, included; default the current month (UTC)")
            @QueryParam("to") String to) {
        Caller reader = caller.get();
        Scope scope = scope(reader, OversightResource.id("communityId", communityId),
                OversightResource.id("bankId", bankId));
        ReportPeriod period = ReportPeriod.months(from, to, YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)));
        return OversightResource.answer(readModel,
                sql -> CreditProgrammeQueries.report(sql, scope, period.firstMonth(), period.lastMonth()));
    }

    /**
     * What {@code reader} may read of the programme, given the community and bank it names (null for none).
     *
     * @throws ApiException FORBIDDEN for a role other than AUDITOR, BANK and ADMIN; a BANK naming another bank; an
     *                      ADMIN naming another community or any bank
     */
    static Scope scope(Caller reader, String community, String bank) {
        Role role = reader.role();
        if (role == Role.AUDITOR) {
            return new Scope(community, bank, true);
        }
        if (role == Role.BANK) {
            if (bank != null && !bank.equals(reader.subjectId())) {
                throw ApiException.forbidden("a BANK reads its own bank's credit programme figures only");
            }
            return new Scope(community, reader.subjectId(), true);
        }
        if (role == Role.ADMIN) {
            if (community != null && !community.equals(reader.communityId())) {
                throw ApiException.forbidden("an ADMIN reads the reports of its own community only");
            }
            if (bank != null) {
                throw ApiException.forbidden("an ADMIN reads its community's figures over every bank: send no bankId");
            }
            return new Scope(reader.communityId(), null, false);
        }
        throw ApiException.forbidden("role " + role + " may not read the credit programme report (allowed: AUDITOR, "
                + "BANK, ADMIN)");
    }
}
