package org.civicledger.client;

/** The client: one implementation of each operation group over one shared {@link HttpTransport}. */
final class DefaultCivicLedgerClient implements CivicLedgerClient {
    private final HttpTransport transport;

    DefaultCivicLedgerClient(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CivicLedgerClient withOptions(RequestOptions options) {
        return new DefaultCivicLedgerClient(transport.with(java.util.Objects.requireNonNull(options, "options")));
    }

    @Override
    public Residents residents() {
        return new ResidentsImpl(transport);
    }

    @Override
    public Contributions contributions() {
        return new ContributionsImpl(transport);
    }

    @Override
    public Redemptions redemptions() {
        return new RedemptionsImpl(transport);
    }

    @Override
    public Settlements settlements() {
        return new SettlementsImpl(transport);
    }

    @Override
    public Community community() {
        return new CommunityImpl(transport);
    }

    @Override
    public Attesters attesters() {
        return new AttestersImpl(transport);
    }

    @Override
    public Households households() {
        return new HouseholdsImpl(transport);
    }

    @Override
    public Approvals approvals() {
        return new ApprovalsImpl(transport);
    }

    @Override
    public MerchantStatements merchantStatements() {
        return new MerchantStatementsImpl(transport);
    }

    @Override
    public Consents consents() {
        return new ConsentsImpl(transport);
    }

    @Override
    public LoanProducts loanProducts() {
        return new LoanProductsImpl(transport);
    }

    @Override
    public ScoreModels scoreModels() {
        return new ScoreModelsImpl(transport);
    }

    @Override
    public CreditChecks creditChecks() {
        return new CreditChecksImpl(transport);
    }

    @Override
    public LoanDecisions loanDecisions() {
        return new LoanDecisionsImpl(transport);
    }

    @Override
    public ResidentCredit residentCredit() {
        return new ResidentCreditImpl(transport);
    }

    @Override
    public Disputes disputes() {
        return new DisputesImpl(transport);
    }

    @Override
    public Audit audit() {
        return new AuditImpl(transport);
    }

    @Override
    public Reports reports() {
        return new ReportsImpl(transport);
    }

    @Override
    public Events events() {
        return new EventsImpl(transport);
    }
}
