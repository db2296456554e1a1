package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CityGeneratorTest {
    /** 3,860 residents in one community... a thousandth of Jiaxing but two communities: fast, and one anomalous. */
    private static final CityScale SMALL = new CityScale(0.002, 3_860, 2, 3, 40_000, CityScale.THREE_YEARS);

    @Test
    void the_issues_city_is_a_tenth_of_jiaxing() {
        CityScale city = CityScale.of(0.1);
        assertEquals(193_000, city.residents());
        assertEquals(56, city.communities());
        assertEquals(138, city.exchangePoints());
        assertEquals(2_000_000, city.transactions());
        assertEquals(138, java.util.stream.IntStream.range(0, 56).map(city::merchantsOf).sum());
    }

    @Test
    void the_same_seed_gives_the_same_transactions_and_another_seed_others() {
        assertEquals(days(SMALL, 16, 200), days(SMALL, 16, 200));
        assertNotEquals(days(SMALL, 16, 200), days(SMALL, 17, 200));
    }

    @Test
    void the_mix_is_the_one_documented() {
        Map<CityOp.Kind, Long> mix = CityGenerator.mix(SMALL, 16, false);
        assertEquals(null, mix.get(CityOp.Kind.APPROVE));
        assertMix(mix, CityGenerator.setupTransactions(SMALL, false));
    }

    @Test
    void with_attesters_most_awards_name_one_and_a_few_wait_for_approval() {
        Map<CityOp.Kind, Long> mix = CityGenerator.mix(SMALL, 16, true);
        assertMix(mix, CityGenerator.setupTransactions(SMALL, true));
        long total = mix.values().stream().mapToLong(Long::longValue).sum();
        assertShare(mix, CityOp.Kind.APPROVE, total, 0.015, 0.03);
        assertTrue(mix.get(CityOp.Kind.REJECT) > 0 && mix.get(CityOp.Kind.REJECT) < mix.get(CityOp.Kind.APPROVE) / 4,
                mix.toString());
        CityGenerator generator = new CityGenerator(SMALL, 16, true);
        long awards = 0;
        long attested = 0;
        while (generator.hasNext()) {
            for (CityOp op : generator.nextDay()) {
                if (op.kind() == CityOp.Kind.AWARD) {
                    awards++;
                    attested += op.attester() >= 0 ? 1 : 0;
                    assertTrue(op.attester() < CityGenerator.attestersOf(op.community()), op.toString());
                }
            }
        }
        assertTrue(attested > awards * 8 / 10 && attested < awards * 9 / 10, attested + " of " + awards);
    }

    private static void assertMix(Map<CityOp.Kind, Long> mix, long setup) {
        long total = mix.values().stream().mapToLong(Long::longValue).sum() + setup;
        assertEquals(SMALL.residents(), mix.get(CityOp.Kind.ENROL));
        assertTrue(Math.abs(total - SMALL.transactions()) < SMALL.transactions() / 50, "total " + total + " " + mix);
        assertShare(mix, CityOp.Kind.REDEEM, total, 0.09, 0.11);
        assertShare(mix, CityOp.Kind.AWARD, total, 0.75, 0.82);
        assertShare(mix, CityOp.Kind.REVERSE, total, 0.003, 0.007);
        assertShare(mix, CityOp.Kind.CONSENT, total, 0.004, 0.006);
        assertShare(mix, CityOp.Kind.CHECK, total, 0.004, 0.006);
        assertTrue(mix.get(CityOp.Kind.DISPUTE) > 0 && mix.get(CityOp.Kind.DISPUTE) < total / 1000, mix.toString());
        assertTrue(mix.get(CityOp.Kind.RESOLVE) > 0 && mix.get(CityOp.Kind.RESOLVE) <= mix.get(CityOp.Kind.DISPUTE));
        assertTrue(mix.get(CityOp.Kind.SETTLE) > 0, mix.toString());
    }

    /**
     * Every transaction is one the ledger accepts when a day's transactions run in any order: awards within their
     * daily caps and freshness, to residents enrolled on an earlier day; redemptions of points the resident has by
     * the ledger's rules (12-month expiry, spent oldest first) before the day's own awards; reversals and disputes
     * of awards of earlier days, each award named once; checks after their consent's day.
     */
    @Test
    void a_days_transactions_depend_only_on_earlier_days() {
        depend_only_on_earlier_days(false);
    }

    @Test
    void with_attesters_a_days_transactions_depend_only_on_earlier_days() {
        depend_only_on_earlier_days(true);
    }

    private static void depend_only_on_earlier_days(boolean attest) {
        CityGenerator generator = new CityGenerator(SMALL, 16, attest);
        Set<String> pending = new HashSet<>();
        Map<Integer, Integer> enrolledOn = new HashMap<>();
        Map<String, Integer> awardedOn = new HashMap<>();
        Map<String, Integer> consentOn = new HashMap<>();
        Set<String> named = new HashSet<>();
        Map<Integer, TreeMap<YearMonth, Long>> books = new HashMap<>();
        Map<String, long[]> awards = new HashMap<>(); // id -> resident, month epoch, points
        int day = 0;
        while (generator.hasNext()) {
            List<CityOp> ops = generator.nextDay();
            LocalDate date = CityGenerator.START.plusDays(day);
            Map<String, Long> caps = new HashMap<>();
            List<CityOp> todaysAwards = new ArrayList<>();
            for (CityOp op : ops) {
                LocalDate opDay = LocalDate.ofInstant(Instant.ofEpochSecond(op.epochSecond()), ZoneOffset.UTC);
                assertEquals(date, opDay, op.toString());
                if (op.resident() >= 0 && op.kind() != CityOp.Kind.ENROL) {
                    Integer enrolled = enrolledOn.get(op.resident());
                    assertTrue(enrolled != null && enrolled < day, "not enrolled before: " + op);
                }
                switch (op.kind()) {
                    case ENROL -> assertEquals(null, enrolledOn.put(op.resident(), day));
                    case APPROVE, REJECT -> {
                        assertTrue(pending.remove(op.target()), "not pending: " + op);
                        if (op.kind() == CityOp.Kind.APPROVE) {
                            todaysAwards.add(op);
                        }
                    }
                    case AWARD -> {
                        CityGenerator.Type type = CityGenerator.typeOf(op);
                        long used = caps.merge(op.resident() + "/" + op.activityType(), op.points(), Long::sum);
                        assertTrue(used <= type.dailyCap(), "over the cap: " + op);
                        assertEquals(op.quantity() * type.pointsPerUnit(), op.points());
                        assertTrue(op.occurredAt() <= op.epochSecond() && LocalDate.ofInstant(
                                Instant.ofEpochSecond(op.occurredAt()), ZoneOffset.UTC).equals(date), op.toString());
                        if (type == CityGenerator.APPROVAL_TYPE) {
                            pending.add(op.id());
                        } else {
                            awardedOn.put(op.id(), day);
                            todaysAwards.add(op);
                        }
                    }
                    case REDEEM -> {
                        TreeMap<YearMonth, Long> book = expire(books.computeIfAbsent(op.resident(),
                                r -> new TreeMap<>()), YearMonth.from(date));
                        long available = book.values().stream().mapToLong(Long::longValue).sum();
                        assertTrue(op.points() <= available, "redeems " + op.points() + " of " + available);
                        long left = op.points();
                        for (var e : book.entrySet()) {
                            long take = Math.min(left, e.getValue());
                            e.setValue(e.getValue() - take);
                            left -= take;
                        }
                    }
                    case REVERSE, DISPUTE -> {
                        String id = op.kind() == CityOp.Kind.REVERSE ? op.targetContribution() : op.target();
                        assertTrue(awardedOn.get(id) != null && awardedOn.get(id) < day, op.toString());
                        assertTrue(named.add(id), "named twice: " + op);
                        if (op.kind() == CityOp.Kind.REVERSE) {
                            long[] a = awards.get(id);
                            books.get((int) a[0]).merge(YearMonth.from(CityGenerator.START).plusMonths(a[1]),
                                    -a[2], (x, y) -> Math.max(0, x + y));
                        }
                    }
                    case CONSENT -> consentOn.put(op.id(), day);
                    case CHECK -> assertTrue(consentOn.get(op.target()) < day, op.toString());
                    default -> { }
                }
            }
            for (CityOp op : todaysAwards) { // the day's awards count from tomorrow on
                books.computeIfAbsent(op.resident(), r -> new TreeMap<>()).merge(YearMonth.from(date), op.points(),
                        Long::sum);
                if (op.kind() == CityOp.Kind.AWARD) {
                    awards.put(op.id(), new long[] {op.resident(), CityGenerator.monthIndex(day), op.points()});
                }
            }
            day++;
        }
    }

    /** The ledger's expiry: a month's points expire once the month plus 12 months is not after the current one. */
    private static TreeMap<YearMonth, Long> expire(TreeMap<YearMonth, Long> book, YearMonth current) {
        book.keySet().removeIf(m -> !m.plusMonths(CityGenerator.POINTS_EXPIRY_MONTHS).isAfter(current));
        return book;
    }

    private static void assertShare(Map<CityOp.Kind, Long> mix, CityOp.Kind kind, long total, double min, double max) {
        double share = mix.getOrDefault(kind, 0L) / (double) total;
        assertTrue(share >= min && share <= max, kind + " is " + share + " of " + total + ": " + mix);
    }

    private static List<CityOp> days(CityScale scale, long seed, int count) {
        CityGenerator generator = new CityGenerator(scale, seed);
        List<CityOp> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            out.addAll(generator.nextDay());
        }
        return out;
    }
}
