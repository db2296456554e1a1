package org.civicledger.chaincode.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.civicledger.chaincode.model.Account;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.chaincode.model.Contribution;
import org.civicledger.chaincode.model.HistoryEntry;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Redemption;
import org.civicledger.api.Role;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;

/**
 * Checks the invariants of DESIGN §5.2 over the whole ledger (AUDITOR) or over one community's
 * accounts, contributions and redemptions (its ADMIN, who reads nothing of other communities): every balance equals the sum of
 * its history and of its buckets, no balance is negative, no contribution paid twice, and
 * issued = available + redeemed + expired + reversed, cross-checked against the contribution
 * and redemption records themselves.
 */
public final class ReconciliationService {

    /** The totals and every mismatch found. */
    public record Report(boolean ok, long accounts, long issued, long available, long redeemed, long expired,
                         long reversed, List<Mismatch> mismatches) {
    }

    /** One failed check: which record, which rule, what was expected and what was found. */
    public record Mismatch(String subject, String check, long expected, long actual) {
    }

    public Report reconcile(Tx tx) {
        Member reader = tx.requireRole(Role.AUDITOR, Role.ADMIN);
        Predicate<String> inScope = reader.role() == Role.AUDITOR ? community -> true
                : community -> community.equals(reader.communityId());
        Store store = tx.store();
        List<Mismatch> mismatches = new ArrayList<>();
        long[] totals = new long[5];
        List<Account> accounts = store.scan(Keys.accounts(), Account.class);
        if (reader.role() != Role.AUDITOR) {
            accounts = accounts.stream().filter(a -> inScope.test(ResidentService.require(tx, a.residentId())
                    .communityId())).toList();
        }
        Map<String, Integer> paid = new HashMap<>();
        for (Account account : accounts) {
            checkAccount(store, account, mismatches, paid);
            totals[0] = Math.addExact(totals[0], account.earnedTotal());
            totals[1] = Math.addExact(totals[1], account.available());
            totals[2] = Math.addExact(totals[2], account.spentTotal());
            totals[3] = Math.addExact(totals[3], account.expiredTotal());
            totals[4] = Math.addExact(totals[4], account.reversedTotal());
        }
        long held = Math.addExact(Math.addExact(totals[1], totals[2]), Math.addExact(totals[3], totals[4]));
        expect(mismatches, "ledger", "issued = available + redeemed + expired + reversed", totals[0], held);
        long contributed = 0;
        long clawedBack = 0;
        for (Contribution c : store.scan(Keys.contributions(), Contribution.class)) {
            if (!inScope.test(c.communityId())) {
                continue;
            }
            if (c.status() == ContributionStatus.PENDING || c.status() == ContributionStatus.REJECTED) {
                continue; // never paid
            }
            contributed = Math.addExact(contributed, c.points());
            clawedBack = Math.addExact(clawedBack, c.reversal() == null ? 0 : c.reversal().reversedPoints());
        }
        long redeemed = store.scan(Keys.redemptions(), Redemption.class).stream()
                .filter(r -> inScope.test(r.communityId())).mapToLong(Redemption::points).reduce(0, Math::addExact);
        expect(mismatches, "ledger", "issued = sum of contribution records", contributed, totals[0]);
        expect(mismatches, "ledger", "redeemed = sum of redemption records", redeemed, totals[2]);
        expect(mismatches, "ledger", "reversed = sum of reversal records", clawedBack, totals[4]);
        paid.forEach((contributionId, count) -> {
            if (count > 1) {
                mismatches.add(new Mismatch(contributionId, "a contribution pays at most once", 1, count));
            }
        });
        return new Report(mismatches.isEmpty(), accounts.size(), totals[0], totals[1], totals[2], totals[3],
                totals[4], List.copyOf(mismatches));
    }

    private static void checkAccount(Store store, Account account, List<Mismatch> out, Map<String, Integer> paid) {
        String id = account.residentId();
        long[] history = new long[HistoryType.values().length];
        List<HistoryEntry> entries = store.scan(Keys.histories(id), HistoryEntry.class);
        for (HistoryEntry entry : entries) {
            history[entry.type().ordinal()] = Math.addExact(history[entry.type().ordinal()], entry.points());
            if (entry.type() == HistoryType.AWARD) {
                // contribution ids are scoped to a community, and a resident belongs to one
                paid.merge(id + "/" + entry.ref(), 1, Integer::sum);
            }
        }
        long[] buckets = new long[4];
        List<String> open = new ArrayList<>();
        for (Bucket bucket : store.scan(Keys.buckets(id), Bucket.class)) {
            buckets[0] = Math.addExact(buckets[0], bucket.earned());
            buckets[1] = Math.addExact(buckets[1], bucket.spent());
            buckets[2] = Math.addExact(buckets[2], bucket.expired());
            buckets[3] = Math.addExact(buckets[3], bucket.reversed());
            if (bucket.remaining() < 0) {
                out.add(new Mismatch(id + "/" + bucket.month(), "bucket remaining is never negative", 0,
                        bucket.remaining()));
            } else if (bucket.remaining() > 0) {
                open.add(YearMonth.parse(bucket.month()).toString());
            }
        }
        long sum = account.earnedTotal() - account.spentTotal() - account.expiredTotal() - account.reversedTotal();
        if (account.available() < 0) {
            out.add(new Mismatch(id, "balance is never negative", 0, account.available()));
        }
        expect(out, id, "available = earned - spent - expired - reversed", sum, account.available());
        expect(out, id, "earned = sum of AWARD history", history[HistoryType.AWARD.ordinal()], account.earnedTotal());
        expect(out, id, "spent = sum of REDEMPTION history", -history[HistoryType.REDEMPTION.ordinal()],
                account.spentTotal());
        expect(out, id, "expired = sum of EXPIRY history", -history[HistoryType.EXPIRY.ordinal()],
                account.expiredTotal());
        expect(out, id, "reversed = sum of REVERSAL history", -history[HistoryType.REVERSAL.ordinal()],
                account.reversedTotal());
        expect(out, id, "history count", entries.size(), account.historyCount());
        expect(out, id, "earned = sum of buckets", buckets[0], account.earnedTotal());
        expect(out, id, "spent = sum of buckets", buckets[1], account.spentTotal());
        expect(out, id, "expired = sum of buckets", buckets[2], account.expiredTotal());
        expect(out, id, "reversed = sum of buckets", buckets[3], account.reversedTotal());
        if (!open.equals(account.openMonths())) {
            out.add(new Mismatch(id, "open months match the buckets holding points", open.size(),
                    account.openMonths().size()));
        }
    }

    private static void expect(List<Mismatch> out, String subject, String check, long expected, long actual) {
        if (expected != actual) {
            out.add(new Mismatch(subject, check, expected, actual));
        }
    }
}
