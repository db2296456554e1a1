package org.civicledger.gateway.ledger.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockFileTest {
    private static final int HEADER = RecordFormat.HEADER_BYTES;

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("ledger").resolve("blocks");
    }

    @Nested
    class Open {
        @Test
        void creates_an_absent_file_and_its_parent_directories() {
            try (BlockFile blocks = BlockFile.open(file)) {
                assertTrue(Files.isRegularFile(file));
                assertEquals(0, blocks.size());
                assertEquals(file.toAbsolutePath(), blocks.path());
            }
        }

        @Test
        void an_empty_file_has_no_records_and_a_clean_recovery_report() throws IOException {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(0, blocks.size());
                assertEquals(new BlockFile.RecoveryReport(0, 0, null, -1), blocks.recovery());
                assertEquals(OptionalLong.empty(), blocks.firstCorruptRecord());
                assertEquals(OptionalLong.empty(), blocks.verify());
            }
            assertEquals(0, Files.size(file));
        }

        @Test
        void refuses_a_second_open_of_a_file_that_is_already_open() {
            try (BlockFile blocks = BlockFile.open(file)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> BlockFile.open(file));
                assertTrue(e.getMessage().contains("already open"), e.getMessage());
                assertEquals(0, blocks.append(payload(0)));
            }
        }

        @Test
        void throws_NullPointerException_on_null_file() {
            assertThrows(NullPointerException.class, () -> BlockFile.open(null));
        }
    }

    @Nested
    class Append {
        @Test
        void returns_consecutive_indexes_from_zero() {
            try (BlockFile blocks = BlockFile.open(file)) {
                for (int i = 0; i < 5; i++) {
                    assertEquals(i, blocks.append(payload(i)));
                }
                assertEquals(5, blocks.size());
            }
        }

        @Test
        void reads_back_exactly_what_was_appended_including_an_empty_payload() {
            try (BlockFile blocks = BlockFile.open(file)) {
                blocks.append(payload(0));
                blocks.append(new byte[0]);
                blocks.append(payload(2));
                assertArrayEquals(payload(0), blocks.read(0));
                assertArrayEquals(new byte[0], blocks.read(1));
                assertArrayEquals(payload(2), blocks.read(2));
            }
        }

        @Test
        void keeps_records_across_close_and_reopen_and_continues_their_indexes() {
            writeRecords(3);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(new BlockFile.RecoveryReport(3, 0, null, -1), blocks.recovery());
                assertEquals(3, blocks.append(payload(3)));
            }
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(4, blocks.size());
                for (int i = 0; i < 4; i++) {
                    assertArrayEquals(payload(i), blocks.read(i));
                }
            }
        }

        @Test
        void writes_magic_length_header_crc_payload_crc_then_payload_big_endian() throws IOException {
            byte[] payload = "abc".getBytes(UTF_8);
            try (BlockFile blocks = BlockFile.open(file)) {
                blocks.append(payload);
            }
            ByteBuffer expected = ByteBuffer.allocate(HEADER + 3)
                    .put(new byte[] {'C', 'L', 'B', 'K', 0, 0, 0, 3})
                    .putInt(crc32c(new byte[] {'C', 'L', 'B', 'K', 0, 0, 0, 3}))
                    .putInt(crc32c(payload))
                    .put(payload);
            assertArrayEquals(expected.array(), Files.readAllBytes(file));
        }

        @Test
        void refuses_a_payload_over_64_MiB_stating_the_rule_and_writes_nothing() throws IOException {
            try (BlockFile blocks = BlockFile.open(file)) {
                blocks.append(payload(0));
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> blocks.append(new byte[BlockFile.MAX_PAYLOAD_BYTES + 1]));
                assertEquals("a block file record payload must be at most 67108864 bytes (64 MiB): was 67108865",
                        e.getMessage());
                assertEquals(1, blocks.size());
                assertEquals(1, blocks.append(payload(1)));
            }
            assertEquals(recordsLength(2), Files.size(file));
        }

        @Test
        void throws_NullPointerException_on_null_payload() {
            try (BlockFile blocks = BlockFile.open(file)) {
                assertThrows(NullPointerException.class, () -> blocks.append(null));
                assertEquals(0, blocks.size());
            }
        }
    }

    @Nested
    class GroupCommit {
        @Test
        void many_appends_then_one_force_are_all_there_after_reopen() {
            try (BlockFile blocks = BlockFile.open(file)) {
                for (int i = 0; i < 1_000; i++) {
                    blocks.append(payload(i));
                }
                blocks.force();
            }
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(1_000, blocks.size());
                assertEquals(OptionalLong.empty(), blocks.verify());
                for (int i = 0; i < 1_000; i++) {
                    assertArrayEquals(payload(i), blocks.read(i));
                }
            }
        }

        @Test
        void concurrent_appends_from_8_threads_get_distinct_indexes_and_all_read_back() throws Exception {
            int threads = 8;
            int perThread = 250;
            Map<Long, byte[]> written = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try (BlockFile blocks = BlockFile.open(file)) {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int n = 0; n < perThread; n++) {
                            byte[] payload = ("thread " + thread + " record " + n).getBytes(UTF_8);
                            assertNull(written.put(blocks.append(payload), payload), "index handed out twice");
                            if (n % 10 == 0) {
                                blocks.force();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(threads * perThread, blocks.size());
                assertEquals(LongStream.range(0, threads * perThread).boxed().toList(),
                        new ArrayList<>(new TreeSet<>(written.keySet())));
                written.forEach((index, payload) -> assertArrayEquals(payload, blocks.read(index)));
            } finally {
                pool.shutdownNow();
            }
            try (BlockFile blocks = BlockFile.open(file)) {
                written.forEach((index, payload) -> assertArrayEquals(payload, blocks.read(index)));
            }
        }
    }

    @Nested
    class TornTail {
        static Stream<Arguments> tails() {
            byte[] next = RecordFormat.encode(payload(3)).array();
            byte[] flipped = next.clone();
            flipped[HEADER + 2] ^= 0x01;
            byte[] garbage = new byte[100];
            new Random(42).nextBytes(garbage);
            return Stream.of(
                    Arguments.of("partial header", Arrays.copyOf(next, 7)),
                    Arguments.of("header and partial payload", Arrays.copyOf(next, HEADER + 5)),
                    Arguments.of("garbage", garbage),
                    Arguments.of("zeros", new byte[4096]),
                    Arguments.of("whole last record with a flipped payload byte", flipped));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("tails")
        void is_cut_back_to_the_last_good_record_and_saved_to_a_side_file(String name, byte[] tail)
                throws IOException {
            writeRecords(3);
            appendRaw(tail);
            long good = recordsLength(3);
            Path cutFile = file.resolveSibling("blocks.cut-" + good);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(new BlockFile.RecoveryReport(3, tail.length, cutFile.toAbsolutePath(), -1),
                        blocks.recovery());
                assertEquals(3, blocks.size());
                assertEquals(OptionalLong.empty(), blocks.firstCorruptRecord());
                assertEquals(good, Files.size(file));
                assertArrayEquals(tail, Files.readAllBytes(cutFile));
                assertEquals(3, blocks.append(payload(99)));
            }
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(new BlockFile.RecoveryReport(4, 0, null, -1), blocks.recovery());
                assertArrayEquals(payload(2), blocks.read(2));
                assertArrayEquals(payload(99), blocks.read(3));
            }
        }

        @Test
        void a_torn_first_record_leaves_an_empty_file() throws IOException {
            byte[] tail = Arrays.copyOf(RecordFormat.encode(payload(0)).array(), HEADER + 1);
            Files.createDirectories(file.getParent());
            Files.write(file, tail);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(0, blocks.size());
                assertEquals(tail.length, blocks.recovery().bytesCut());
                assertEquals(0, Files.size(file));
                assertArrayEquals(tail, Files.readAllBytes(blocks.recovery().cutFile()));
            }
        }

        @Test
        void a_second_cut_at_the_same_offset_keeps_the_first_side_file() throws IOException {
            writeRecords(2);
            appendRaw("first".getBytes(UTF_8));
            Path first;
            try (BlockFile blocks = BlockFile.open(file)) {
                first = blocks.recovery().cutFile();
            }
            appendRaw("second".getBytes(UTF_8));
            try (BlockFile blocks = BlockFile.open(file)) {
                Path second = blocks.recovery().cutFile();
                assertFalse(first.equals(second), "the second cut must not overwrite the first");
                assertEquals("first", Files.readString(first));
                assertEquals("second", Files.readString(second));
            }
        }

        @Test
        void is_cut_even_after_a_corrupt_middle_record_which_stays_reported() throws IOException {
            writeRecords(4);
            flipByte(recordsLength(1) + HEADER);
            appendRaw(new byte[] {1, 2, 3});
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(3, blocks.recovery().bytesCut());
                assertEquals(OptionalLong.of(1), blocks.firstCorruptRecord());
                assertEquals(4, blocks.size());
                assertEquals(recordsLength(4), Files.size(file));
            }
        }
    }

    @Nested
    class MiddleCorruption {
        static Stream<Arguments> flips() {
            return Stream.of(
                    Arguments.of("magic", 0),
                    Arguments.of("length, high byte", 4),
                    Arguments.of("length, low byte", 7),
                    Arguments.of("header CRC", 8),
                    Arguments.of("payload CRC", 12),
                    Arguments.of("payload", HEADER + 3));
        }

        @ParameterizedTest(name = "flipped {0}")
        @MethodSource("flips")
        void is_kept_and_reported_as_the_exact_record_and_later_records_stay_readable(String field, int at)
                throws IOException {
            writeRecords(5);
            flipByte(recordsLength(2) + at);
            long sizeBefore = Files.size(file);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(new BlockFile.RecoveryReport(5, 0, null, 2), blocks.recovery());
                assertEquals(OptionalLong.of(2), blocks.firstCorruptRecord());
                assertEquals(OptionalLong.of(2), blocks.verify());
                for (int i : new int[] {0, 1, 3, 4}) {
                    assertArrayEquals(payload(i), blocks.read(i));
                }
                CorruptRecordException e = assertThrows(CorruptRecordException.class, () -> blocks.read(2));
                assertEquals(2, e.recordIndex());
                assertTrue(e.getMessage().startsWith("record 2 of block file "), e.getMessage());
            }
            assertEquals(sizeBefore, Files.size(file));
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertEquals(List.of(file), files.toList(), "nothing may be cut");
            }
        }

        @Test
        void is_skipped_however_far_the_next_good_record_lies_past_the_search_buffer() throws IOException {
            // The search reads 64 KiB chunks overlapping by 3 bytes, starting 1 byte past the bad
            // record; these sizes put record 2 at every position around the third chunk's end.
            for (int extra = 0; extra < 8; extra++) {
                Path blocksFile = dir.resolve("large-" + extra);
                byte[] large = new byte[196_579 + extra];
                new Random(extra).nextBytes(large);
                try (BlockFile blocks = BlockFile.open(blocksFile)) {
                    blocks.append(payload(0));
                    blocks.append(large);
                    blocks.append(payload(2));
                }
                flipByteOf(blocksFile, recordsLength(1));
                try (BlockFile blocks = BlockFile.open(blocksFile)) {
                    assertEquals(new BlockFile.RecoveryReport(3, 0, null, 1), blocks.recovery(), "extra " + extra);
                    assertArrayEquals(payload(2), blocks.read(2));
                }
            }
        }

        @Test
        void in_the_first_record_is_reported_as_record_0() throws IOException {
            writeRecords(3);
            flipByte(HEADER);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(OptionalLong.of(0), blocks.firstCorruptRecord());
                assertArrayEquals(payload(1), blocks.read(1));
            }
        }

        @Test
        void does_not_stop_appends_which_get_the_next_index_and_survive_reopen() throws IOException {
            writeRecords(3);
            flipByte(recordsLength(1) + HEADER);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(3, blocks.append(payload(3)));
            }
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(4, blocks.size());
                assertEquals(OptionalLong.of(1), blocks.firstCorruptRecord());
                assertArrayEquals(payload(3), blocks.read(3));
            }
        }
    }

    @Nested
    class Verify {
        @Test
        void finds_nothing_in_an_intact_file() {
            try (BlockFile blocks = BlockFile.open(file)) {
                for (int i = 0; i < 10; i++) {
                    blocks.append(payload(i));
                }
                assertEquals(OptionalLong.empty(), blocks.verify());
            }
        }

        @Test
        void reports_the_exact_record_when_a_payload_byte_is_flipped_after_open() throws IOException {
            writeRecords(10);
            try (BlockFile blocks = BlockFile.open(file)) {
                flipByte(recordsLength(7) + HEADER + 5);
                assertEquals(OptionalLong.of(7), blocks.verify());
                assertEquals(OptionalLong.empty(), blocks.firstCorruptRecord(), "opening found it intact");
            }
        }

        @Test
        void reports_a_flipped_header_byte_in_the_last_record() throws IOException {
            writeRecords(10);
            try (BlockFile blocks = BlockFile.open(file)) {
                flipByte(recordsLength(9) + 5);
                assertEquals(OptionalLong.of(9), blocks.verify());
            }
        }

        @Test
        void reports_the_first_of_two_damaged_records() throws IOException {
            writeRecords(10);
            try (BlockFile blocks = BlockFile.open(file)) {
                flipByte(recordsLength(8) + HEADER);
                flipByte(recordsLength(4) + HEADER);
                assertEquals(OptionalLong.of(4), blocks.verify());
            }
        }

        @Test
        void reports_the_last_record_when_the_file_is_cut_short_after_open() throws IOException {
            writeRecords(4);
            try (BlockFile blocks = BlockFile.open(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(recordsLength(4) - 1);
                }
                assertEquals(OptionalLong.of(3), blocks.verify());
            }
        }
    }

    @Nested
    class Read {
        @Test
        void throws_IndexOutOfBoundsException_for_an_unknown_index() {
            try (BlockFile blocks = BlockFile.open(file)) {
                blocks.append(payload(0));
                assertThrows(IndexOutOfBoundsException.class, () -> blocks.read(-1));
                assertThrows(IndexOutOfBoundsException.class, () -> blocks.read(1));
            }
        }

        @Test
        void of_a_record_tampered_after_open_throws_naming_its_index() throws IOException {
            writeRecords(5);
            try (BlockFile blocks = BlockFile.open(file)) {
                assertArrayEquals(payload(3), blocks.read(3));
                flipByte(recordsLength(3) + HEADER + 1);
                CorruptRecordException e = assertThrows(CorruptRecordException.class, () -> blocks.read(3));
                assertEquals(3, e.recordIndex());
                assertEquals("record 3 of block file " + file.toAbsolutePath()
                        + " is corrupt: payload CRC32C does not match", e.getMessage());
                assertArrayEquals(payload(4), blocks.read(4));
            }
        }
    }

    @Nested
    class Close {
        @Test
        void refuses_every_operation_afterwards_and_may_be_repeated() {
            BlockFile blocks = BlockFile.open(file);
            blocks.append(payload(0));
            blocks.close();
            blocks.close();
            assertThrows(IllegalStateException.class, () -> blocks.append(payload(1)));
            assertThrows(IllegalStateException.class, () -> blocks.read(0));
            assertThrows(IllegalStateException.class, blocks::force);
            assertThrows(IllegalStateException.class, blocks::verify);
            assertThrows(IllegalStateException.class, blocks::size);
        }

        @Test
        void releases_the_file_so_it_can_be_opened_again() {
            BlockFile.open(file).close();
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(0, blocks.size());
            }
        }
    }

    @Nested
    class KilledProcess {
        @Test
        @Timeout(value = 90, unit = TimeUnit.SECONDS)
        void loses_no_acknowledged_record_when_killed_with_SIGKILL() throws Exception {
            Path log = dir.resolve("writer.err");
            Process writer = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    BlockFileCrashWriter.class.getName(), file.toString(), "20")
                    .redirectError(log.toFile())
                    .start();
            List<Long> acknowledged = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), UTF_8))) {
                readAcknowledged(out, acknowledged, 300);
                // SIGKILL, as Process.destroyForcibly() sends, but through the handle, which
                // leaves our end of the pipe open: lines already in it were acknowledged too.
                assertTrue(writer.toHandle().destroyForcibly());
                readAcknowledged(out, acknowledged, Integer.MAX_VALUE);
            } finally {
                writer.destroyForcibly();
                writer.waitFor();
            }
            assertTrue(acknowledged.size() >= 300, () -> "writer acknowledged only " + acknowledged.size()
                    + " records; its stderr: " + readQuietly(log));
            try (BlockFile blocks = BlockFile.open(file)) {
                assertEquals(OptionalLong.empty(), blocks.firstCorruptRecord());
                assertTrue(blocks.size() > acknowledged.get(acknowledged.size() - 1));
                for (long index : acknowledged) {
                    assertArrayEquals(BlockFileCrashWriter.payloadFor(index), blocks.read(index));
                }
                assertEquals(OptionalLong.empty(), blocks.verify());
            }
        }

        private void readAcknowledged(BufferedReader out, List<Long> acknowledged, int atLeast)
                throws IOException {
            String line;
            while (acknowledged.size() < atLeast && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line));
            }
        }

        private String readQuietly(Path path) {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        }
    }

    /** Distinct, differently sized payloads, so that every record has its own offsets. */
    static byte[] payload(int i) {
        return ("block " + i + ";").repeat(1 + i % 7).getBytes(UTF_8);
    }

    /** The length of records 0 to n - 1 of {@link #payload(int)}: where record n starts. */
    private static long recordsLength(int n) {
        long length = 0;
        for (int i = 0; i < n; i++) {
            length += HEADER + payload(i).length;
        }
        return length;
    }

    private void writeRecords(int n) {
        try (BlockFile blocks = BlockFile.open(file)) {
            for (int i = 0; i < n; i++) {
                blocks.append(payload(i));
            }
        }
    }

    private void appendRaw(byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.APPEND);
    }

    private void flipByte(long position) throws IOException {
        flipByteOf(file, position);
    }

    private static void flipByteOf(Path target, long position) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, position);
            one.put(0, (byte) ~one.get(0));
            channel.write(one.rewind(), position);
        }
    }

    private static int crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
