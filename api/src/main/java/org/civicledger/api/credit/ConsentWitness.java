package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * Who witnessed a resident without a registered key sign a paper consent form: an ACTIVE attester of the resident's
 * community ({@link #attester(String)}, the app relays the consent) or the community's ADMIN ({@link #admin()}, who
 * records the consent itself).
 *
 * <pre>{@code
 * ConsentRequest paper = ConsentRequest.builder().consentId(id).residentId(residentId).bankId("demo-bank")
 *         .purpose("loan").expiresAt(expiresAt)
 *         .witness(ConsentWitness.attester("grid-1")).paperFormHash(sha256HexOfTheScannedForm)
 *         .build();
 * }</pre>
 */
@JsonClassDescription("The witness of a paper consent: kind ATTESTER with the attester's id (an ACTIVE attester of "
        + "the resident's community; the app relays the consent), or kind ADMIN without one (the community's ADMIN "
        + "records the consent itself and is the witness).")
public final class ConsentWitness extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("ATTESTER or ADMIN") private WitnessKind kind;
    @JsonProperty @JsonPropertyDescription("The attester, for kind ATTESTER only") private String attesterId;

    private ConsentWitness() {
    }

    /**
     * @param attesterId an ACTIVE attester of the resident's community
     * @return an attester witness
     * @throws IllegalStateException if {@code attesterId} is blank
     */
    public static ConsentWitness attester(String attesterId) {
        Checks.requireText(attesterId, "attesterId");
        ConsentWitness w = new ConsentWitness();
        w.kind = WitnessKind.ATTESTER;
        w.attesterId = attesterId;
        return w;
    }

    /** @return the community's ADMIN as the witness (only the ADMIN's own request may name it) */
    public static ConsentWitness admin() {
        ConsentWitness w = new ConsentWitness();
        w.kind = WitnessKind.ADMIN;
        return w;
    }

    public WitnessKind kind() { return kind; }
    public String attesterId() { return attesterId; }
}
