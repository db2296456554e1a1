package org.civicledger.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Acks files read together: one award per contribution id, and every contradiction between their lines
 * (a contribution acknowledged with two transactions, or one transaction acknowledged for two contributions).
 * A line repeated verbatim (the same award acknowledged again, e.g. a replay answered 200) is the same award.
 */
final class Acks {
    /** The awards by contribution id (in first-seen order), the contradictions found, and the lines read. */
    record Merged(Map<String, Ack> byContribution, List<String> conflicts, long lines) {
    }

    private Acks() {
    }

    /**
     * Reads and merges acks files; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed line
     */
    static Merged read(List<Path> files) throws IOException {
        List<Ack> all = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    all.add(Ack.parse(lines.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return merge(all);
    }

    /** Merges awards; an acknowledged line supersedes an unknown outcome of the same award. */
    static Merged merge(List<Ack> acks) {
        Map<String, Ack> byContribution = new LinkedHashMap<>();
        Map<String, String> contributionByTx = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Ack ack : acks) {
            Ack seen = byContribution.get(ack.contributionId());
            if (seen == null || (!seen.acknowledged() && ack.acknowledged() && sameAward(seen, ack))) {
                byContribution.put(ack.contributionId(), ack);
            } else if (!sameAward(seen, ack)) {
                conflicts.add("contribution " + ack.contributionId() + " acknowledged as two awards: "
                        + seen.line().replace('\t', ' ') + " | " + ack.line().replace('\t', ' '));
            } else if (seen.acknowledged() && ack.acknowledged() && !seen.txId().equals(ack.txId())) {
                conflicts.add("contribution " + ack.contributionId() + " acknowledged with two transactions: "
                        + seen.txId() + " and " + ack.txId());
            }
            if (ack.acknowledged()) {
                String other = contributionByTx.putIfAbsent(ack.txId(), ack.contributionId());
                if (other != null && !other.equals(ack.contributionId())) {
                    conflicts.add("transaction " + ack.txId() + " acknowledged for two contributions: " + other
                            + " and " + ack.contributionId());
                }
            }
        }
        return new Merged(byContribution, conflicts, acks.size());
    }

    private static boolean sameAward(Ack a, Ack b) {
        return a.residentId().equals(b.residentId()) && a.points() == b.points();
    }
}
