package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * A transaction as auditors see it: where it is, whether it was valid, who created it, who endorsed it, what it
 * called with which arguments, and the event it set.
 */
@JsonClassDescription("Answer of GET /api/v1/audit/transactions/{txId}: a transaction, valid or not, with its "
        + "block, creator, endorsements, call and event.")
public final class AuditTransaction extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Its block") private long blockNumber;
    @JsonProperty(required = true) @JsonPropertyDescription("Its index in the block") private int txIndex;
    @JsonProperty(required = true)
    @JsonPropertyDescription("VALID if it took effect, else why not (MVCC_READ_CONFLICT, ENDORSEMENT_POLICY_FAILURE...)")
    private String validationCode;
    @JsonProperty @JsonPropertyDescription("Its creator's organisation (MSP id)") private String creatorMspId;
    @JsonProperty @JsonPropertyDescription("Its creator's client id") private String creatorId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The endorsing organisations; empty on the embedded ledger, which endorses in-process "
            + "(its block signature covers it)")
    private List<Endorsement> endorsements;
    @JsonProperty @JsonPropertyDescription("When its creator made it") private Instant time;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The chaincode function it called (Points:award...); empty for a configuration transaction")
    private String function;
    @JsonProperty(required = true) @JsonPropertyDescription("The arguments of that call (JSON text)")
    private List<String> arguments;
    @JsonProperty(required = true) @JsonPropertyDescription("The event it set, if it was valid and set one")
    private List<TransactionEvent> events;

    private AuditTransaction() {
    }

    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
    public int txIndex() { return txIndex; }
    public String validationCode() { return validationCode; }
    public String creatorMspId() { return creatorMspId; }
    public String creatorId() { return creatorId; }
    public List<Endorsement> endorsements() { return endorsements; }
    public Instant time() { return time; }
    public String function() { return function; }
    public List<String> arguments() { return arguments; }
    public List<TransactionEvent> events() { return events; }
}
