package org.civicledger.gateway.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.api.Role;
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
     * The caller, if the chaincode's role table ({@link Permissions}) lets its role call
     * {@code function}: the same rule the chaincode enforces, checked here first so that a refused
     * call costs the ledger nothing. The detail names the function, which is how a test tells this
     * refusal from the chaincode's.
     *
     * @param function the transaction function the request will call, {@code Contract:transaction}
     * @throws ApiException FORBIDDEN otherwise, before the ledger is asked anything
     */
    public Caller require(String function) {
        Caller c = get();
        Set<Role> allowed = Permissions.of(function);
        if (allowed.contains(c.role())) {
            return c;
        }
        throw ApiException.forbidden("role " + c.role() + " may not call " + function + " (allowed: "
                + (allowed.isEmpty() ? "organisation admins" : allowed.stream().map(Role::name)
                        .collect(Collectors.joining(", "))) + ")");
    }

    /**
     * The caller, if its role is one of {@code roles}: for the gateway's own reads of the ledger
     * (blocks, transactions, integrity), which call no transaction function.
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
