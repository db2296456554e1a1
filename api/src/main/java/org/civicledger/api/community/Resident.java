package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** A resident: GET /api/v1/residents/{residentId}, and the answer to enrolment and status changes (with txId and blockNumber). */
@JsonClassDescription("A resident: GET /api/v1/residents/{residentId}, and the answer to enrolment and "
        + "status changes (with txId and blockNumber).")
public final class Resident extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Pseudonymous resident id (keyed hash of the external reference)")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community")
    private String communityId;
    @JsonProperty @JsonPropertyDescription("The resident's public key (base64), if registered")
    private String publicKey;
    @JsonProperty(required = true) @JsonPropertyDescription("ACTIVE, or SUSPENDED (can neither earn nor redeem)")
    private ResidentStatus status;
    @JsonProperty @JsonPropertyDescription("Why the status was last changed")
    private String statusReason;
    @JsonProperty(required = true) @JsonPropertyDescription("When the resident was enrolled (ISO-8601 UTC)")
    private Instant enrolledAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the write")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;

    private Resident() {
    }

    public String residentId() { return residentId; }

    public String communityId() { return communityId; }

    public String publicKey() { return publicKey; }

    public ResidentStatus status() { return status; }

    public String statusReason() { return statusReason; }

    public Instant enrolledAt() { return enrolledAt; }

    public String txId() { return txId; }

    public Long blockNumber() { return blockNumber; }
}
