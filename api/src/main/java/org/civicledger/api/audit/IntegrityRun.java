package org.civicledger.api.audit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/**
 * A verification of the whole chain running in the background, with its progress: what {@code GET
 * /api/v1/audit/integrity} does in one long call, started with {@code POST /api/v1/audit/integrity/runs} and followed
 * with {@code GET /api/v1/audit/integrity/runs/{runId}}.
 */
@JsonClassDescription("Answer of POST /api/v1/audit/integrity/runs and GET /api/v1/audit/integrity/runs/{runId}: a "
        + "verification of the whole chain (as GET /audit/integrity) running in the background; checkedBlocks grows "
        + "to height while RUNNING; report is set once DONE. One run at a time per gateway: starting one while another "
        + "runs answers the running one.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class IntegrityRun extends WireValue {
    /** Where a run is. */
    public enum State {
        /** Still checking blocks. */
        RUNNING,
        /** Finished: {@code report} says whether everything verified. */
        DONE,
        /** Could not finish (the ledger stopped answering): {@code problem} says why; start another. */
        FAILED
    }

    @JsonProperty(required = true) @JsonPropertyDescription("The run's id, chosen by the gateway") private String runId;
    @JsonProperty(required = true) @JsonPropertyDescription("RUNNING, DONE or FAILED") private State state;
    @JsonProperty(required = true) @JsonPropertyDescription("Blocks checked so far") private long checkedBlocks;
    @JsonProperty(required = true) @JsonPropertyDescription("The chain's height the run verifies, read when it started") private long height;
    @JsonProperty(required = true) @JsonPropertyDescription("When it started, ISO-8601 UTC") private String startedAt;
    @JsonProperty @JsonPropertyDescription("When it finished, ISO-8601 UTC; absent while RUNNING") private String finishedAt;
    @JsonProperty @JsonPropertyDescription("The result once DONE") private IntegrityReport report;
    @JsonProperty @JsonPropertyDescription("Why it FAILED") private String problem;

    private IntegrityRun() {
    }

    public String runId() { return runId; }
    public State state() { return state; }
    public long checkedBlocks() { return checkedBlocks; }
    public long height() { return height; }
    public String startedAt() { return startedAt; }
    public String finishedAt() { return finishedAt; }
    public IntegrityReport report() { return report; }
    public String problem() { return problem; }
}
