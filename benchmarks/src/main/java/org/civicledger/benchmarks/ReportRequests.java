package org.civicledger.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The report requests of the city benchmark: for each report, {@code count} requests over varied communities,
 * banks and periods of the simulated three years, the same for the same seed.
 */
final class ReportRequests {
    /** A report's name, whether it needs the auditor's token, its request paths and each one's period length. */
    record Report(String name, boolean auditor, List<String> paths, List<String> spans) {
    }

    /** A request path and the length of its period ({@code 3m}, {@code 90d}). */
    private record Path(String path, String span) {
    }

    private static final int[] MONTH_SPANS = {1, 3, 12, 36};
    private static final int[] DAY_SPANS = {7, 30, 90, 366};

    private ReportRequests() {
    }

    static List<Report> all(CityScale scale, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Report> reports = new ArrayList<>();
        reports.add(report("transparency", false, count, () -> {
            String[] p = months(scale, random);
            return new Path("/api/v1/reports/communities/" + community(scale, random) + "/transparency?from=" + p[0]
                    + "&to=" + p[1], p[2]);
        }));
        reports.add(report("credit-checks", true, count, () -> {
            String[] p = days(scale, random);
            String community = random.nextBoolean() ? "&communityId=" + community(scale, random) : "";
            return new Path("/api/v1/reports/oversight/credit-checks?bankId=" + CityLoader.bankId(random.nextInt(
                    CityGenerator.BANKS)) + community + "&from=" + p[0] + "&to=" + p[1], p[2]);
        }));
        for (String name : List.of("awards", "decisions")) {
            reports.add(report(name, true, count, () -> {
                String[] p = days(scale, random);
                return new Path("/api/v1/reports/oversight/" + name + "?communityId=" + community(scale, random)
                        + "&from=" + p[0] + "&to=" + p[1], p[2]);
            }));
        }
        reports.add(report("anomalies", true, count, () -> {
            String[] p = days(scale, random);
            return new Path("/api/v1/reports/anomalies?communityId=" + community(scale, random) + "&from=" + p[0]
                    + "&to=" + p[1], p[2]);
        }));
        return reports;
    }

    private static Report report(String name, boolean auditor, int count, java.util.function.Supplier<Path> next) {
        List<String> paths = new ArrayList<>(count);
        List<String> spans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path p = next.get();
            paths.add(p.path());
            spans.add(p.span());
        }
        return new Report(name, auditor, paths, spans);
    }

    private static String community(CityScale scale, SplittableRandom random) {
        return CityLoader.communityId(random.nextInt(scale.communities()));
    }

    /** {@code from} and {@code to} months, both included, within the simulated years. */
    private static String[] months(CityScale scale, SplittableRandom random) {
        int total = CityGenerator.monthIndex(scale.days() - 1) + 1;
        int span = Math.min(total, MONTH_SPANS[random.nextInt(MONTH_SPANS.length)]);
        YearMonth first = YearMonth.from(CityGenerator.START).plusMonths(random.nextInt(total - span + 1));
        return new String[] {first.toString(), first.plusMonths(span - 1).toString(), span + "m"};
    }

    /** {@code from} (included) and {@code to} (excluded) days within the simulated years. */
    private static String[] days(CityScale scale, SplittableRandom random) {
        int span = Math.min(scale.days(), DAY_SPANS[random.nextInt(DAY_SPANS.length)]);
        LocalDate first = CityGenerator.START.plusDays(random.nextInt(scale.days() - span + 1));
        return new String[] {first.toString(), first.plusDays(span).toString(), span + "d"};
    }
}
