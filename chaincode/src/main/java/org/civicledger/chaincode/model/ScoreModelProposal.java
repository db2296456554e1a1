package org.civicledger.chaincode.model;

import java.util.Map;
import java.util.TreeMap;
import org.civicledger.api.credit.Band;

/**
 * A score model version as a community ADMIN proposed it, and its approval by another organisation's AUDITOR.
 * The model fields are those of {@link ScoreModel}; on approval the model itself is written under its version.
 * {@code txId} is the transaction that last wrote the record (the proposal, then the approval).
 */
public record ScoreModelProposal(long version, Map<Factor, FactorRule> factors, Map<Band, Integer> bandMinimums,
                                 Map<String, ScoreModel.ReasonText> reasonTexts, String effectiveAt, Status status,
                                 String communityId, String proposedBy, String proposerMspId, String proposedAt,
                                 String approvedBy, String approverMspId, String approvedAt, String txId) {

    /** Where a proposal stands on the ledger; whether an approved one is in force depends on the time. */
    public enum Status {
        PROPOSED, APPROVED
    }

    public ScoreModelProposal {
        factors = new TreeMap<>(factors);
        bandMinimums = new TreeMap<>(bandMinimums);
        reasonTexts = new TreeMap<>(reasonTexts);
    }

    /** @return whether {@code other} proposes the same model (a retried proposal) */
    public boolean sameProposal(ScoreModelProposal other) {
        return version == other.version && factors.equals(other.factors) && bandMinimums.equals(other.bandMinimums)
                && reasonTexts.equals(other.reasonTexts) && effectiveAt.equals(other.effectiveAt)
                && proposerMspId.equals(other.proposerMspId) && communityId.equals(other.communityId);
    }

    /** @return this proposal approved by {@code approver} of {@code mspId} in transaction {@code txId} */
    public ScoreModelProposal approved(String approver, String mspId, String at, String approvalTxId) {
        return new ScoreModelProposal(version, factors, bandMinimums, reasonTexts, effectiveAt, Status.APPROVED,
                communityId, proposedBy, proposerMspId, proposedAt, approver, mspId, at, approvalTxId);
    }

    /** @return the model this proposal defines, published at its approval */
    public ScoreModel model() {
        return new ScoreModel(version, factors, bandMinimums, reasonTexts, effectiveAt, approvedAt, txId);
    }
}
