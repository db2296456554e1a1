package org.civicledger.gateway.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicledger.gateway.ledger.BlockInfo;
import org.civicledger.gateway.ledger.LedgerEvent;
import org.civicledger.gateway.ledger.TxInfo;
import org.hyperledger.fabric.protos.common.BlockHeader;
import com.google.protobuf.ByteString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FabricBlocksTest {
    @TempDir
    Path dir;

    FabricChain chain;

    @BeforeEach
    void chain() {
        chain = new FabricChain(dir);
        chain.append(FabricChain.Tx.valid("tx-1", chain.app, "PointsAwarded", "Points:award", "{\"a\":1}"),
                new FabricChain.Tx("tx-2", chain.app, List.of("Points:redeem", "{}"), "PointsRedeemed", "{}", 11));
    }

    @Test
    void the_header_hash_is_sha256_of_the_der_sequence_fabric_hashes() {
        BlockHeader header = BlockHeader.newBuilder().setNumber(1).setPreviousHash(ByteString.copyFrom(new byte[] {1, 2}))
                .setDataHash(ByteString.copyFrom(new byte[] {3})).build();
        // SEQUENCE { INTEGER 1, OCTET STRING 0102, OCTET STRING 03 }
        assertEquals("300a020101040201020401" + "03", FabricBlocks.hex(FabricBlocks.headerBytes(header)));
    }

    @Test
    void a_block_names_its_predecessors_hash_and_its_transactions() {
        BlockInfo genesis = FabricBlocks.info(chain.block(0));
        BlockInfo first = FabricBlocks.info(chain.block(1));
        assertEquals(1, first.number());
        assertEquals(genesis.hash(), first.previousHash());
        assertEquals(List.of("tx-1", "tx-2"), first.transactions());
        assertEquals("2026-11-18T11:06:40Z", first.time());
    }

    @Test
    void a_transaction_shows_creator_endorsers_call_and_event() {
        FabricBlocks.ParsedTx parsed = FabricBlocks.transactions(chain.block(1)).get(0);
        TxInfo tx = FabricBlocks.txInfo(1, parsed);
        assertEquals("VALID", tx.validationCode());
        assertEquals(FabricChain.COMMUNITY_MSP, tx.creatorMspId());
        assertEquals(chain.app.clientId(), tx.creatorId());
        assertEquals(List.of(new TxInfo.Endorsement("CommunityMSP"), new TxInfo.Endorsement("BankMSP")), tx.endorsements());
        assertEquals("Points:award", tx.function());
        assertEquals(List.of("{\"a\":1}"), tx.arguments());
        assertEquals(List.of(new LedgerEvent("1:0", 1, 0, "tx-1", "PointsAwarded", "{\"txId\":\"tx-1\"}")), tx.events());
    }

    @Test
    void a_block_gives_each_transactions_creator_msp_and_validation_code_as_its_transactions_do() {
        BlockInfo first = FabricBlocks.info(chain.block(1));
        List<FabricBlocks.ParsedTx> parsed = FabricBlocks.transactions(chain.block(1));
        assertEquals(List.of("VALID", "MVCC_READ_CONFLICT"), first.validationCodes());
        assertEquals(FabricChain.COMMUNITY_MSP, first.creatorMsps().get(0));
        for (int i = 0; i < parsed.size(); i++) {
            assertEquals(FabricBlocks.txInfo(1, parsed.get(i)).creatorMspId(), first.creatorMsps().get(i));
        }
        assertEquals(first.transactions().size(), first.creatorMsps().size());
    }

    @Test
    void an_invalid_transaction_carries_its_code_and_no_events() {
        TxInfo tx = FabricBlocks.txInfo(1, FabricBlocks.transactions(chain.block(1)).get(1));
        assertEquals("MVCC_READ_CONFLICT", tx.validationCode());
        assertTrue(tx.events().isEmpty());
    }
}
