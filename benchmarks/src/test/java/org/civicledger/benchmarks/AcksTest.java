package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcksTest {
    static final String R1 = "a".repeat(64);
    static final String R2 = "b".repeat(64);

    static Ack ack(String txId, String contributionId, String resident) {
        return new Ack(txId, contributionId, resident, 20);
    }

    @Nested
    class Lines {
        @Test
        void a_line_reads_back_as_the_award_it_wrote() {
            Ack a = ack("9b2e01", "t-run-1", R1);
            assertEquals(a, Ack.parse(a.line()));
            assertEquals("9b2e01\tt-run-1\t" + R1 + "\t20", a.line());
        }

        @Test
        void an_unknown_outcome_is_not_acknowledged() {
            assertTrue(!Ack.parse("?\tt-run-1\t" + R1 + "\t20").acknowledged());
        }

        @Test
        void a_malformed_line_is_refused_naming_its_file_line_and_field(@TempDir Path dir) throws Exception {
            Path f = dir.resolve("acks.tsv");
            Files.writeString(f, ack("01", "c-1", R1).line() + "\n\n01\tc-2\tnot-a-resident\t20\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Acks.read(List.of(f)));
            assertEquals(f + ":3: residentId is not 64 lowercase hexadecimal digits", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Ack.parse("01\tc-1\t" + R1));
            assertThrows(IllegalArgumentException.class, () -> Ack.parse("01\tc-1\t" + R1 + "\t0"));
            assertThrows(IllegalArgumentException.class, () -> Ack.parse("xyz\tc-1\t" + R1 + "\t20"));
        }
    }

    @Nested
    class Merging {
        @Test
        void files_merge_into_one_award_per_contribution_and_a_repeated_line_is_the_same_award(@TempDir Path dir)
                throws Exception {
            Path a = dir.resolve("a.tsv");
            Path b = dir.resolve("b.tsv");
            Files.writeString(a, ack("01", "c-1", R1).line() + "\n" + ack("02", "c-2", R2).line() + "\n");
            Files.writeString(b, ack("02", "c-2", R2).line() + "\n" + ack("03", "c-3", R1).line() + "\n");
            Acks.Merged m = Acks.read(List.of(a, b));
            assertEquals(List.of("c-1", "c-2", "c-3"), List.copyOf(m.byContribution().keySet()));
            assertEquals(List.of(), m.conflicts());
            assertEquals(4, m.lines());
        }

        @Test
        void a_contribution_acknowledged_with_two_transactions_is_a_conflict() {
            Acks.Merged m = Acks.merge(List.of(ack("01", "c-1", R1), ack("02", "c-1", R1)));
            assertEquals(List.of("contribution c-1 acknowledged with two transactions: 01 and 02"), m.conflicts());
        }

        @Test
        void a_contribution_acknowledged_as_two_different_awards_is_a_conflict() {
            Acks.Merged m = Acks.merge(List.of(ack("01", "c-1", R1), ack("01", "c-1", R2)));
            assertEquals(1, m.conflicts().size());
            assertTrue(m.conflicts().get(0).startsWith("contribution c-1 acknowledged as two awards"));
        }

        @Test
        void one_transaction_acknowledged_for_two_contributions_is_a_conflict() {
            Acks.Merged m = Acks.merge(List.of(ack("01", "c-1", R1), ack("01", "c-2", R1)));
            assertEquals(List.of("transaction 01 acknowledged for two contributions: c-1 and c-2"), m.conflicts());
        }

        @Test
        void an_acknowledgement_supersedes_an_unknown_outcome_of_the_same_award() {
            Acks.Merged m = Acks.merge(List.of(ack(Ack.UNKNOWN, "c-1", R1), ack("01", "c-1", R1)));
            assertEquals("01", m.byContribution().get("c-1").txId());
            assertEquals(List.of(), m.conflicts());
        }
    }
}
