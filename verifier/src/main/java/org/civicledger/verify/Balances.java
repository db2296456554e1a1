package org.civicledger.verify;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the state replay proved: the recomputed state and every account's books, as one sentence of
 * the report and, on request, a CSV file of the accounts.
 */
record Balances(long liveKeys, long writes, Books.Result books) {
    /** The CSV's header; one line per account follows, sorted by account (the resident's pseudonymous id). */
    static final String CSV_HEADER = "account,balance,issued,redeemed,expired,reversed";

    /** Replays the state of a chain that verified and recomputes its books. */
    static Balances of(StateReplay replay) throws VerificationFailure {
        return new Balances(replay.liveKeys(), replay.writes(), replay.balances());
    }

    /** The embedded ledger's sentence: the state digests were checked too. */
    String sentence() {
        return "Recomputed " + liveKeys + " live key" + (liveKeys == 1 ? "" : "s") + " from " + writes
                + " valid writes; the state digests of every block match; " + totals();
    }

    /** A Fabric chain's sentence: its blocks commit to no state digest, so only the books were checked. */
    String fabricSentence(String namespace) {
        return "Recomputed " + liveKeys + " live key" + (liveKeys == 1 ? "" : "s") + " of namespace " + namespace
                + " from " + writes + " writes of the valid transactions, in block order (Fabric blocks commit to no"
                + " state digest: the books are checked, the peers' world state is not compared); " + totals();
    }

    private String totals() {
        long accounts = books.accounts().size();
        return accounts + " account" + (accounts == 1 ? "" : "s") + ": issued " + books.issued() + " = available "
                + books.available() + " + redeemed " + books.redeemed() + " + expired " + books.expired()
                + " + reversed " + books.reversed() + ", each account's totals equal to the sums of its history and of"
                + " its monthly buckets, the totals equal to the contribution, redemption and reversal records.";
    }

    void writeCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CSV_HEADER + "\n");
            for (Books.Account a : books.accounts()) {
                out.write(a.residentId() + "," + a.balance() + "," + a.issued() + "," + a.redeemed() + ","
                        + a.expired() + "," + a.reversed() + "\n");
            }
        }
    }
}
