package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link LoanProducts} over the REST API. */
final class LoanProductsImpl implements LoanProducts {
    private static final String PATH = ApiPath.V1 + "loan-products";

    private final HttpTransport transport;

    LoanProductsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public LoanProduct publish(LoanProductRequest request) {
        return HttpTransport.await(publishAsync(request));
    }

    @Override
    public CompletableFuture<LoanProduct> publishAsync(LoanProductRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.write(PATH, CreditJson.loanProduct(request))
                .thenApply(reply -> CreditJson.loanProduct(reply.body, reply.replayed));
    }

    @Override
    public List<LoanProduct> list() {
        return HttpTransport.await(listAsync());
    }

    @Override
    public CompletableFuture<List<LoanProduct>> listAsync() {
        return transport.get(PATH).thenApply(node -> List.copyOf(JsonCodec.list(node, CreditJson::publishedProduct)));
    }
}
