package org.civicledger.chaincode.domain;

import org.civicledger.api.events.EventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.civicledger.chaincode.error.LedgerException;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.model.Member;
import org.civicledger.api.Role;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.chaincode.state.Keys;
import org.civicledger.chaincode.state.Store;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * One transaction as the domain sees it: typed state, the transaction's id and timestamp (the
 * only clock chaincode may read), the caller and its role, and the transaction's one event.
 */
public final class Tx {
    private final ChaincodeStub stub;
    private final ClientIdentity identity;
    private final Store store;
    private Member member;

    public Tx(ChaincodeStub stub, ClientIdentity identity) {
        this.stub = stub;
        this.identity = identity;
        this.store = new Store(stub);
    }

    public static Tx of(Context ctx) {
        return new Tx(ctx.getStub(), ctx.getClientIdentity());
    }

    public Store store() {
        return store;
    }

    public String txId() {
        return stub.getTxId();
    }

    /** @return the transaction timestamp set by the client and agreed by every endorser */
    public Instant now() {
        return stub.getTxTimestamp();
    }

    public String nowText() {
        return now().toString();
    }

    public String mspId() {
        return identity.getMSPID();
    }

    public String clientId() {
        return identity.getId();
    }

    /** @return whether the caller's certificate is its organisation's admin (Fabric NodeOU {@code admin}) */
    public boolean isOrgAdmin() {
        try {
            LdapName name = new LdapName(identity.getX509Certificate().getSubjectX500Principal().getName());
            for (Rdn rdn : name.getRdns()) {
                if ("OU".equalsIgnoreCase(rdn.getType()) && "admin".equalsIgnoreCase(String.valueOf(rdn.getValue()))) {
                    return true;
                }
            }
            return false;
        } catch (InvalidNameException e) {
            return false;
        }
    }

    /**
     * @throws LedgerException {@code FORBIDDEN} when the caller is not its organisation's admin
     */
    public void requireOrgAdmin() {
        if (!isOrgAdmin()) {
            throw LedgerException.forbidden("only an organisation admin identity may do this");
        }
    }

    /**
     * @return the caller's registration
     * @throws LedgerException {@code FORBIDDEN} when the caller holds no role
     */
    public Member member() {
        if (member == null) {
            member = store.find(Keys.member(mspId(), identityHash(clientId())), Member.class)
                    .orElseThrow(() -> LedgerException.forbidden(
                            "identity " + clientId() + " of " + mspId() + " holds no role on this ledger"));
        }
        return member;
    }

    /**
     * @return the caller's registration, when its role is one of {@code roles}
     * @throws LedgerException {@code FORBIDDEN} otherwise
     */
    public Member requireRole(Role... roles) {
        Member caller = member();
        if (Arrays.asList(roles).contains(caller.role())) {
            return caller;
        }
        throw LedgerException.forbidden("role " + caller.role() + " may not do this; requires " + Arrays.toString(roles));
    }

    /**
     * Sets the transaction's chaincode event (Fabric keeps one per transaction): a JSON object of
     * the given key/value pairs, nulls left out, plus {@code txId} and {@code at} (the transaction's time). Events are seen by every
     * organisation on the channel: pass ids and amounts, never scores or personal data.
     */
    public void emit(EventType type, Object... keyValues) {
        Map<String, Object> payload = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                payload.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        payload.put("txId", txId());
        payload.put("at", nowText());
        stub.setEvent(type.name(), Json.bytes(payload));
    }

    /** The hash of a client id used in member keys: ids hold arbitrary DN characters. */
    public static String identityHash(String clientId) {
        return Sha256.hex(clientId);
    }
}
