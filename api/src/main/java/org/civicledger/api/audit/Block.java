package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/** A block as auditors see it: its header and the ids of its transactions, in order. */
@JsonClassDescription("A block: GET /api/v1/audit/blocks/{number}, and an item of GET /api/v1/audit/blocks. "
        + "For an ADMIN it lists only its own community's transactions (header and hashes unchanged).")
public final class Block extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Block number, from 0") private long number;
    @JsonProperty(required = true) @JsonPropertyDescription("Hash of the block's header (hex)") private String hash;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Hash of the previous block's header (hex); for block 0 zeros, or empty on Fabric")
    private String previousHash;
    @JsonProperty(required = true) @JsonPropertyDescription("Hash of the block's transactions (hex)")
    private String dataHash;
    @JsonProperty
    @JsonPropertyDescription("Digest of the world state after the block (hex); null on Fabric, where each peer "
            + "keeps its own state")
    private String stateDigest;
    @JsonProperty
    @JsonPropertyDescription("The embedded ledger's block format version its hashes and signature follow (1 or 2: "
            + "gateway README, \"Block format\"); null on Fabric, whose blocks follow Fabric's own format")
    private Integer version;
    @JsonProperty @JsonPropertyDescription("When the block was cut (on Fabric: its first transaction's time)")
    private Instant time;
    @JsonProperty(required = true) @JsonPropertyDescription("Ids of its transactions, in order")
    private List<String> transactions;

    private Block() {
    }

    public long number() { return number; }
    public String hash() { return hash; }
    public String previousHash() { return previousHash; }
    public String dataHash() { return dataHash; }
    public String stateDigest() { return stateDigest; }
    public Integer version() { return version; }
    public Instant time() { return time; }
    public List<String> transactions() { return transactions; }
}
