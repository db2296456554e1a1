package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.nio.file.Path;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.IntegrityProgress;
import org.civicledger.gateway.ledger.IntegrityReport;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricIntegrityTest {
    @TempDir
    Path dir;

    FabricChain chain;

    @BeforeEach
    void chainOfFourBlocks() {
        chain = new FabricChain(dir);
        chain.append(FabricChain.Tx.valid("tx-1", chain.app, "PointsAwarded", "Points:award", "{}"));
        chain.append(FabricChain.Tx.valid("tx-2", chain.app, "PointsAwarded", "Points:award", "{}"),
                FabricChain.Tx.valid("tx-3", chain.app, "PointsRedeemed", "Points:redeem", "{}"));
        chain.append(FabricChain.Tx.valid("tx-4", chain.app, null, "Registry:init"));
    }

    private IntegrityReport verify() {
        return new FabricIntegrity(chain::block).verify(chain.blocks.size(), IntegrityProgress.NONE);
    }

    @Test
    void an_untouched_chain_verifies_every_block() {
        IntegrityReport report = verify();
        assertTrue(report.verified(), report.problem());
        assertEquals(4, report.height());
        assertEquals(4, report.checkedBlocks());
        assertNull(report.firstBadBlock());
        assertNull(report.stateVerified(), "the world state is each peer's own on Fabric");
    }

    @Test
    void a_changed_argument_is_reported_at_its_block() {
        Block block = chain.block(2);
        ByteString tampered = flipLastByte(block.getData().getData(1));
        replace(2, block.toBuilder().setData(block.getData().toBuilder().setData(1, tampered)).build());
        assertBad(2, "data hash");
    }

    @Test
    void a_block_rehashed_after_a_change_breaks_its_successors_link_and_its_orderer_signature() {
        Block block = chain.block(2);
        BlockData data = block.getData().toBuilder().setData(0, flipLastByte(block.getData().getData(0))).build();
        Block rehashed = block.toBuilder().setData(data).setHeader(block.getHeader().toBuilder()
                .setDataHash(ByteString.copyFrom(FabricBlocks.dataHash(data)))).build();
        replace(2, rehashed);
        assertBad(2, "orderer signature");
    }

    @Test
    void a_removed_block_is_reported_where_the_chain_breaks() {
        chain.blocks.remove(2);
        IntegrityReport report = verify();
        assertFalse(report.verified());
        assertEquals(2L, report.firstBadBlock());
    }

    @Test
    void a_transaction_signed_by_an_identity_of_a_ca_outside_the_channel_is_reported() {
        LedgerIdentity stranger = IdentityStore.open(dir.resolve("elsewhere")).identity(FabricChain.COMMUNITY_MSP,
                "demo-app", false);
        chain.append(FabricChain.Tx.valid("tx-5", stranger, "PointsAwarded", "Points:award", "{}"));
        assertBad(4, "not issued by a CA of CommunityMSP");
    }

    @Test
    void an_invalid_transaction_is_kept_but_its_signatures_are_not_what_the_chain_vouches_for() {
        LedgerIdentity stranger = IdentityStore.open(dir.resolve("elsewhere")).identity("StrangerMSP", "x", false);
        chain.append(new FabricChain.Tx("tx-5", stranger, java.util.List.of("Points:award"), null, "", 11));
        assertTrue(verify().verified(), "a peer marks such a transaction invalid (code 11) and ignores it");
    }

    private void assertBad(long block, String why) {
        IntegrityReport report = verify();
        assertFalse(report.verified());
        assertEquals(block, report.firstBadBlock());
        assertEquals(block, report.checkedBlocks());
        assertTrue(report.problem().contains(why), report.problem());
    }

    private void replace(int n, Block block) {
        chain.blocks.set(n, block);
    }

    private static ByteString flipLastByte(ByteString bytes) {
        byte[] copy = bytes.toByteArray();
        copy[copy.length - 1] ^= 1;
        return ByteString.copyFrom(copy);
    }
}
