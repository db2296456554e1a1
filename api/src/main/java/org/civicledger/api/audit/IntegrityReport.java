package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/**
 * The result of recomputing the chain: every block's checksum, number, previous-block hash, data hash, header hash
 * and signatures; then the world state against the digest the last block commits to.
 */
@JsonClassDescription("Answer of GET /api/v1/audit/integrity: the hash chain recomputed, every signature checked, "
        + "and the world state against the digest the last block commits to.")
public final class IntegrityReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Whether every block (and the world state) verified")
    private boolean verified;
    @JsonProperty(required = true) @JsonPropertyDescription("The chain's height: its number of blocks")
    private long height;
    @JsonProperty(required = true) @JsonPropertyDescription("How many blocks were checked") private long checkedBlocks;
    @JsonProperty @JsonPropertyDescription("The first block that failed; null when every block verified")
    private Long firstBadBlock;
    @JsonProperty
    @JsonPropertyDescription("Whether the world state matches the last block's state digest; null on Fabric, "
            + "where the state is each peer's, derived from the same verified blocks")
    private Boolean stateVerified;
    @JsonProperty @JsonPropertyDescription("What failed; null when everything verified") private String problem;

    private IntegrityReport() {
    }

    public boolean verified() { return verified; }
    public long height() { return height; }
    public long checkedBlocks() { return checkedBlocks; }
    public Long firstBadBlock() { return firstBadBlock; }
    public Boolean stateVerified() { return stateVerified; }
    public String problem() { return problem; }
}
