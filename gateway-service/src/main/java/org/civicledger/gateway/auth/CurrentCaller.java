package org.civicledger.gateway.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import org.civicledger.chaincode.model.Role;
import org.civicledger.gateway.problem.ApiException;

/** The authenticated caller of the current request (set by {@link BearerAuthFilter}). */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }

    /**
     * The caller, if its role is one of {@code roles}.
     *
     * @throws ApiException FORBIDDEN otherwise, before the ledger is asked anything
     */
    public Caller require(Role... roles) {
        Caller c = get();
        if (Arrays.asList(roles).contains(c.role())) {
            return c;
        }
        throw ApiException.forbidden("role " + c.role() + " may not do this");
    }
}
