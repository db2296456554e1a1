package org.civicledger.gateway.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The block formats' exact bytes. The expected values were computed by an independent
 * implementation of {@link BlockEncoding}'s javadoc (Python's struct and hashlib), so a change to
 * the encoding, or a drift between the code and its documented specification, fails here.
 */
class BlockEncodingTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String TIME = "2026-12-06T10:00:00Z";
    private static final List<byte[]> TX_BYTES = List.of(utf8("{\"a\":1}"), utf8("{}"));
    private static final List<Envelope> ENVELOPES = List.of(new Envelope(null, new byte[] {1, 2, 3}),
            new Envelope(null, new byte[0]));
    private static final List<ValidationCode> CODES = List.of(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);

    @Nested
    class Version2 {
        @Test
        void header_is_tag_number_three_raw_digests_and_length_prefixed_time() {
            byte[] header = BlockEncoding.headerBytes(7, "11".repeat(32), "22".repeat(32), "33".repeat(32), TIME);
            assertEquals("0000001c" + hex("civic-ledger/block-header/v2")
                    + "0000000000000007"
                    + "11".repeat(32) + "22".repeat(32) + "33".repeat(32)
                    + "00000014" + hex(TIME), HEX.formatHex(header));
            assertEquals("8e9c182442e8b0617d4d29b8daf887b29cfb304ec1be05b1580dbee33c17cbc1",
                    BlockEncoding.V2.headerHash(7, "11".repeat(32), "22".repeat(32), "33".repeat(32), TIME));
        }

        @Test
        void data_is_tag_count_and_each_transaction_and_signature_length_prefixed() {
            assertEquals("0000001a" + hex("civic-ledger/block-data/v2")
                    + "00000002"
                    + "00000007" + hex("{\"a\":1}") + "00000003" + "010203"
                    + "00000002" + hex("{}") + "00000000", HEX.formatHex(BlockEncoding.dataBytes(TX_BYTES, ENVELOPES)));
            assertEquals("a9040cc29354e0f549293f93fc77ccbdf5070735b0b78da5a53dfe0237753e16",
                    BlockEncoding.V2.dataHash(TX_BYTES, ENVELOPES));
        }

        @Test
        void signed_bytes_are_tag_raw_hash_count_and_each_code_name_length_prefixed() {
            assertEquals("0000001f" + hex("civic-ledger/block-signature/v2")
                    + "44".repeat(32)
                    + "00000002" + "00000005" + hex("VALID") + "00000012" + hex("MVCC_READ_CONFLICT"),
                    HEX.formatHex(BlockEncoding.V2.signedBytes("44".repeat(32), CODES)));
        }

        @Test
        void refuses_a_digest_that_is_not_64_lowercase_hex_characters() {
            assertThrows(IllegalArgumentException.class,
                    () -> BlockEncoding.headerBytes(1, "AB".repeat(32), "22".repeat(32), "33".repeat(32), TIME));
            assertThrows(IllegalArgumentException.class,
                    () -> BlockEncoding.headerBytes(1, "11".repeat(31), "22".repeat(32), "33".repeat(32), TIME));
            assertThrows(IllegalArgumentException.class,
                    () -> BlockEncoding.signedBytesOfNames("4|" + "44".repeat(31), List.of()));
        }
    }

    @Nested
    class Version1 {
        @Test
        void still_computes_exactly_what_blocks_before_version_2_were_written_with() {
            assertEquals("5b2b2b9cce4334d90525b9c6fe33410893fc64f4d48bc80857a3756e5fcb16dc",
                    LegacyBlockEncoding.V1.headerHash(7, "11".repeat(32), "22".repeat(32), "33".repeat(32), TIME));
            assertEquals("6a7c5cacba0b24b42d5ec4c2d3cf08aecf2dcc428450fe656e09f357b8516b15",
                    LegacyBlockEncoding.V1.dataHash(TX_BYTES, ENVELOPES));
            assertArrayEquals(utf8("44".repeat(32) + "|[VALID, MVCC_READ_CONFLICT]"),
                    LegacyBlockEncoding.V1.signedBytes("44".repeat(32), CODES));
        }

        @Test
        void is_what_a_block_naming_no_version_follows() {
            assertEquals(1, BlockFormat.of(1).version());
            assertEquals(2, BlockFormat.of(2).version());
            assertEquals(2, BlockFormat.CURRENT.version());
            assertThrows(IllegalArgumentException.class, () -> BlockFormat.of(3));
        }
    }

    /** Pairs of different blocks that version 1 cannot tell apart and version 2 can. */
    @Nested
    class Unambiguous {
        @Test
        void a_byte_moved_from_a_transaction_into_its_signature_changes_the_data_hash() {
            List<byte[]> txs = List.of(utf8("{\"a\":1}"));
            List<byte[]> shorter = List.of(utf8("{\"a\":1"));
            List<Envelope> sig = List.of(new Envelope(null, new byte[] {9}));
            List<Envelope> longerSig = List.of(new Envelope(null, new byte[] {'}', 9}));
            assertEquals(LegacyBlockEncoding.V1.dataHash(txs, sig), LegacyBlockEncoding.V1.dataHash(shorter, longerSig),
                    "version 1 runs a transaction and its signature together");
            assertNotEquals(BlockEncoding.V2.dataHash(txs, sig), BlockEncoding.V2.dataHash(shorter, longerSig));
        }

        @Test
        void a_byte_moved_from_one_transaction_to_the_next_changes_the_data_hash() {
            // Block A: tx "ab" signed "c", tx "d" signed "e". Block B: tx "ab" signed "", tx "cd" signed "e".
            List<byte[]> txsA = List.of(utf8("ab"), utf8("d"));
            List<Envelope> sigsA = List.of(new Envelope(null, utf8("c")), new Envelope(null, utf8("e")));
            List<byte[]> txsB = List.of(utf8("ab"), utf8("cd"));
            List<Envelope> sigsB = List.of(new Envelope(null, new byte[0]), new Envelope(null, utf8("e")));
            assertEquals(LegacyBlockEncoding.V1.dataHash(txsA, sigsA), LegacyBlockEncoding.V1.dataHash(txsB, sigsB),
                    "version 1 has no boundary between transactions");
            assertNotEquals(BlockEncoding.V2.dataHash(txsA, sigsA), BlockEncoding.V2.dataHash(txsB, sigsB));
        }

        @Test
        void an_empty_transaction_and_no_transaction_differ() {
            List<byte[]> none = List.of();
            List<byte[]> empty = List.of(new byte[0]);
            List<Envelope> emptySig = List.of(new Envelope(null, new byte[0]));
            assertEquals(LegacyBlockEncoding.V1.dataHash(none, List.of()), LegacyBlockEncoding.V1.dataHash(empty, emptySig),
                    "version 1 does not count the transactions");
            assertNotEquals(BlockEncoding.V2.dataHash(none, List.of()), BlockEncoding.V2.dataHash(empty, emptySig));
        }

        @Test
        void a_code_list_whose_rendering_collides_gives_different_signed_bytes() {
            // Version 1 signs List.toString(): one name containing ", " renders as two names do.
            List<String> one = List.of("VALID, MVCC_READ_CONFLICT");
            List<String> two = List.of("VALID", "MVCC_READ_CONFLICT");
            assertEquals(one.toString(), two.toString());
            String hash = "44".repeat(32);
            assertFalse(java.util.Arrays.equals(BlockEncoding.signedBytesOfNames(hash, one),
                    BlockEncoding.signedBytesOfNames(hash, two)));
        }

        @Test
        void a_letter_moved_from_one_code_name_to_the_next_gives_different_signed_bytes() {
            // Same count, same letters: only the names' length prefixes tell these apart.
            String hash = "44".repeat(32);
            assertFalse(java.util.Arrays.equals(BlockEncoding.signedBytesOfNames(hash, List.of("AB", "C")),
                    BlockEncoding.signedBytesOfNames(hash, List.of("A", "BC"))));
        }

        @Test
        void header_fields_cannot_run_into_each_other() {
            // Version 1 hashes "number|previousHash|...": a "|" moved between fields hashes the same.
            String a = "aa".repeat(32);
            assertEquals(LegacyBlockEncoding.V1.headerHash(1, a + "|b", "c", "d", TIME),
                    LegacyBlockEncoding.V1.headerHash(1, a, "b|c", "d", TIME));
            // Version 2 takes only raw 32-byte digests: no field can spill into the next.
            assertThrows(IllegalArgumentException.class, () -> BlockEncoding.V2.headerHash(1, a + "|b", "c", "d", TIME));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(String text) {
        return HEX.formatHex(utf8(text));
    }
}
