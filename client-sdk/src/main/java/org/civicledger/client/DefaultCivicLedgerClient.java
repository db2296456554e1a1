package org.civicledger.client;

/** The client: one implementation of each operation group over one shared {@link HttpTransport}. */
final class DefaultCivicLedgerClient implements CivicLedgerClient {
    private final Residents residents;
    private final Contributions contributions;
    private final Redemptions redemptions;
    private final MerchantStatements merchantStatements;
    private final Consents consents;
    private final LoanProducts loanProducts;
    private final CreditChecks creditChecks;
    private final ResidentCredit residentCredit;
    private final Disputes disputes;
    private final Audit audit;
    private final Events events;

    DefaultCivicLedgerClient(HttpTransport transport) {
        this.residents = new ResidentsImpl(transport);
        this.contributions = new ContributionsImpl(transport);
        this.redemptions = new RedemptionsImpl(transport);
        this.merchantStatements = new MerchantStatementsImpl(transport);
        this.consents = new ConsentsImpl(transport);
        this.loanProducts = new LoanProductsImpl(transport);
        this.creditChecks = new CreditChecksImpl(transport);
        this.residentCredit = new ResidentCreditImpl(transport);
        this.disputes = new DisputesImpl(transport);
        this.audit = new AuditImpl(transport);
        this.events = new EventsImpl(transport);
    }

    @Override
    public Residents residents() {
        return residents;
    }

    @Override
    public Contributions contributions() {
        return contributions;
    }

    @Override
    public Redemptions redemptions() {
        return redemptions;
    }

    @Override
    public MerchantStatements merchantStatements() {
        return merchantStatements;
    }

    @Override
    public Consents consents() {
        return consents;
    }

    @Override
    public LoanProducts loanProducts() {
        return loanProducts;
    }

    @Override
    public CreditChecks creditChecks() {
        return creditChecks;
    }

    @Override
    public ResidentCredit residentCredit() {
        return residentCredit;
    }

    @Override
    public Disputes disputes() {
        return disputes;
    }

    @Override
    public Audit audit() {
        return audit;
    }

    @Override
    public Events events() {
        return events;
    }
}
