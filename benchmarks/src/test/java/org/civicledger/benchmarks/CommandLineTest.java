package org.civicledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static final Set<String> KNOWN = Set.of("acks", "duration", "threads");

    @Test
    void options_take_a_separate_or_an_attached_value_and_may_repeat() {
        CommandLine o = new CommandLine(List.of("--acks", "a.tsv", "--acks=b.tsv", "--duration", "20s"), KNOWN);
        assertEquals(List.of("a.tsv", "b.tsv"), o.all("acks"));
        assertEquals(Duration.ofSeconds(20), o.duration("duration", null));
        assertEquals(8, o.positive("threads", 8));
    }

    @Test
    void durations_read_their_units_and_a_bare_number_is_seconds() {
        CommandLine o = new CommandLine(List.of("--duration=500ms"), KNOWN);
        assertEquals(Duration.ofMillis(500), o.duration("duration", null));
        assertEquals(Duration.ofMinutes(2), new CommandLine(List.of(), KNOWN).duration("duration", "2m"));
        assertEquals(Duration.ofSeconds(7), new CommandLine(List.of(), KNOWN).duration("duration", "7"));
    }

    @Test
    void a_typo_a_missing_value_a_repeated_single_option_and_a_bad_number_are_refused() {
        assertEquals("unknown option --thread; this mode takes --acks, --duration, --threads",
                assertThrows(IllegalArgumentException.class,
                        () -> new CommandLine(List.of("--thread", "8"), KNOWN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CommandLine(List.of("--threads"), KNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(List.of("--threads", "1", "--threads", "2"), KNOWN).positive("threads", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(List.of("--threads", "0"), KNOWN).positive("threads", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(List.of("--duration", "20 s"), KNOWN).duration("duration", null));
        assertThrows(IllegalArgumentException.class, () -> new CommandLine(List.of(), KNOWN).all("acks"));
    }
}
