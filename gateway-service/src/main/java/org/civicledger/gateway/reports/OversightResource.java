package org.civicledger.gateway.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.civicledger.api.Limits;
import org.civicledger.api.reports.AnomalyReport;
import org.civicledger.api.reports.AwardsReport;
import org.civicledger.api.reports.CreditCheckReport;
import org.civicledger.api.reports.DecisionsReport;
import org.civicledger.chaincode.json.Request;
import org.civicledger.gateway.api.schema.ApiDefinition;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.CurrentCaller;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.readmodel.ReadModel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervisors' reports (AUDITOR anywhere; a community's ADMIN for its own community: {@link OversightAccess}):
 * the credit checks banks made, who awarded what, who decided reversals and disputes, and the anomalies, read from
 * the read model ({@link OversightProjection}), never from the ledger.
 */
@Tag(name = ApiDefinition.REPORTS)
@SecurityRequirement(name = ApiDefinition.BEARER)
@APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "500", ref = ApiDefinition.INTERNAL)
@APIResponse(responseCode = "503", ref = ApiDefinition.LEDGER_UNAVAILABLE)
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {
    /** Credit checks on one page when the request names no {@code limit}. */
    static final int DEFAULT_PAGE = 100;

    private static final String PERIOD = " The period is UTC days: from (YYYY-MM-DD, included; default 30 days "
            + "before to) to to (excluded; default tomorrow, so that today is in), at most "
            + Limits.MAX_REPORT_DAYS + " days; a later to than from is required. An ADMIN's report covers its own "
            + "community (naming another is 403 FORBIDDEN); an AUDITOR names one or gets every community. asOf says "
            + "how far the read model had followed the ledger.";

    @Inject
    CurrentCaller caller;

    @Inject
    ReadModel readModel;

    @Inject
    Clock clock;

    @ConfigProperty(name = "civic.reports.anomaly-multiple", defaultValue = "3")
    int defaultMultiple;

    @ConfigProperty(name = "civic.reports.cap-days", defaultValue = "5")
    int capDays;

    @GET
    @Path("/oversight/credit-checks")
    @Operation(summary = "Credit checks made in a period (AUDITOR; ADMIN: its community's)",
            description = "Every credit check of the period, oldest first, a page at a time: when, the transaction, "
                    + "the bank, product and purpose, the consent it relied on, the resident, the band it saw and "
                    + "whether the product was offered. Pass nextCursor as cursor for the next page." + PERIOD)
    @APIResponse(responseCode = "200", description = "One page of checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditCheckReport.class)))
    public ObjectNode creditChecks(
            @Parameter(description = "Only this bank's checks") @QueryParam("bankId") String bankId,
            @Parameter(description = "The community (ADMIN: its own, the default)")
            @QueryParam("communityId") String communityId,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "Checks per page, 1 to " + Limits.MAX_REPORT_ROWS + " (default "
                    + DEFAULT_PAGE + ")") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Caller reader = reader();
        String bank = id("bankId", bankId);
        String community = OversightAccess.community(reader, id("communityId", communityId));
        ReportPeriod period = period(from, to);
        int rows = whole("limit", limit, 1, Limits.MAX_REPORT_ROWS, DEFAULT_PAGE);
        ReportCursor after = ReportCursor.parse(cursor);
        return answer(sql -> new OversightQueries(sql, community, period).creditChecks(bank, rows, after));
    }

    @GET
    @Path("/oversight/awards")
    @Operation(summary = "Awards by app and by attester (AUDITOR; ADMIN: its community's)",
            description = "Per app and per attester: awards paid in the period, their points, the distinct "
                    + "residents awarded, and the reversals of its awards in the period; the contributions "
                    + "recorded PENDING and how many are undecided; approvals and rejections by who decided them."
                    + PERIOD)
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AwardsReport.class)))
    public ObjectNode awards(
            @Parameter(description = "The community (ADMIN: its own, the default)")
            @QueryParam("communityId") String communityId,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD") @QueryParam("to") String to) {
        Caller reader = reader();
        String community = OversightAccess.community(reader, id("communityId", communityId));
        ReportPeriod period = period(from, to);
        return answer(sql -> new OversightQueries(sql, community, period).awards());
    }

    @GET
    @Path("/oversight/decisions")
    @Operation(summary = "Reversals and disputes by who decided them; overdue disputes (AUDITOR; ADMIN: its "
            + "community's)",
            description = "Reversals of the period by who decided them (directly or by upholding a dispute), "
                    + "disputes resolved in the period by who resolved them and how (and how many late), and the "
                    + "disputes still open whose dueBy passed before the end of the period and before now, with "
                    + "their transactions." + PERIOD)
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionsReport.class)))
    public ObjectNode decisions(
            @Parameter(description = "The community (ADMIN: its own, the default)")
            @QueryParam("communityId") String communityId,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD") @QueryParam("to") String to) {
        Caller reader = reader();
        String community = OversightAccess.community(reader, id("communityId", communityId));
        ReportPeriod period = period(from, to);
        return answer(sql -> new OversightQueries(sql, community, period).decisions(clock.instant()));
    }

    @GET
    @Path("/anomalies")
    @Operation(summary = "Anomalies, each traced to its transactions (AUDITOR; ADMIN: its community's)",
            description = "Apps and attesters whose points per resident awarded (points ÷ distinct residents) "
                    + "exceed multiple × the median of their community's apps (attesters) in the period; residents "
                    + "awarded an activity type's whole daily cap on every day they were awarded it, on at least "
                    + "civic.reports.cap-days days (default 5); exchange points whose redeemed points exceed "
                    + "multiple × the median of their community's exchange points. Integer arithmetic in "
                    + "thousandths; the median of an even count is the lower middle value plus half the distance "
                    + "to the upper, rounded down. Each finding lists its transactions (at most "
                    + Limits.MAX_REPORT_ROWS + ") and their count." + PERIOD)
    @APIResponse(responseCode = "200", description = "The findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnomalyReport.class)))
    public ObjectNode anomalies(
            @Parameter(description = "The community (ADMIN: its own, the default)")
            @QueryParam("communityId") String communityId,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "The multiple of the median, " + Limits.MIN_ANOMALY_MULTIPLE + " to "
                    + Limits.MAX_ANOMALY_MULTIPLE + " (default civic.reports.anomaly-multiple, 3)")
            @QueryParam("multiple") String multiple) {
        Caller reader = reader();
        String community = OversightAccess.community(reader, id("communityId", communityId));
        ReportPeriod period = period(from, to);
        int times = whole("multiple", multiple, Limits.MIN_ANOMALY_MULTIPLE, Limits.MAX_ANOMALY_MULTIPLE,
                defaultMultiple);
        return answer(sql -> new OversightQueries(sql, community, period).anomalies(times, capDays));
    }

    /** The caller, if it may read these reports at all: checked before any parameter is looked at. */
    private Caller reader() {
        Caller reader = caller.get();
        OversightAccess.requireReader(reader);
        return reader;
    }

    private ReportPeriod period(String from, String to) {
        return ReportPeriod.days(from, to, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private ObjectNode answer(ReadModel.Query<ObjectNode> query) {
        return answer(readModel, query);
    }

    /** The report, with how far the read model had followed the ledger before it was read. */
    static ObjectNode answer(ReadModel readModel, ReadModel.Query<ObjectNode> query) {
        String position = readModel.position().orElse(null);
        long lag = readModel.lagBlocks();
        ObjectNode report = readModel.read(query);
        ObjectNode asOf = report.objectNode();
        if (position != null) {
            asOf.put("position", position);
        }
        asOf.put("lagBlocks", lag);
        ObjectNode answer = report.objectNode();
        answer.set("asOf", asOf);
        answer.setAll(report);
        return answer;
    }

    /** @return the id, or null when absent; refused when it is not an id */
    static String id(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Request.ID.matcher(value).matches()) {
            throw ApiException.invalid(name + " must be 1-" + Limits.MAX_ID_LENGTH
                    + " characters of letters, digits, '.', '_', ':' or '-'");
        }
        return value;
    }

    private static int whole(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (value.length() <= 9 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw ApiException.invalid(name + " must be a whole number from " + min + " to " + max);
    }
}
