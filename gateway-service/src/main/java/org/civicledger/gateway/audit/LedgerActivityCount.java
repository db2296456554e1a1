package org.civicledger.gateway.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicledger.api.Limits;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.LedgerPort;

/**
 * Counts the ledger's recent activity for {@code GET /api/v1/audit/activity} (the API answers it as
 * {@code org.civicledger.api.audit.LedgerActivity}, property by property): the window is
 * {@code [now - hours, now)} with its start rounded down to the hour; blocks are read from the newest back, a page at
 * a time, until one older than the window, block 0, or {@link Limits#MAX_ACTIVITY_BLOCKS} blocks read (then
 * {@code complete} is false). A block is placed by its time (on Fabric, its first transaction's); a block cut after
 * {@code now} (committed while counting) or without a time is read past but not counted.
 *
 * <p>Every transaction of a counted block is counted, valid or not, config transactions included (on Fabric a
 * channel's config blocks are transactions of the chain too, and an auditor wants to see them): in its hour, under
 * its validation code, and under its creator's MSP id — except a transaction whose block names no creator (the
 * genesis block configtxgen writes), which is in its hour and its validation code only, so {@code byOrganisation}
 * may sum to less than the transactions.
 */
public final class LedgerActivityCount {
    /** Blocks asked of the ledger at once. */
    private static final int PAGE = 100;
    private static final String VALID = "VALID";

    private LedgerActivityCount() {
    }

    /** The answer, as the wire type names its properties. */
    public record Activity(long height, String from, String to, long fromBlock, boolean complete, List<Hour> hours,
                           List<Count> byOrganisation, List<Count> byValidationCode) {
    }

    /** One hour of the window. */
    public record Hour(String hour, long blocks, long transactions, long invalid) {
    }

    /** Transactions under one key. */
    public record Count(String key, long transactions) {
    }

    /**
     * @param ledger the ledger to read
     * @param now    the window's end (exclusive)
     * @param hours  the window's length, 1 to {@link Limits#MAX_ACTIVITY_HOURS}
     * @return the counts; {@code fromBlock} is the oldest block counted, or the height when none was
     */
    public static Activity of(LedgerPort ledger, Instant now, int hours) {
        if (hours < 1 || hours > Limits.MAX_ACTIVITY_HOURS) {
            throw new IllegalArgumentException("hours is 1 to " + Limits.MAX_ACTIVITY_HOURS);
        }
        Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS);
        int slots = (int) Duration.between(from, now).toHours() + (now.equals(now.truncatedTo(ChronoUnit.HOURS)) ? 0 : 1);
        long[][] perHour = new long[slots][3];
        Map<String, Long> byOrganisation = new HashMap<>();
        Map<String, Long> byCode = new HashMap<>();
        long height = ledger.height();
        long next = height;
        long fromBlock = height;
        int read = 0;
        boolean complete = false;
        reading:
        while (true) {
            if (next <= 0) {
                complete = true;
                break;
            }
            if (read >= Limits.MAX_ACTIVITY_BLOCKS) {
                break;
            }
            List<BlockInfo> page = ledger.blocksBefore(next, Math.min(PAGE, Limits.MAX_ACTIVITY_BLOCKS - read));
            if (page.isEmpty()) {
                complete = true;
                break;
            }
            for (BlockInfo block : page) {
                next = block.number();
                read++;
                Instant time = time(block.time());
                if (time != null && time.isBefore(from)) {
                    complete = true;
                    break reading;
                }
                if (time == null || !time.isBefore(now)) {
                    continue;
                }
                fromBlock = block.number();
                long[] hour = perHour[(int) Duration.between(from, time).toHours()];
                hour[0]++;
                for (int i = 0; i < block.transactions().size(); i++) {
                    String code = block.validationCodes().get(i);
                    hour[1]++;
                    if (!VALID.equals(code)) {
                        hour[2]++;
                    }
                    byCode.merge(code, 1L, Long::sum);
                    String creator = block.creatorMsps().get(i);
                    if (creator != null) {
                        byOrganisation.merge(creator, 1L, Long::sum);
                    }
                }
            }
        }
        List<Hour> hourList = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            hourList.add(new Hour(from.plus(i, ChronoUnit.HOURS).toString(), perHour[i][0], perHour[i][1],
                    perHour[i][2]));
        }
        return new Activity(height, from.toString(), now.toString(), fromBlock, complete, List.copyOf(hourList),
                mostFirst(byOrganisation), mostFirst(byCode));
    }

    private static List<Count> mostFirst(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
