package org.civicledger.verify.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.verify.CivicVerify;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * civic-verify on Fabric proofs and block folders made by {@link FabricFixture}, then the tamper matrix:
 * one part of a proof changed at a time (no key used), each failing with exit 1 and naming that part.
 */
class FabricProofTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static FabricFixture chain;
    static Path trust;
    /** Same names as the trusted organisations, other CAs. */
    static IdentityStore foreign;

    /** The award's proof: block 1 tx 0, checkpoint 5 (headers 2..5). */
    static ObjectNode award;
    static long awardBlock;
    static long conflictBlock;
    static long checkpoint;

    @TempDir
    Path work;

    @BeforeAll
    static void network() throws IOException {
        chain = new FabricFixture(shared.resolve("network"));
        trust = chain.writeTrust(shared.resolve("trust"));
        foreign = IdentityStore.open(shared.resolve("foreign"));
        awardBlock = chain.append(chain.award("c-1", "r-1"), chain.award("c-2", "r-2"));
        conflictBlock = chain.append(chain.award("c-3", "r-1").code(TxValidationCode.MVCC_READ_CONFLICT));
        chain.append(chain.award("c-4", "r-3"));
        chain.appendConfig();
        checkpoint = chain.append(chain.award("c-5", "r-2"));
        award = chain.proof(awardBlock, 0, checkpoint);
    }

    record Result(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CivicVerify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result verify(ObjectNode proof) throws IOException {
        Path file = work.resolve("proof-" + System.nanoTime() + ".json");
        JSON.writeValue(file.toFile(), proof);
        return run("--trust", trust.toString(), file.toString());
    }

    void fails(ObjectNode proof, String... expected) throws IOException {
        Result r = verify(proof);
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().startsWith("NOT VERIFIED: "), r.all());
        for (String part : expected) {
            assertTrue(r.err().contains(part), "expected «" + part + "» in: " + r.err());
        }
        assertFalse(r.out().contains("Verified"), r.all());
    }

    // ---- valid proofs ----

    @Test
    void anAwardProofVerifiesAndSaysWhatItProved() throws IOException {
        Result r = verify(award);
        assertEquals(0, r.status(), r.all());
        String p = r.out();
        assertTrue(p.startsWith("Verified: transaction " + chain.txId(awardBlock, 0) + " on channel civic, created by"
                + " CommunityMSP's demo-app"), p);
        assertTrue(p.contains("endorsed by CommunityMSP and BankMSP (policy MAJORITY of 3: met), valid in block 1 (tx 0),"
                + " whose hash chains through 4 headers to block 5 (hash "
                + FabricHashes.hex(FabricHashes.headerHash(chain.block(5).getHeader())) + "), signed by OrdererMSP's orderer"), p);
        assertTrue(p.contains("function \"Points:award\""), p);
        assertTrue(p.contains("chaincode event \"PointsAwarded\""), p);
        assertTrue(p.contains("keys written: in \"civic\" \"balance\\u0000r-1\", \"contribution\\u0000c-1\""), p);
        assertFalse(p.contains("_lifecycle"), "a namespace read but not written is not listed: " + p);
        assertTrue(p.contains("is the peer's word"), p);
    }

    @Test
    void aProofWhoseCheckpointIsItsOwnBlockVerifies() throws IOException {
        Result r = verify(chain.proof(awardBlock, 1, awardBlock));
        assertEquals(0, r.status(), r.all());
        assertTrue(r.out().contains("valid in block 1 (tx 1), the checkpoint (hash"), r.out());
    }

    @Test
    void aReadConflictIsProvedInvalidNeverValid() throws IOException {
        Result r = verify(chain.proof(conflictBlock, 0, checkpoint));
        assertEquals(CivicVerify.PROVED_INVALID, r.status(), r.all());
        assertTrue(r.out().startsWith("PROVED INVALID: transaction " + chain.txId(conflictBlock, 0)
                + " is MVCC_READ_CONFLICT in block " + conflictBlock), r.out());
        assertFalse(r.out().contains("Verified"), r.out());
    }

    @Test
    void theProofsOwnValidationCodeMustMatchTheBlocks() throws IOException {
        ObjectNode proof = chain.proof(conflictBlock, 0, checkpoint);
        proof.put("validationCode", "VALID");
        fails(proof, "validationCode", "MVCC_READ_CONFLICT");
    }

    // ---- the transaction ----

    @Test
    void aChangedArgumentBreaksTheProposalHash() throws IOException {
        fails(withAction(award, a -> {
            try {
                ChaincodeProposalPayload p = ChaincodeProposalPayload.parseFrom(a.getChaincodeProposalPayload());
                return a.toBuilder().setChaincodeProposalPayload(p.toBuilder()
                        .setInput(flip(p.getInput(), p.getInput().size() - 3)).build().toByteString()).build();
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
            }
        }), "block 1 tx 0: the proposal response payload's proposal hash does not match");
    }

    @Test
    void aChangedFieldOnlyTheCreatorSignedBreaksTheCreatorSignature() throws IOException {
        fails(withEnvelope(award, 0, e -> {
            try {
                Payload p = Payload.parseFrom(e.getPayload());
                Transaction t = Transaction.parseFrom(p.getData());
                // an extra action-less field: an unknown field appended to the transaction
                ByteString data = t.toByteString().concat(ByteString.copyFrom(new byte[] {(byte) 0xfa, 0x07, 1, 'x'}));
                return e.toBuilder().setPayload(p.toBuilder().setData(data).build().toByteString()).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        }), "block 1 tx 0: creator signature does not verify");
    }

    @Test
    void aFlippedCreatorSignatureFails() throws IOException {
        fails(withEnvelope(award, 0, e -> e.toBuilder().setSignature(flip(e.getSignature(), 20)).build()),
                "block 1 tx 0: creator signature does not verify");
    }

    @Test
    void aChangedCreatorCertificateFails() throws IOException {
        fails(withEnvelope(award, 0, e -> {
            try {
                Payload p = Payload.parseFrom(e.getPayload());
                SignatureHeader sh = SignatureHeader.parseFrom(p.getHeader().getSignatureHeader());
                Header h = p.getHeader().toBuilder().setSignatureHeader(sh.toBuilder()
                        .setCreator(tamperedCertificate(sh.getCreator())).build().toByteString()).build();
                return e.toBuilder().setPayload(p.toBuilder().setHeader(h).build().toByteString()).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        }), "block 1 tx 0: creator certificate (CommunityMSP demo-app) is not issued by a trusted CA of CommunityMSP");
    }

    @Test
    void eachEndorsementSignatureIsChecked() throws IOException {
        String[] msps = {"CommunityMSP", "BankMSP"};
        for (int j = 0; j < 2; j++) {
            int index = j;
            fails(withEndorsement(award, j, e -> e.toBuilder().setSignature(flip(e.getSignature(), 12)).build()),
                    "block 1 tx 0 endorsement " + j + " (" + msps[index] + "): signature does not verify");
        }
    }

    @Test
    void eachEndorserCertificateIsChecked() throws IOException {
        String[] msps = {"CommunityMSP", "BankMSP"};
        for (int j = 0; j < 2; j++) {
            fails(withEndorsement(award, j, e -> e.toBuilder().setEndorser(tamperedCertificate(e.getEndorser())).build()),
                    "block 1 tx 0 endorsement " + j + ": endorser certificate (" + msps[j] + " peer0) is not issued by a"
                            + " trusted CA of " + msps[j]);
        }
    }

    @Test
    void anEndorserClaimingAnotherOrganisationFails() throws IOException {
        fails(withEndorsement(award, 1, e -> {
            try {
                SerializedIdentity id = SerializedIdentity.parseFrom(e.getEndorser());
                return e.toBuilder().setEndorser(id.toBuilder().setMspid("AuditMSP").build().toByteString()).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        }), "block 1 tx 0 endorsement 1: endorser certificate (AuditMSP peer0) is not issued by a trusted CA of AuditMSP");
    }

    @Test
    void aChangedProposalResponsePayloadFails() throws IOException {
        // its results (what the endorsers signed): every endorsement breaks, the first is named
        fails(withAction(award, a -> {
            ByteString prp = a.getAction().getProposalResponsePayload();
            return a.toBuilder().setAction(a.getAction().toBuilder().setProposalResponsePayload(flip(prp, prp.size() - 5)))
                    .build();
        }), "block 1 tx 0 endorsement 0 (CommunityMSP): signature does not verify");
        // its proposal hash: it no longer binds to this proposal
        fails(withAction(award, a -> {
            try {
                ProposalResponsePayload prp = ProposalResponsePayload.parseFrom(a.getAction().getProposalResponsePayload());
                ByteString changed = prp.toBuilder().setProposalHash(flip(prp.getProposalHash(), 0)).build().toByteString();
                return a.toBuilder().setAction(a.getAction().toBuilder().setProposalResponsePayload(changed)).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        }), "block 1 tx 0: the proposal response payload's proposal hash does not match");
    }

    @Test
    void aChangedTxIdOrChannelIsNamed() throws IOException {
        ObjectNode proof = award.deepCopy();
        proof.put("txId", chain.txId(awardBlock, 1));
        fails(proof, "block 1 tx 0: its channel header's txId is");
        proof = award.deepCopy();
        proof.put("channel", "other");
        fails(proof, "block 1 tx 0: its channel header's channel is \"civic\", not \"other\"");
    }

    // ---- who signed and endorsed ----

    @Test
    void aCreatorFromAnUntrustedCaFails() throws IOException {
        FabricFixture other = new FabricFixture(chain.identities);
        LedgerIdentity impostor = foreign.identity("CommunityMSP", "demo-app", false);
        long n = other.append(other.award("c-9", "r-9").createdBy(impostor));
        fails(other.proof(n, 0, n), "block 1 tx 0: creator certificate (CommunityMSP demo-app) is not issued by a"
                + " trusted CA of CommunityMSP");
    }

    @Test
    void oneEndorsementWhereThePolicyNeedsTwoFails() throws IOException {
        FabricFixture other = new FabricFixture(chain.identities);
        long one = other.append(other.award("c-9", "r-9").endorsedBy(other.communityPeer));
        fails(other.proof(one, 0, one), "block 1 tx 0: endorsement policy not met: MAJORITY of 3 (AuditMSP, BankMSP,"
                + " CommunityMSP) needs 2 distinct organisations, endorsed by 1 (CommunityMSP)");
        // two endorsements by one organisation are one organisation
        long twice = other.append(other.award("c-10", "r-9").endorsedBy(other.communityPeer,
                other.identities.identity("CommunityMSP", "peer1", false)));
        fails(other.proof(twice, 0, twice), "endorsement policy not met", "endorsed by 1 (CommunityMSP)");
        // the orderer is not an application organisation
        long withOrderer = other.append(other.award("c-11", "r-9").endorsedBy(other.communityPeer, other.orderer));
        fails(other.proof(withOrderer, 0, withOrderer), "endorsement policy not met", "endorsed by 1 (CommunityMSP)");
        // three organisations of three: met
        long all = other.append(other.award("c-12", "r-9").endorsedBy(other.auditPeer, other.bankPeer, other.communityPeer));
        Result r = verify(other.proof(all, 0, all));
        assertEquals(0, r.status(), r.all());
        assertTrue(r.out().contains("endorsed by AuditMSP, BankMSP and CommunityMSP (policy MAJORITY of 3: met)"), r.out());
    }

    @Test
    void aCertificateNotValidAtTheTransactionsTimeFails() throws IOException {
        FabricFixture other = new FabricFixture(chain.identities);
        long n = other.append(other.award("c-9", "r-9").at(Instant.parse("2001-01-01T00:00:00Z")));
        fails(other.proof(n, 0, n), "block 1 tx 0: creator certificate (CommunityMSP's demo-app) was not valid at"
                + " 2001-01-01T00:00:00Z");
    }

    @Test
    void ordererMspsAreTheOnesNamed() throws IOException {
        // With --orderer-msp AuditMSP, OrdererMSP is an application organisation (MAJORITY of 3 of
        // Community, Bank, Orderer) and OrdererMSP's seal is not an orderer's.
        Path file = work.resolve("award.json");
        JSON.writeValue(file.toFile(), award);
        Result r = run("--trust", trust.toString(), "--orderer-msp", "AuditMSP", file.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("seal: signed by OrdererMSP's orderer, not by an orderer MSP (AuditMSP)"), r.err());
    }

    // ---- the block, the headers, the seal ----

    @Test
    void anotherEnvelopeOfTheBlockBreaksTheDataHash() throws IOException {
        fails(withEnvelope(award, 1, e -> e.toBuilder().setSignature(flip(e.getSignature(), 10)).build()),
                "block 1: data hash does not match its transactions");
    }

    @Test
    void theBlockHeaderIsChecked() throws IOException {
        fails(withBlock(award, b -> b.toBuilder().setHeader(b.getHeader().toBuilder()
                .setDataHash(flip(b.getHeader().getDataHash(), 3))).build()), "block 1: data hash does not match");
        fails(withBlock(award, b -> b.toBuilder().setHeader(b.getHeader().toBuilder()
                .setPreviousHash(flip(b.getHeader().getPreviousHash(), 3))).build()),
                "header 2: previous hash does not match block 1");
        fails(withBlock(award, b -> b.toBuilder().setHeader(b.getHeader().toBuilder().setNumber(2)).build()),
                "block: its header's number is 2, not the proof's blockNumber 1");
    }

    @Test
    void aMiddleHeaderIsChecked() throws IOException {
        fails(withHeader(award, 1, h -> h.toBuilder().setDataHash(flip(h.getDataHash(), 0)).build()),
                "header 4: previous hash does not match block 3");
        fails(withHeader(award, 1, h -> h.toBuilder().setNumber(7).build()), "header 3: its number is 7, expected 3");
    }

    @Test
    void theLastHeaderIsChecked() throws IOException {
        fails(withHeader(award, 3, h -> h.toBuilder().setDataHash(flip(h.getDataHash(), 0)).build()),
                "checkpointHash does not match header 5's hash");
        ObjectNode dropped = award.deepCopy();
        ((ArrayNode) dropped.get("headers")).remove(3);
        fails(dropped, "checkpoint: the proof names block 5, its headers end at block 4");
    }

    @Test
    void aChangedCheckpointHashFails() throws IOException {
        ObjectNode proof = award.deepCopy();
        String hash = proof.get("checkpointHash").asText();
        proof.put("checkpointHash", (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));
        fails(proof, "checkpointHash does not match header 5's hash");
    }

    @Test
    void theSealsSignatureAndSignerAreChecked() throws IOException {
        fails(withSeal(award, s -> s.toBuilder().setSignature(flip(s.getSignature(), 15)).build()),
                "seal: orderer signature does not verify");
        fails(withSeal(award, s -> {
            try {
                SignatureHeader sh = SignatureHeader.parseFrom(s.getSignatureHeader());
                return s.toBuilder().setSignatureHeader(sh.toBuilder().setCreator(tamperedCertificate(sh.getCreator()))
                        .build().toByteString()).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        }), "seal: orderer certificate (OrdererMSP orderer) is not issued by a trusted CA of OrdererMSP");
    }

    @Test
    void aSealByAnotherBlocksHeaderOrByAPeerFails() throws IOException {
        ObjectNode proof = award.deepCopy();
        proof.put("seal", FabricFixture.b64(chain.block(4).getMetadata().getMetadata(0).toByteArray()));
        fails(proof, "seal: orderer signature does not verify");
        proof = award.deepCopy();
        proof.put("seal", FabricFixture.b64(FabricFixture.seal(chain.block(5).getHeader(), chain.communityPeer)
                .toByteArray()));
        fails(proof, "seal: signed by CommunityMSP's peer0, not by an orderer MSP (OrdererMSP)");
    }

    @Test
    void aProofWithoutTheRightTrustFolderFails() throws IOException {
        Path partial = work.resolve("partial");
        Files.createDirectories(partial);
        for (String msp : new String[] {"CommunityMSP", "BankMSP", "AuditMSP"}) {
            Files.writeString(partial.resolve(msp + ".crt"), chain.pem(msp));
        }
        Path file = work.resolve("award.json");
        JSON.writeValue(file.toFile(), award);
        Result r = run("proof", "--trust", partial.toString(), file.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("seal: orderer certificate (OrdererMSP orderer) is not issued by a trusted CA of"
                + " OrdererMSP"), r.err());
    }

    // ---- chain over a folder of blocks ----

    @Test
    void aFolderOfBlocksVerifies() throws IOException {
        Path folder = chain.writeBlocks(work.resolve("blocks"));
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(0, r.status(), r.all());
        String p = r.out();
        assertTrue(p.startsWith("Verified 6 Fabric blocks of channel civic, from block 0 to block 5 whose hash is "
                + FabricHashes.hex(FabricHashes.headerHash(chain.block(5).getHeader())) + ": 7 transactions (5 endorser"
                + " transactions: 4 valid, 1 invalid; 2 config transactions)"), p);
        assertTrue(p.contains("ordered by OrdererMSP's orderer (certificate issued by trusted CA"), p);
        assertTrue(p.contains("created by CommunityMSP's demo-app 5, OrdererMSP's orderer 1"), p);
        assertTrue(p.contains("endorsed by BankMSP 5, CommunityMSP 5"), p);
        assertTrue(p.contains("block 0, the genesis block, carries none"), p);
        assertTrue(p.contains("Config transactions: the creator signature only"), p);
    }

    @Test
    void chaincodeApprovalsNeedTheirOwnOrganisationsEndorsementOnly() throws IOException {
        FabricFixture other = new FabricFixture(chain.identities);
        LedgerIdentity bankAdmin = other.identities.identity("BankMSP", "Admin", true);
        other.append(other.approval(bankAdmin, other.bankPeer));
        other.append(other.award("c-1", "r-1"));
        Path folder = other.writeBlocks(work.resolve("approved"));
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(0, r.status(), r.all());
        assertTrue(r.out().contains("created by BankMSP's Admin 1, CommunityMSP's demo-app 1"), r.out());
        Result proof = verify(other.proof(1, 0, 2));
        assertEquals(0, proof.status(), proof.all());
        assertTrue(proof.out().contains("endorsed by BankMSP (policy a chaincode approval of BankMSP, endorsed by its own"
                + " organisation: met)"), proof.out());

        // BankMSP's approval endorsed by CommunityMSP's peer: not BankMSP's
        FabricFixture forged = new FabricFixture(chain.identities);
        forged.append(forged.approval(bankAdmin, forged.bankPeer).endorsedBy(forged.communityPeer));
        Result bad = verify(forged.proof(1, 0, 1));
        assertTrue(bad.status() == 1 && bad.err().contains("block 1 tx 0: endorsement policy not met"), bad.all());
    }

    @Test
    void blocksAsAnOrdererDeliversThemHaveNoCodesAndAreCheckedInFull() throws IOException {
        Path folder = work.resolve("from-orderer");
        Files.createDirectories(folder);
        for (Block block : chain.blocks) {
            Block delivered = block.toBuilder().setMetadata(block.getMetadata().toBuilder().setMetadata(2, ByteString.EMPTY))
                    .build();
            Files.write(folder.resolve("civic_" + block.getHeader().getNumber() + ".block"), delivered.toByteArray());
        }
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(0, r.status(), r.all());
        assertTrue(r.out().contains("5 endorser transactions: 0 valid, 0 invalid, 5 without a validation code"), r.out());
        assertTrue(r.out().contains("without a transactions filter"), r.out());
        // a proof, though, comes from a peer and must carry its code
        fails(withBlock(award, b -> b.toBuilder().setMetadata(b.getMetadata().toBuilder().setMetadata(2, ByteString.EMPTY))
                .build()), "block 1 tx 0: the block's transactions filter has no validation code for it");
    }

    @Test
    void aFolderFromALaterBlockVerifiesAndSaysItsStartIsUnchecked() throws IOException {
        Path folder = chain.writeBlocks(work.resolve("blocks"));
        Files.delete(folder.resolve("civic_0.block"));
        Files.delete(folder.resolve("civic_1.block"));
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(0, r.status(), r.all());
        assertTrue(r.out().contains("from block 2 to block 5"), r.out());
        assertTrue(r.out().contains("its previous hash is not checked"), r.out());
    }

    @Test
    void aTamperedOrMissingBlockInAFolderIsNamed() throws IOException {
        Path folder = chain.writeBlocks(work.resolve("blocks"));
        Block three = chain.block(3);
        Files.write(folder.resolve("civic_3.block"), withEnvelopeOf(three, 0,
                e -> e.toBuilder().setSignature(flip(e.getSignature(), 9)).build()).toByteArray());
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("NOT VERIFIED: block 3 tx 0: creator signature does not verify"), r.err());

        Files.write(folder.resolve("civic_3.block"), three.toBuilder().setHeader(three.getHeader().toBuilder()
                .setDataHash(flip(three.getHeader().getDataHash(), 1))).build().toByteArray());
        r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("NOT VERIFIED: block 3: data hash does not match its transactions"), r.err());

        Files.write(folder.resolve("civic_3.block"), three.toBuilder().setMetadata(three.getMetadata().toBuilder()
                .setMetadata(0, FabricFixture.seal(three.getHeader(), chain.bankPeer).toByteString())).build().toByteArray());
        r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("NOT VERIFIED: block 3: signed by BankMSP's peer0, not by an orderer MSP"), r.err());

        Files.delete(folder.resolve("civic_3.block"));
        r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("NOT VERIFIED: block 3: missing"), r.err());
    }

    @Test
    void aFolderWithAForeignBlockFailsItsLinkage() throws IOException {
        Path folder = chain.writeBlocks(work.resolve("blocks"));
        FabricFixture other = new FabricFixture(chain.identities);
        other.append(other.award("x", "y"));
        other.append(other.award("x2", "y"));
        Files.write(folder.resolve("civic_2.block"), other.block(2).toByteArray());
        Result r = run("chain", "--trust", trust.toString(), folder.toString());
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("NOT VERIFIED: block 2: previous hash does not match block 1"), r.err());
    }

    // ---- helpers: change one part, never re-sign ----

    static ByteString flip(ByteString bytes, int index) {
        byte[] b = bytes.toByteArray();
        b[index] ^= 0x01;
        return ByteString.copyFrom(b);
    }

    /** The serialized identity with one byte of its certificate's signature flipped (still a parseable certificate). */
    static ByteString tamperedCertificate(ByteString serialized) {
        try {
            SerializedIdentity id = SerializedIdentity.parseFrom(serialized);
            java.security.cert.X509Certificate cert = (java.security.cert.X509Certificate) java.security.cert
                    .CertificateFactory.getInstance("X.509").generateCertificate(id.getIdBytes().newInput());
            byte[] der = cert.getEncoded();
            der[der.length - 10] ^= 0x01; // inside the signature value
            String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
            return id.toBuilder().setIdBytes(ByteString.copyFromUtf8(pem)).build().toByteString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Block blockOf(ObjectNode proof) {
        try {
            return Block.parseFrom(Base64.getDecoder().decode(proof.get("block").asText()));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode withBlock(ObjectNode proof, UnaryOperator<Block> change) {
        ObjectNode copy = proof.deepCopy();
        copy.put("block", FabricFixture.b64(change.apply(blockOf(proof)).toByteArray()));
        return copy;
    }

    /** The block with envelope {@code index} changed, its header (data hash) left as it was. */
    static Block withEnvelopeOf(Block block, int index, UnaryOperator<Envelope> change) {
        try {
            Envelope changed = change.apply(Envelope.parseFrom(block.getData().getData(index)));
            BlockData data = block.getData().toBuilder().setData(index, changed.toByteString()).build();
            return block.toBuilder().setData(data).build();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode withEnvelope(ObjectNode proof, int index, UnaryOperator<Envelope> change) {
        return withBlock(proof, b -> withEnvelopeOf(b, index, change));
    }

    static ObjectNode withAction(ObjectNode proof, UnaryOperator<ChaincodeActionPayload> change) {
        return withEnvelope(proof, proof.get("txIndex").asInt(), e -> {
            try {
                Payload p = Payload.parseFrom(e.getPayload());
                Transaction t = Transaction.parseFrom(p.getData());
                TransactionAction a = t.getActions(0);
                ChaincodeActionPayload changed = change.apply(ChaincodeActionPayload.parseFrom(a.getPayload()));
                Transaction t2 = t.toBuilder().setActions(0, a.toBuilder().setPayload(changed.toByteString())).build();
                return e.toBuilder().setPayload(p.toBuilder().setData(t2.toByteString()).build().toByteString()).build();
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        });
    }

    static ObjectNode withEndorsement(ObjectNode proof, int j, UnaryOperator<Endorsement> change) {
        return withAction(proof, a -> {
            ChaincodeEndorsedAction action = a.getAction();
            return a.toBuilder().setAction(action.toBuilder().setEndorsements(j, change.apply(action.getEndorsements(j))))
                    .build();
        });
    }

    static ObjectNode withHeader(ObjectNode proof, int i, UnaryOperator<BlockHeader> change) {
        try {
            ObjectNode copy = proof.deepCopy();
            ArrayNode headers = (ArrayNode) copy.get("headers");
            BlockHeader h = BlockHeader.parseFrom(Base64.getDecoder().decode(headers.get(i).asText()));
            headers.set(i, FabricFixture.b64(change.apply(h).toByteArray()));
            return copy;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode withSeal(ObjectNode proof, UnaryOperator<MetadataSignature> change) {
        try {
            ObjectNode copy = proof.deepCopy();
            Metadata seal = Metadata.parseFrom(Base64.getDecoder().decode(proof.get("seal").asText()));
            copy.put("seal", FabricFixture.b64(seal.toBuilder().setSignatures(0, change.apply(seal.getSignatures(0))).build()
                    .toByteArray()));
            return copy;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
