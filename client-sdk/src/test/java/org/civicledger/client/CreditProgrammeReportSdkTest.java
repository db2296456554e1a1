package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.time.ZoneOffset;
import org.civicledger.api.reports.CreditProgrammeReport;
import org.civicledger.api.reports.ProgrammeFigures;
import org.civicledger.api.reports.ProgrammeTotals;
import org.junit.jupiter.api.Test;

/** The credit programme's figures through the SDK, for each reader. */
class CreditProgrammeReportSdkTest extends GatewayTest {
    private final YearMonth now = YearMonth.now(ZoneOffset.UTC);

    @Test
    void an_admin_reads_its_community_over_every_bank() {
        CreditProgrammeReport report = admin.reports().creditProgramme(null, null, now.minusMonths(2), now);

        assertEquals("demo", report.communityId());
        assertEquals(now.minusMonths(2).toString(), report.from());
        assertNull(report.banks(), "no bank's figures for an ADMIN");
        assertEquals(1, report.communities().size());
        ProgrammeFigures demo = report.communities().get(0);
        assertEquals(3, demo.months().size());
        ProgrammeTotals totals = demo.cumulative();
        assertEquals(totals, report.programme().cumulative());
        assertEquals(totals.residentsEnrolled(), totals.residentCoverage().denominator());
        assertEquals(totals.drawnFen() - totals.repaidFen(), totals.outstandingFen());
        assertNotNull(report.asOf());
    }

    @Test
    void a_bank_reads_its_own_figures_only() {
        CreditProgrammeReport report = bank.reports().creditProgramme(null, null, null, null);

        assertEquals(BANK_ID, report.bankId());
        assertEquals(now.toString(), report.to());
        report.banks().forEach(b -> assertEquals(BANK_ID, b.bankId()));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                () -> bank.reports().creditProgramme(null, "other-bank", null, null));
    }

    @Test
    void a_reversed_period_is_refused_and_a_resident_app_may_not_read_the_report() {
        assertProblem(ValidationFailedException.class, 400, "VALIDATION_FAILED",
                () -> auditor.reports().creditProgramme(null, null, now, now.minusMonths(1)));
        assertProblem(ForbiddenException.class, 403, "FORBIDDEN",
                () -> app.reports().creditProgramme(null, null, null, null));
        assertThrows(ForbiddenException.class, () -> admin.reports().creditProgramme(null, BANK_ID, null, null));
    }
}
