package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.file.Path;
import java.util.List;
import org.civicledger.gateway.ledger.TxProof;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricProofsTest {
    @TempDir
    Path dir;

    FabricChain chain;

    /** Blocks 1 (the proved transactions), 2 and 3 after the genesis block. */
    @BeforeEach
    void chainOfFourBlocks() {
        chain = new FabricChain(dir);
        chain.append(FabricChain.Tx.valid("tx-other", chain.app, "PointsAwarded", "Points:award", "{}"),
                new FabricChain.Tx("tx-award", chain.app, List.of("Points:award", "{}"), "PointsAwarded",
                        "{\"communityId\":\"demo\",\"points\":20}", 0),
                new FabricChain.Tx("tx-late", chain.app, List.of("Points:award", "{}"), "PointsAwarded",
                        "{\"communityId\":\"demo\"}", 11));
        chain.append(FabricChain.Tx.valid("tx-2", chain.app, "PointsAwarded", "Points:award", "{}"));
        chain.append(FabricChain.Tx.valid("tx-3", chain.app, "PointsRedeemed", "Points:redeem", "{}"));
    }

    private TxProof proof(String txId, long checkpoint) {
        Block block = chain.block(1);
        FabricProofs.Headers headers = new FabricProofs.Headers(block, checkpoint);
        for (long n = headers.next(); headers.wantsMore(); n++) {
            headers.add(chain.block(n));
        }
        return FabricProofs.proof(FabricChain.CHANNEL, block.toByteArray(),
                FabricProofs.find(block, txId).orElseThrow(), headers);
    }

    @Nested
    class Find {
        @Test
        void finds_a_transaction_by_its_channel_header_id_at_its_index() {
            assertEquals(1, FabricProofs.find(chain.block(1), "tx-award").orElseThrow().index());
        }

        @Test
        void finds_nothing_for_an_id_the_block_does_not_hold() {
            assertTrue(FabricProofs.find(chain.block(1), "tx-2").isEmpty());
        }
    }

    @Nested
    class Proof {
        @Test
        void carries_the_block_as_given_and_the_transaction_it_holds() {
            byte[] block = chain.block(1).toByteArray();
            TxProof proof = proof("tx-award", 3);
            assertArrayEquals(block, proof.block());
            assertEquals("FABRIC", proof.ledger());
            assertEquals("civic", proof.channel());
            assertEquals("tx-award", proof.txId());
            assertEquals(1, proof.blockNumber());
            assertEquals(1, proof.txIndex());
            assertEquals("VALID", proof.validationCode());
            assertEquals("demo", proof.community());
        }

        @Test
        void carries_the_headers_of_the_later_blocks_up_to_the_checkpoint_and_the_checkpoints_seal()
                throws InvalidProtocolBufferException {
            TxProof proof = proof("tx-award", 3);
            assertEquals(List.of(chain.block(2).getHeader(), chain.block(3).getHeader()),
                    List.of(BlockHeader.parseFrom(proof.headers().get(0)), BlockHeader.parseFrom(proof.headers().get(1))));
            assertEquals(3, proof.checkpoint());
            assertEquals(FabricBlocks.hex(FabricBlocks.headerHash(chain.block(3).getHeader())), proof.checkpointHash());
            assertArrayEquals(chain.block(3).getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE).toByteArray(),
                    proof.seal());
        }

        @Test
        void at_its_own_block_has_no_headers_and_that_blocks_seal() {
            TxProof proof = proof("tx-award", 1);
            assertEquals(List.of(), proof.headers());
            assertEquals(1, proof.checkpoint());
            assertEquals(FabricBlocks.hex(FabricBlocks.headerHash(chain.block(1).getHeader())), proof.checkpointHash());
            assertArrayEquals(chain.block(1).getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE).toByteArray(),
                    proof.seal());
        }

        @Test
        void of_an_invalidated_transaction_carries_its_code_and_no_community() {
            TxProof proof = proof("tx-late", 2);
            assertEquals(2, proof.txIndex());
            assertEquals("MVCC_READ_CONFLICT", proof.validationCode());
            assertNull(proof.community(), "an invalid transaction's event never happened");
        }

        @Test
        void is_refused_before_the_headers_reach_the_checkpoint() {
            Block block = chain.block(1);
            FabricProofs.Headers headers = new FabricProofs.Headers(block, 3);
            headers.add(chain.block(2));
            FabricBlocks.ParsedTx tx = FabricProofs.find(block, "tx-award").orElseThrow();
            assertThrows(IllegalStateException.class,
                    () -> FabricProofs.proof(FabricChain.CHANNEL, block.toByteArray(), tx, headers));
        }
    }

    @Nested
    class Headers {
        @Test
        void take_blocks_in_order_until_the_checkpoint() {
            FabricProofs.Headers headers = new FabricProofs.Headers(chain.block(1), 3);
            assertEquals(2, headers.next());
            assertTrue(headers.add(chain.block(2)));
            assertFalse(headers.add(chain.block(3)));
            assertFalse(headers.wantsMore());
            assertThrows(IllegalStateException.class, () -> headers.add(chain.block(3)), "nothing after the checkpoint");
        }

        @Test
        void refuse_a_block_out_of_order() {
            FabricProofs.Headers headers = new FabricProofs.Headers(chain.block(1), 3);
            assertThrows(IllegalStateException.class, () -> headers.add(chain.block(3)));
        }

        @Test
        void refuse_a_checkpoint_before_the_block() {
            assertThrows(IllegalArgumentException.class, () -> new FabricProofs.Headers(chain.block(2), 1));
        }

        @Test
        void refuse_a_checkpoint_block_without_orderer_signatures() {
            assertThrows(IllegalStateException.class, () -> new FabricProofs.Headers(chain.block(0), 0),
                    "the genesis block is not signed");
        }
    }
}
