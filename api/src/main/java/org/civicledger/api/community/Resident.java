package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

@JsonClassDescription("A resident: GET /api/v1/residents/{residentId}, and the answer to an enrolment (201, or "
        + "200 when the person was enrolled before) and to a status change, with the write's blockNumber.")
public final class Resident extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Pseudonymous resident id (keyed hash of the external reference)")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty @JsonPropertyDescription("The resident's public key (base64), if registered")
    private String publicKey;
    @JsonProperty(required = true) @JsonPropertyDescription("ACTIVE, or SUSPENDED (can neither earn nor redeem)")
    private ResidentStatus status;
    @JsonProperty @JsonPropertyDescription("Why the status was last changed") private String statusReason;
    @JsonProperty(required = true) @JsonPropertyDescription("When the resident was enrolled (ISO-8601 UTC)")
    private Instant enrolledAt;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Transaction of the enrolment; on the answer to a status change, of that change")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

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

    /**
     * Whether this answer to an enrolment found the person enrolled before (HTTP 200 rather than 201): the same
     * residentId and the original enrolment's transaction. {@code false} on the other answers. Not on the wire.
     *
     * @return whether the enrolment wrote nothing new
     */
    public boolean replayed() { return replayed; }
}
