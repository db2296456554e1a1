package org.civicledger.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import org.civicledger.api.ErrorCode;
import org.civicledger.chaincode.model.Permissions;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.civicledger.gateway.problem.ApiException;

/**
 * The identity the gateway reads public ledger data with, for a request that has no caller (the published score
 * models): the first of this gateway's own callers, by name, whose role may call the function. Public data only:
 * a function reached this way must be one every role may call, so the answer cannot depend on which caller reads.
 */
@ApplicationScoped
public class PublicReader {
    @Inject
    Callers callers;

    /**
     * @param function a transaction function every role may call
     * @throws ApiException {@code LEDGER_UNAVAILABLE} when this gateway holds no identity to read with
     */
    public Caller caller(String function) {
        return callers.all().stream()
                .filter(c -> Permissions.of(function).contains(c.role()))
                .min(Comparator.comparing(Caller::name))
                .orElseThrow(() -> new ApiException(ErrorCode.LEDGER_UNAVAILABLE,
                        "this gateway holds no identity to read the ledger with"));
    }
}
