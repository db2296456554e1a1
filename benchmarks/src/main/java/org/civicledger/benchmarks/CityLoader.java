package org.civicledger.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.civicledger.chaincode.crypto.Sha256;
import org.civicledger.gateway.identity.IdentityStore;
import org.civicledger.gateway.identity.LedgerIdentity;
import org.civicledger.gateway.ledger.LedgerRefusal;
import org.civicledger.gateway.ledger.TxResult;
import org.civicledger.gateway.ledger.embedded.EmbeddedLedger;

/**
 * Loads a {@link CityGenerator generated city} into an embedded ledger over a fresh data folder, through real
 * identities and real transactions, with the ledger's clock {@link SimulatedClock simulated}: each transaction
 * carries its generated time, so awards' {@code occurredAt}, daily caps, expiry and consents behave as over three
 * real years. A day's transactions go in parallel on {@code threads} clients (settlements first); the next day
 * starts when the day is committed.
 */
final class CityLoader implements AutoCloseable {
    static final String ORG = "CommunityMSP";
    static final String BANK_ORG = "BankMSP";
    static final String AUDIT_ORG = "AuditMSP";
    /** The gateway's demo auditor (token {@code demo-auditor-token}), so that reports can be read over HTTP. */
    static final String AUDITOR = "demo-auditor";

    private final CityScale scale;
    private final long seed;
    private final Path dataDir;
    private final SimulatedClock clock;
    private final IdentityStore identities;
    final EmbeddedLedger ledger;
    private final List<String> residentIds;
    private final List<LedgerIdentity> admins = new ArrayList<>();
    private final List<List<LedgerIdentity>> apps = new ArrayList<>();
    private final List<List<LedgerIdentity>> merchants = new ArrayList<>();
    private final List<LedgerIdentity> banks = new ArrayList<>();
    private final List<LedgerIdentity> coordinators = new ArrayList<>();
    private final boolean redemptionValue;
    private final boolean attest;
    /** Transaction ids of awards a dispute will name, by contribution id. */
    private final Map<String, String> remembered = new ConcurrentHashMap<>();
    private final Map<CityOp.Kind, LongAdder> committed = new EnumMap<>(CityOp.Kind.class);
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> firstRefusal = new ConcurrentHashMap<>();
    private final AtomicLong setupTx = new AtomicLong();

