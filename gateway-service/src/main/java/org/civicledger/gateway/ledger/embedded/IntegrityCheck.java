package org.civicledger.gateway.ledger.embedded;

import java.util.OptionalLong;
import org.civicledger.chaincode.json.Json;
import org.civicledger.gateway.identity.Creator;
import org.civicledger.gateway.identity.SignatureVerifier;
import org.civicledger.gateway.ledger.IntegrityProgress;
import org.civicledger.gateway.ledger.IntegrityReport;

/**
 * Recomputes the chain from the block file: each record's checksum, block number, previous
 * hash, data hash, header hash, the orderer's signature and every creator's signature, each
 * block by the rules of the format version it was written in (versions never decrease along the
 * chain); then the world state's digest against the one the last block commits to. Reports the
 * first block that fails.
 */
final class IntegrityCheck {
    private final WorldState state;
    private final BlockFile blocks;
    private final SignatureVerifier verifier;
    private final Committer committer;

    IntegrityCheck(WorldState state, BlockFile blocks, SignatureVerifier verifier, Committer committer) {
        this.state = state;
        this.blocks = blocks;
        this.verifier = verifier;
        this.committer = committer;
    }

    /** @param progress told the height once read, then each block checked */
    IntegrityReport run(IntegrityProgress progress) {
        long height;
        String stateDigest;
        WorldState.Snapshot snapshot;
        synchronized (committer) { // a consistent pair: no block commits in between
            height = committer.height();
            snapshot = state.snapshot();
        }
        try (snapshot) {
            stateDigest = state.digest(snapshot);
        }
        progress.checked(0, height);
        OptionalLong corrupt = blocks.verify();
        String previousHash = Block.GENESIS_PREVIOUS_HASH;
        String committedDigest = StateDigest.EMPTY;
        int lastVersion = 1;
        for (long n = 0; n < height; n++) {
            if (corrupt.isPresent() && corrupt.getAsLong() == n) {
                return bad(height, n, "block " + n + ": its record no longer matches its checksum");
            }
            Block block;
            try {
                block = Block.fromBytes(blocks.read(n));
            } catch (RuntimeException e) {
                return bad(height, n, "block " + n + " cannot be read: " + e.getMessage());
            }
            String problem;
            try {
                int version = block.format().version();
                problem = version < lastVersion ? "format version " + version + " after a block of version "
                        + lastVersion + " (the format never goes back)" : problem(block, n, previousHash);
                lastVersion = version;
            } catch (IllegalArgumentException e) { // an unknown version or a malformed digest
                problem = e.getMessage();
            }
            if (problem != null) {
                return bad(height, n, "block " + n + ": " + problem);
            }
            previousHash = block.hash();
            committedDigest = block.stateDigest();
            progress.checked(n + 1, height);
        }
        boolean stateOk = committedDigest.equals(stateDigest);
        return new IntegrityReport(stateOk, height, height, null, stateOk, stateOk ? null
                : "the world state does not match the state digest block " + (height - 1) + " commits to");
    }

    private String problem(Block block, long number, String previousHash) {
        if (block.number() != number) {
            return "numbered " + block.number();
        }
        if (!block.previousHash().equals(previousHash)) {
            return "previous-block hash does not match block " + (number - 1);
        }
        if (!block.recomputedDataHash().equals(block.dataHash())) {
            return "its transactions do not match its data hash";
        }
        if (!block.recomputedHash().equals(block.hash())) {
            return "its header does not match its hash";
        }
        boolean fromOrderer = Creator.parse(block.signer()).map(c -> EmbeddedLedger.ORDERER_MSP.equals(c.mspId()))
                .orElse(false);
        if (!fromOrderer || !verifier.verify(block.signer(), block.signedBytes(), block.signature())) {
            return "the orderer's signature does not verify";
        }
        for (int i = 0; i < block.transactions().size(); i++) {
            Envelope envelope = block.transactions().get(i);
            boolean signed = verifier.verify(envelope.transaction().creator(), Json.bytes(envelope.transaction()),
                    envelope.signature());
            if (signed == (block.validationCodes().get(i) == ValidationCode.BAD_CREATOR_SIGNATURE)) {
                return "transaction " + i + " (" + envelope.transaction().txId() + ") creator signature "
                        + (signed ? "verifies but was marked bad" : "does not verify");
            }
        }
        return null;
    }

    private static IntegrityReport bad(long height, long block, String problem) {
        return new IntegrityReport(false, height, block, block, false, problem);
    }
}
