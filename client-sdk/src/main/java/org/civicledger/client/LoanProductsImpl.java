package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.LoanProduct;
import org.civicledger.api.credit.LoanProductRequest;

/** {@link LoanProducts} over the REST API. */
final class LoanProductsImpl implements LoanProducts {
    private static final String PATH = ApiPath.V1 + "loan-products";

    private final HttpTransport transport;

    LoanProductsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<LoanProduct> publishAsync(LoanProductRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new NullPointerException("request"));
        }
        return transport.call("POST", PATH, request, Wire.type(LoanProduct.class));
    }

    @Override
    public CompletableFuture<List<LoanProduct>> listAsync() {
        return transport.call("GET", PATH, null, Wire.listOf(LoanProduct.class));
    }
}