    CityLoader(CityScale scale, long seed, Path dataDir) {
        this.scale = scale;
        this.seed = seed;
        this.dataDir = dataDir;
        this.clock = new SimulatedClock(CityGenerator.START.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        this.identities = IdentityStore.open(dataDir);
        this.ledger = EmbeddedLedger.open(dataDir, identities, clock, 10);
        if (ledger.height() != 0) {
            ledger.close();
            throw new IllegalStateException("the ledger under " + dataDir + " is not empty");
        }
        List<String> ids = new ArrayList<>(scale.residents());
        for (int r = 0; r < scale.residents(); r++) {
            ids.add(Sha256.hex("city-" + seed + "-resident-" + r));
        }
        this.residentIds = List.copyOf(ids);
        for (CityOp.Kind kind : CityOp.Kind.values()) {
            committed.put(kind, new LongAdder());
        }
        this.redemptionValue = chaincodeKnows("org.civicledger.chaincode.model.Redemption", "valueFen");
        this.attest = chaincodeKnows("org.civicledger.chaincode.model.Attester", "attesterId");
    }

    static String communityId(int c) {
        return String.format("city-%03d", c);
    }

    static String appId(int c, int a) {
        return communityId(c) + "-app-" + a;
    }

    static String merchantId(int c, int m) {
        return communityId(c) + "-ep-" + m;
    }

    static String attesterId(int c, int a) {
        return communityId(c) + "-attester-" + a;
    }

    static String bankId(int b) {
        return "city-bank-" + b;
    }

    /** Registrations, policies, activity types, banks and loan products, at the first simulated day's start. */
    void setUp() {
        LedgerIdentity orgAdmin = identities.identity(ORG, "Admin", true);
        LedgerIdentity bankAdmin = identities.identity(BANK_ORG, "Admin", true);
        LedgerIdentity auditAdmin = identities.identity(AUDIT_ORG, "Admin", true);
        setup(orgAdmin, "Registry:init");
        LedgerIdentity auditor = identities.identity(AUDIT_ORG, AUDITOR, false);
        register(auditAdmin, auditor, "AUDITOR", AUDITOR, null);
        for (int b = 0; b < CityGenerator.BANKS; b++) {
            LedgerIdentity bank = identities.identity(BANK_ORG, bankId(b), false);
            banks.add(bank);
            register(bankAdmin, bank, "BANK", bankId(b), null);
            setup(bank, "Credit:publishLoanProduct", DemoCommunity.json("productId", "microloan", "name",
                    "Community microloan", "requireSignedConsent", false, "bands", Map.of(
                            "A", Map.of("maxAmountFen", 5_000_000, "rateDiscountBps", 50),
                            "B", Map.of("maxAmountFen", 2_000_000, "rateDiscountBps", 20))));
        }
        for (int c = 0; c < scale.communities(); c++) {
            LedgerIdentity admin = identities.identity(ORG, communityId(c) + "-admin", false);
            admins.add(admin);
            register(orgAdmin, admin, "ADMIN", communityId(c) + "-admin", communityId(c));
            setup(admin, "Community:setPolicy", DemoCommunity.json("pointsExpiryMonths",
                    CityGenerator.POINTS_EXPIRY_MONTHS, "maxContributionAgeDays", 30));
            for (CityGenerator.Type type : CityGenerator.TYPES) {
                setup(admin, "Community:defineActivityType", DemoCommunity.json("activityType", type.id(),
                        "category", type.category(), "pointsPerUnit", type.pointsPerUnit(), "unit", type.unit(),
                        "dailyCapPoints", type.dailyCap(), "creditWeight", 100));
            }
            if (attest) {
                LedgerIdentity coordinator = identities.identity(ORG, communityId(c) + "-coordinator", false);
                register(admin, coordinator, "COORDINATOR", communityId(c) + "-coordinator", communityId(c));
                coordinators.add(coordinator);
                CityGenerator.Type type = CityGenerator.APPROVAL_TYPE;
                setup(admin, "Community:defineActivityType", DemoCommunity.json("activityType", type.id(),
                        "category", type.category(), "pointsPerUnit", type.pointsPerUnit(), "unit", type.unit(),
                        "dailyCapPoints", type.dailyCap(), "creditWeight", 100, "requiresApproval", true));
                for (int a = 0; a < CityGenerator.attestersOf(c); a++) {
                    setup(admin, "Community:registerAttester", DemoCommunity.json("attesterId", attesterId(c, a),
                            "kind", CityGenerator.ATTESTER_KINDS.get(a % CityGenerator.ATTESTER_KINDS.size())));
                }
            }
            List<LedgerIdentity> mine = new ArrayList<>();
            for (int a = 0; a < CityGenerator.appsOf(c); a++) {
                LedgerIdentity app = identities.identity(ORG, appId(c, a), false);
                register(admin, app, "APP", appId(c, a), communityId(c));
                mine.add(app);
            }
            apps.add(mine);
            List<LedgerIdentity> eps = new ArrayList<>();
            for (int m = 0; m < scale.merchantsOf(c); m++) {
                LedgerIdentity ep = identities.identity(ORG, merchantId(c, m), false);
                register(admin, ep, "MERCHANT", merchantId(c, m), communityId(c));
                eps.add(ep);
            }
            merchants.add(eps);
        }
    }

    /**
     * Generates and submits every day.
     *
     * @param progress called after each day with the loader (for its counts) and the day's index
     */
    void load(int threads, Consumer<Integer> progress) throws InterruptedException {
        CityGenerator generator = new CityGenerator(scale, seed, attest);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            while (generator.hasNext()) {
                int day = generator.day();
                List<CityOp> ops = generator.nextDay();
                clock.setDefault(CityGenerator.instant(ops.isEmpty() ? 0 : ops.get(ops.size() - 1).epochSecond()));
                int from = 0;
                while (from < ops.size()) {
                    int wave = ops.get(from).wave();
                    int to = from;
                    while (to < ops.size() && ops.get(to).wave() == wave) {
                        to++;
                    }
                    CountDownLatch done = new CountDownLatch(to - from);
                    for (CityOp op : ops.subList(from, to)) {
                        pool.execute(() -> {
                            try {
                                submit(op);
                            } finally {
                                done.countDown();
                            }
                        });
                    }
                    done.await();
                    from = to;
                }
                progress.accept(day);
            }
        } finally {
            pool.shutdown();
        }
    }

