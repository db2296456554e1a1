package org.civicledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rules {@code ConsortiumLoad check} holds acknowledged awards to: every acknowledged award is on the ledger
 * once, VALID, as that award (its transaction's PointsAwarded event names the same contribution, resident and
 * points), and each resident has earned exactly the points acknowledged to it — so a lost write (fewer) or a
 * doubled one (more) shows. Pure: the ledger's answers are passed in.
 */
final class ExactlyOnce {
    /** The validation code the ledger gives a transaction that took effect. */
    static final String VALID = "VALID";

    /**
     * What the ledger holds under a txId: its validation code, and the award its PointsAwarded event names
     * (nulls when it set no such event).
     */
    record Recorded(String validationCode, String contributionId, String residentId, Long points) {
    }

    private ExactlyOnce() {
    }

    /** The awards each resident was acknowledged, summed: what its earned total must be. */
    static Map<String, Long> acknowledgedPoints(Acks.Merged acks) {
        Map<String, Long> sums = new TreeMap<>();
        for (Ack ack : acks.byContribution().values()) {
            if (ack.acknowledged()) {
                sums.merge(ack.residentId(), ack.points(), Long::sum);
            }
        }
        return sums;
    }

    /**
     * Every way the ledger disagrees with the acknowledgements; empty when each acknowledged award is there once.
     *
     * @param acks the merged acks files
     * @param byTxId what the ledger holds under each acknowledged txId (absent: not on the ledger)
     * @param earnedByResident each resident's earned total on the ledger (absent: no such resident)
     */
    static List<String> mismatches(Acks.Merged acks, Map<String, Recorded> byTxId, Map<String, Long> earnedByResident) {
        List<String> out = new ArrayList<>(acks.conflicts());
        for (Ack ack : acks.byContribution().values()) {
            if (!ack.acknowledged()) {
                out.add("contribution " + ack.contributionId() + ": its outcome was never learned, so resident "
                        + ack.residentId() + "'s total cannot be checked");
                continue;
            }
            Recorded r = byTxId.get(ack.txId());
            if (r == null) {
                out.add("transaction " + ack.txId() + " (contribution " + ack.contributionId()
                        + ") is not on the ledger: a lost write");
            } else if (!VALID.equals(r.validationCode())) {
                out.add("transaction " + ack.txId() + " (contribution " + ack.contributionId() + ") is "
                        + r.validationCode() + ", not " + VALID);
            } else if (!ack.contributionId().equals(r.contributionId()) || !ack.residentId().equals(r.residentId())
                    || !Objects.equals(ack.points(), r.points())) {
                out.add("transaction " + ack.txId() + " is not the award acknowledged (contribution "
                        + ack.contributionId() + ", " + ack.points() + " points): the ledger's award is contribution "
                        + r.contributionId() + ", " + r.points() + " points");
            }
        }
        acknowledgedPoints(acks).forEach((resident, sum) -> {
            Long earned = earnedByResident.get(resident);
            if (earned == null) {
                out.add("resident " + resident + " is not on the ledger, yet " + sum + " points were acknowledged to it");
            } else if (earned != sum.longValue()) {
                out.add("resident " + resident + " earned " + earned + " points on the ledger, " + sum
                        + " were acknowledged: " + (earned < sum ? "a lost write" : "a write doubled or never acknowledged"));
            }
        });
        return out;
    }
}
