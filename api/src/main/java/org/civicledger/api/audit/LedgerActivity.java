package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * The ledger's recent activity for the auditor's dashboard: transactions per hour, by creating organisation and by
 * validation code, over the newest blocks of a window of hours (at most {@code Limits.MAX_ACTIVITY_BLOCKS} blocks read).
 */
@JsonClassDescription("Answer of GET /api/v1/audit/activity: the ledger's transactions of the last hours, per hour "
        + "(UTC), by the organisation (MSP id) that created them and by validation code, counted from the newest "
        + "blocks back to the start of the window; complete is false when the window held more blocks than one call "
        + "reads (Limits.MAX_ACTIVITY_BLOCKS), and fromBlock then says where counting stopped. Every transaction "
        + "counts, valid or not, config transactions included; a block is placed by its time (on Fabric its first "
        + "transaction's).")
public final class LedgerActivity extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The chain's height: its number of blocks")
    private long height;
    @JsonProperty(required = true) @JsonPropertyDescription("Start of the window, ISO-8601 UTC, on the hour")
    private String from;
    @JsonProperty(required = true) @JsonPropertyDescription("End of the window (exclusive), ISO-8601 UTC")
    private String to;
    @JsonProperty(required = true) @JsonPropertyDescription("The oldest block counted; the height when none was")
    private long fromBlock;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether every block of the window was counted")
    private boolean complete;
    @JsonProperty(required = true) @JsonPropertyDescription("Per hour of the window, oldest first, every hour listed")
    private List<Hour> hours;
    @JsonProperty(required = true) @JsonPropertyDescription("Transactions by the MSP id of their creator, most first (ties by MSP id); a "
            + "transaction whose block names no creator (Fabric's genesis block) is in no entry")
    private List<Count> byOrganisation;
    @JsonProperty(required = true) @JsonPropertyDescription("Transactions by validation code (VALID, MVCC_READ_CONFLICT…), most first "
            + "(ties by code)")
    private List<Count> byValidationCode;

    private LedgerActivity() {
    }

    public long height() { return height; }
    public String from() { return from; }
    public String to() { return to; }
    public long fromBlock() { return fromBlock; }
    public boolean complete() { return complete; }
    public List<Hour> hours() { return hours; }
    public List<Count> byOrganisation() { return byOrganisation; }
    public List<Count> byValidationCode() { return byValidationCode; }

    /** One hour of the window. */
    @JsonClassDescription("One hour (UTC) of the activity window")
    public static final class Hour extends WireValue {
        @JsonProperty(required = true) @JsonPropertyDescription("The hour's start, ISO-8601 UTC") private String hour;
        @JsonProperty(required = true) @JsonPropertyDescription("Blocks committed in the hour") private long blocks;
        @JsonProperty(required = true) @JsonPropertyDescription("Transactions in the hour") private long transactions;
        @JsonProperty(required = true) @JsonPropertyDescription("Of them, not VALID") private long invalid;

        private Hour() {
        }

        public String hour() { return hour; }
        public long blocks() { return blocks; }
        public long transactions() { return transactions; }
        public long invalid() { return invalid; }
    }

    /** A count of transactions under one key (an MSP id, a validation code). */
    @JsonClassDescription("Transactions counted under one key")
    public static final class Count extends WireValue {
        @JsonProperty(required = true) @JsonPropertyDescription("The MSP id or the validation code") private String key;
        @JsonProperty(required = true) @JsonPropertyDescription("Transactions") private long transactions;

        private Count() {
        }

        public String key() { return key; }
        public long transactions() { return transactions; }
    }
}