    private void submit(CityOp op) {
        clock.set(CityGenerator.instant(op.epochSecond()));
        try {
            String resident = op.resident() >= 0 ? residentIds.get(op.resident()) : null;
            int c = op.community();
            TxResult result = switch (op.kind()) {
                case ENROL -> ledger.submit(apps.get(c).get(0), "Community:enrolResident",
                        DemoCommunity.json("residentId", resident));
                case AWARD -> ledger.submit(apps.get(c).get(op.actor()), "Points:award", DemoCommunity.json(
                        "contributionId", op.id(), "residentId", resident, "activityType",
                        CityGenerator.typeOf(op).id(), "quantity", op.quantity(), "occurredAt",
                        CityGenerator.instant(op.occurredAt()).toString(), "attesterId",
                        op.attester() < 0 ? null : attesterId(c, op.attester())));
                case APPROVE -> ledger.submit(op.upheld() ? admins.get(c) : coordinators.get(c), "Points:approve",
                        DemoCommunity.json("contributionId", op.target()));
                case REJECT -> ledger.submit(op.upheld() ? admins.get(c) : coordinators.get(c), "Points:reject",
                        DemoCommunity.json("contributionId", op.target(), "reason", "not confirmed by the attester"));
                case REDEEM -> ledger.submit(merchants.get(c).get(op.actor()), "Points:redeem", DemoCommunity.json(
                        "redemptionId", op.id(), "residentId", resident, "points", op.points(), "item",
                        ITEMS[(int) (op.points() % ITEMS.length)], "valueFen",
                        redemptionValue ? op.points() * 5 : null));
                case REVERSE -> ledger.submit(admins.get(c), "Points:reverse", DemoCommunity.json("contributionId",
                        op.targetContribution(), "reason", "recorded in error"));
                case CONSENT -> ledger.submit(apps.get(c).get(0), "Credit:grantConsent", DemoCommunity.json(
                        "consentId", op.id(), "residentId", resident, "bankId", bankId(op.actor()), "purpose",
                        "microloan", "expiresAt", CityGenerator.instant(op.epochSecond())
                                .plus(180, ChronoUnit.DAYS).toString()));
                case CHECK -> ledger.submit(banks.get(op.actor()), "Credit:checkCredit", DemoCommunity.json(
                        "checkId", op.id(), "residentId", resident, "productId", "microloan", "purpose",
                        "microloan"));
                case DISPUTE -> {
                    String txId = remembered.get(op.target());
                    if (txId == null) {
                        throw new LedgerRefusal(org.civicledger.api.ErrorCode.NOT_FOUND,
                                "the disputed award was not committed", null);
                    }
                    yield ledger.submit(apps.get(c).get(0), "Disputes:fileDispute", DemoCommunity.json(
                            "disputeId", op.id(), "residentId", resident, "targetTxId", txId, "reason",
                            "I did not take part"));
                }
                case RESOLVE -> ledger.submit(admins.get(c), "Disputes:resolveDispute", DemoCommunity.json(
                        "disputeId", op.id(), "outcome", op.upheld() ? "UPHELD" : "REJECTED", "note",
                        op.upheld() ? "the record was wrong" : "the record stands"));
                case SETTLE -> ledger.submit(admins.get(c), "Points:settle", DemoCommunity.json("settlementId",
                        op.id(), "merchantId", merchantId(c, op.actor())));
            };
            if (op.kind() == CityOp.Kind.AWARD && op.upheld()) {
                remembered.put(op.id(), result.txId());
            }
            committed.get(op.kind()).increment();
        } catch (LedgerRefusal e) {
            String key = op.kind() + " " + e.code();
            refusals.computeIfAbsent(key, k -> new LongAdder()).increment();
            firstRefusal.putIfAbsent(key, String.valueOf(e.getMessage()));
        } finally {
            clock.clear();
        }
    }

    private static final String[] ITEMS = {"rice", "cooking oil", "soap", "eggs", "towel", "haircut", "tea"};

    private void setup(LedgerIdentity by, String function, String... args) {
        ledger.submit(by, function, args);
        setupTx.incrementAndGet();
    }

    private void register(LedgerIdentity by, LedgerIdentity who, String role, String subjectId, String communityId) {
        setup(by, "Registry:register", DemoCommunity.json("clientId", who.clientId(), "mspId", who.mspId(),
                "role", role, "subjectId", subjectId, "communityId", communityId));
    }

    /** @return whether the chaincode's record {@code recordClass} has a component {@code name} */
    static boolean chaincodeKnows(String recordClass, String name) {
        try {
            for (var component : Class.forName(recordClass).getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    long setupTransactions() {
        return setupTx.get();
    }

    /** @return transactions committed by {@link #load}, by kind */
    Map<String, Long> committedByKind() {
        Map<String, Long> out = new TreeMap<>();
        committed.forEach((k, v) -> out.put(k.name(), v.sum()));
        return out;
    }

    long committedTotal() {
        return committed.values().stream().mapToLong(LongAdder::sum).sum() + setupTx.get();
    }

    Map<String, Long> refusals() {
        Map<String, Long> out = new TreeMap<>();
        refusals.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    Map<String, String> firstRefusals() {
        return new TreeMap<>(firstRefusal);
    }

    boolean attest() {
        return attest;
    }

    boolean redemptionValue() {
        return redemptionValue;
    }

    Path dataDir() {
        return dataDir;
    }

    Instant simulatedNow() {
        return clock.instant();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
