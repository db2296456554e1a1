package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * A transaction's proof: the ledger's own bytes (base64) of the block that holds it and of the headers of the
 * blocks after it up to a checkpoint, with the orderer's signature on the checkpoint, which anyone can check
 * offline with the organisations' CA certificates alone ({@code civic-verify}). Format: the gateway README,
 * "Transaction proofs".
 */
@JsonClassDescription("Answer of GET /api/v1/audit/transactions/{txId}/proof: a transaction's proof, which "
        + "civic-verify checks offline with the organisations' CA certificates alone. The binary parts are the "
        + "ledger's own bytes, base64.")
public final class TransactionProof extends WireValue {
    /** The value of {@link #format()} of this version of the proof document. */
    public static final String FORMAT = "civic-ledger/proof/1";

    @JsonProperty(required = true) @JsonPropertyDescription("The proof document's format: " + FORMAT)
    private String format;
    @JsonProperty(required = true) @JsonPropertyDescription("Which ledger's rules the bytes follow")
    private LedgerKind ledger;
    @JsonProperty @JsonPropertyDescription("The Fabric channel; null on the embedded ledger") private String channel;
    @JsonProperty(required = true) @JsonPropertyDescription("The transaction") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("The block that holds it") private long blockNumber;
    @JsonProperty(required = true) @JsonPropertyDescription("Its index in that block") private int txIndex;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Its validation code as the ledger reports it (VALID, MVCC_READ_CONFLICT...); the "
            + "block itself is authoritative")
    private String validationCode;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The block that holds it, exactly as stored (base64): embedded, the block JSON; Fabric, "
            + "the common.Block protobuf")
    private String block;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The headers of blocks blockNumber+1 to checkpoint, in order (base64): embedded, the "
            + "header JSON; Fabric, the common.BlockHeader protobuf")
    private List<String> headers;
    @JsonProperty(required = true) @JsonPropertyDescription("The block the header chain ends at")
    private long checkpoint;
    @JsonProperty(required = true) @JsonPropertyDescription("The checkpoint block's hash (hex)")
    private String checkpointHash;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The orderer's signature on the checkpoint block (base64): embedded, the JSON "
            + "{signature, signer, validationCodes}; Fabric, the block's SIGNATURES metadata (common.Metadata)")
    private String seal;

    private TransactionProof() {
    }

    public String format() { return format; }
    public LedgerKind ledger() { return ledger; }
    public String channel() { return channel; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
    public int txIndex() { return txIndex; }
    public String validationCode() { return validationCode; }
    public String block() { return block; }
    public List<String> headers() { return headers; }
    public long checkpoint() { return checkpoint; }
    public String checkpointHash() { return checkpointHash; }
    public String seal() { return seal; }
}
