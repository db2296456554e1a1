package org.civicledger.gateway.ledger;

import java.util.List;

/**
 * A transaction as the ledger reports it (the API answers it as
 * {@code org.civicledger.api.audit.AuditTransaction}, property by property): where it is, whether it
 * was valid, who created it, what it called with which arguments, and the event it set.
 * {@code endorsements} lists the endorsing organisations (the embedded ledger endorses in-process:
 * none; its block signature covers it).
 */
public record TxInfo(String txId, long blockNumber, int txIndex, String validationCode, String creatorMspId,
                     String creatorId, List<Endorsement> endorsements, String time, String function,
                     List<String> arguments, List<LedgerEvent> events) {

    /** One organisation's endorsement of the transaction. */
    public record Endorsement(String mspId) {
    }
}
