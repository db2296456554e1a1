package org.civicledger.gateway.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.civicledger.api.Limits;
import org.civicledger.gateway.problem.ApiException;

/**
 * A report's period, from its {@code from} and {@code to} query parameters, checked once for every report: UTC
 * days {@code YYYY-MM-DD} ({@code from} included, {@code to} excluded, at most {@link Limits#MAX_REPORT_DAYS}
 * days) for oversight and anomalies, months {@code YYYY-MM} (both included, at most
 * {@link Limits#MAX_REPORT_MONTHS}) for the transparency board. A refusal is {@code VALIDATION_FAILED} and names
 * the parameter, never its value.
 */
public record ReportPeriod(Instant from, Instant to) {

    /**
     * @param today the day a missing {@code to} defaults to (exclusive: the period ends before tomorrow)
     * @return the days' period; {@code from} defaults to 30 days before {@code to}
     */
    public static ReportPeriod days(String from, String to, LocalDate today) {
        LocalDate end = to == null || to.isEmpty() ? today.plusDays(1) : day("to", to);
        LocalDate start = from == null || from.isEmpty() ? end.minusDays(30) : day("from", from);
        if (!start.isBefore(end)) {
            throw ApiException.invalid("to must be after from");
        }
        if (ChronoUnit.DAYS.between(start, end) > Limits.MAX_REPORT_DAYS) {
            throw ApiException.invalid("the period from from to to is longer than the limit of "
                    + Limits.MAX_REPORT_DAYS + " days");
        }
        return new ReportPeriod(start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * @param current the month a missing {@code to} defaults to
     * @return the months' period as instants (from the first day of {@code from} to the first day after {@code to});
     *     {@code from} defaults to 11 months before {@code to} (a year)
     */
    public static ReportPeriod months(String from, String to, YearMonth current) {
        YearMonth end = to == null || to.isEmpty() ? current : month("to", to);
        YearMonth start = from == null || from.isEmpty() ? end.minusMonths(11) : month("from", from);
        if (end.isBefore(start)) {
            throw ApiException.invalid("to must not be before from");
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > Limits.MAX_REPORT_MONTHS) {
            throw ApiException.invalid("the period from from to to is longer than the limit of "
                    + Limits.MAX_REPORT_MONTHS + " months");
        }
        return new ReportPeriod(start.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                end.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** @return the first month of the period */
    public YearMonth firstMonth() {
        return YearMonth.from(from.atOffset(ZoneOffset.UTC));
    }

    /** @return the last month the period touches */
    public YearMonth lastMonth() {
        return YearMonth.from(to.minusNanos(1).atOffset(ZoneOffset.UTC));
    }

    private static LocalDate day(String name, String value) {
        if (value.length() != 10) {
            throw ApiException.invalid(name + " must be a day, YYYY-MM-DD (UTC)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.invalid(name + " must be a day, YYYY-MM-DD (UTC)");
        }
    }

    private static YearMonth month(String name, String value) {
        if (value.length() != 7) {
            throw ApiException.invalid(name + " must be a month, YYYY-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.invalid(name + " must be a month, YYYY-MM");
        }
    }
}
