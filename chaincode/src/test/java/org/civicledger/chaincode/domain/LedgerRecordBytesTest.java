package org.civicledger.chaincode.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civicledger.chaincode.json.Json;
import org.civicledger.chaincode.model.Account;
import org.civicledger.chaincode.model.ActivityType;
import org.civicledger.chaincode.model.AwardResult;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.ConsentRequirement;
import org.civicledger.api.credit.WitnessKind;
import org.civicledger.chaincode.model.Bucket;
import org.civicledger.api.community.Categories;
import org.civicledger.chaincode.model.Community;
import org.civicledger.chaincode.model.Consent;
import org.civicledger.chaincode.model.Contribution;
import org.civicledger.api.points.ContributionStatus;
import org.civicledger.chaincode.model.CreditCheck;
import org.civicledger.chaincode.model.Dispute;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.chaincode.model.Factor;
import org.civicledger.chaincode.model.HistoryEntry;
import org.civicledger.api.points.HistoryType;
import org.civicledger.chaincode.model.LoanProduct;
import org.civicledger.chaincode.model.LoanTerms;
import org.civicledger.chaincode.model.Member;
import org.civicledger.chaincode.model.Owner;
import org.civicledger.chaincode.model.Receivable;
import org.civicledger.chaincode.model.Redemption;
import org.civicledger.chaincode.model.Resident;
import org.civicledger.api.community.ResidentStatus;
import org.civicledger.chaincode.model.Reversal;
import org.civicledger.api.Role;
import org.civicledger.chaincode.model.Score;
import org.civicledger.chaincode.model.ScoreModel;
import org.civicledger.chaincode.model.Settlement;
import org.civicledger.chaincode.model.TxRef;
import org.civicledger.api.community.Unit;
import org.civicledger.chaincode.testing.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every organisation's peer must write byte-identical records: keys sorted, absent fields
 * left out, integers only. These pin the exact bytes of one record of each type.
 */
class LedgerRecordBytesTest {
    private static final String R = "a".repeat(64);
    private static final String AT = "2026-06-15T10:00:00Z";

    private static String bytes(Object record) {
        return new String(Json.bytes(record), StandardCharsets.UTF_8);
    }

    @Nested
    class Registry {
        @Test
        void member() {
            assertEquals("{\"activityTypes\":[\"patrol\"],\"clientId\":\"x509::CN=app::CN=ca\",\"communityId\":\"demo\","
                    + "\"mspId\":\"CommunityMSP\",\"registeredAt\":\"" + AT + "\",\"registeredBy\":\"x509::CN=Admin::CN=ca\","
                    + "\"role\":\"APP\",\"subjectId\":\"demo-app\",\"txId\":\"t1\"}",
                    bytes(new Member("CommunityMSP", "x509::CN=app::CN=ca", Role.APP, "demo-app", "demo",
                            List.of("patrol"), "x509::CN=Admin::CN=ca", AT, "t1")));
        }

        @Test
        void community_and_owner() {
            assertEquals("{\"communityId\":\"demo\",\"createdAt\":\"" + AT + "\",\"maxContributionAgeDays\":30,"
                    + "\"ownerMspId\":\"CommunityMSP\",\"pointsExpiryMonths\":24}",
                    bytes(new Community("demo", "CommunityMSP", 24, 30, AT, null, null)));
            // a community created since ids were scoped says so; the consent limit appears once set
            assertEquals("{\"communityId\":\"north\",\"createdAt\":\"" + AT + "\",\"maxContributionAgeDays\":30,"
                    + "\"ownerMspId\":\"CommunityMSP\",\"pointsExpiryMonths\":24,\"scopedIds\":true}",
                    bytes(Community.created("north", "CommunityMSP", AT)));
            assertEquals("{\"communityId\":\"north\",\"createdAt\":\"" + AT + "\",\"maxConsentDays\":90,"
                    + "\"maxContributionAgeDays\":30,\"ownerMspId\":\"CommunityMSP\",\"pointsExpiryMonths\":0,"
                    + "\"scopedIds\":true}",
                    bytes(Community.created("north", "CommunityMSP", AT).withPolicy(0, 30, 90)));
            assertEquals("{\"communityId\":\"demo\",\"mspId\":\"CommunityMSP\",\"subjectId\":\"shop\"}",
                    bytes(new Owner("shop", "CommunityMSP", "demo")));
        }

        @Test
        void score_model_and_pointer() {
            // factors by name, not in Factor's declaration order (see enum_keyed_maps_are_written_in_name_order)
            assertEquals("{\"bandMinimums\":{\"A\":750,\"B\":550,\"C\":350},\"effectiveAt\":\"" + AT + "\","
                    + "\"factors\":{"
                    + "\"ACTIVE_MONTHS\":{\"maxPoints\":250,\"target\":12},"
                    + "\"CONTRIBUTION_VOLUME\":{\"maxPoints\":400,\"target\":120000},"
                    + "\"DIVERSITY\":{\"maxPoints\":150,\"target\":4},"
                    + "\"REVERSALS\":{\"maxPoints\":100,\"target\":2},"
                    + "\"TENURE\":{\"maxPoints\":100,\"target\":24}},"
                    + "\"publishedAt\":\"" + AT + "\",\"reasonTexts\":{"
                    + "\"FEW_ACTIVE_MONTHS\":{\"en\":\"Contributions were made in only some of the last 12 months.\","
                    + "\"zh\":\"近12个月里只有部分月份参加了社区活动。\"},"
                    + "\"LOW_CONTRIBUTION\":{\"en\":\"Few credit-weighted civic contribution points in the last 12 "
                    + "months.\",\"zh\":\"近12个月参加社区公益活动获得的积分较少。\"},"
                    + "\"NARROW_PARTICIPATION\":{\"en\":\"Contributions came from few categories of civic work.\","
                    + "\"zh\":\"参加的公益活动种类较少。\"},"
                    + "\"RECENT_REVERSALS\":{\"en\":\"Awards were reversed in the last 12 months.\","
                    + "\"zh\":\"近12个月有积分被撤销。\"},"
                    + "\"SHORT_TENURE\":{\"en\":\"The resident has been enrolled in the community for a short "
                    + "time.\",\"zh\":\"加入社区积分的时间还不长。\"}},"
                    + "\"txId\":\"t1\",\"version\":1}",
                    bytes(ScoreModel.defaultModel(AT, "t1")));
            assertEquals("{\"version\":1}", bytes(new ScoreModels.Pointer(1)));
            // a version 1 written before models carried texts and effective times reads with the defaults
            ScoreModel written = Json.read(("{\"bandMinimums\":{\"A\":750,\"B\":550,\"C\":350},\"factors\":{"
                    + "\"TENURE\":{\"maxPoints\":100,\"target\":24}},\"publishedAt\":\"" + AT + "\",\"txId\":\"t1\","
                    + "\"version\":1}").getBytes(java.nio.charset.StandardCharsets.UTF_8), ScoreModel.class);
            assertEquals(ScoreModel.defaultTexts(), written.reasonTexts());
            assertEquals(AT, written.effectiveAt());
        }
    }

    @Nested
    class Points {
        @Test
        void activity_type() {
            assertEquals("{\"activityType\":\"patrol\",\"category\":\"SAFETY_PATROL\",\"communityId\":\"demo\","
                    + "\"creditWeight\":120,\"dailyCapPoints\":40,\"definedAt\":\"" + AT + "\",\"pointsPerUnit\":20,"
                    + "\"txId\":\"t1\",\"unit\":\"EVENT\"}",
                    bytes(new ActivityType("demo", "patrol", Categories.SAFETY_PATROL, 20, Unit.EVENT, 40, 120, AT, "t1")));
        }

        @Test
        void resident_without_key_or_reason() {
            assertEquals("{\"communityId\":\"demo\",\"enrolledAt\":\"" + AT + "\",\"residentId\":\"" + R + "\","
                    + "\"status\":\"ACTIVE\",\"txId\":\"t1\"}",
                    bytes(new Resident(R, "demo", null, ResidentStatus.ACTIVE, null, AT, "t1")));
        }

        @Test
        void account_bucket_and_history() {
            assertEquals("{\"available\":30,\"earnedTotal\":50,\"expiredTotal\":0,\"historyCount\":2,"
                    + "\"openMonths\":[\"2026-06\"],\"residentId\":\"" + R + "\",\"reversedTotal\":0,\"spentTotal\":20}",
                    bytes(new Account(R, 30, 50, 20, 0, 0, List.of("2026-06"), 2, Map.of())));
            assertEquals("{\"awardedOn\":{\"2026-06-02/patrol\":20,\"2026-06-02/volunteer\":30,"
                    + "\"2026-06-03/volunteer\":20},\"categories\":{\"SAFETY_PATROL\":20,\"VOLUNTEER_SERVICE\":50},"
                    + "\"creditPoints\":7400,\"earned\":70,\"expired\":0,\"month\":\"2026-06\",\"residentId\":\"" + R + "\",\"reversals\":0,"
                    + "\"reversed\":0,\"spent\":20}",
                    bytes(Bucket.empty(R, "2026-06").earn(20, Categories.SAFETY_PATROL, 120, "2026-06-02", "patrol")
                            .earn(20, Categories.VOLUNTEER_SERVICE, 100, "2026-06-03", "volunteer")
                            .earn(30, Categories.VOLUNTEER_SERVICE, 100, "2026-06-02", "volunteer").spend(20)));
            assertEquals("{\"at\":\"" + AT + "\",\"points\":-20,\"ref\":\"r1\",\"txId\":\"t2\",\"type\":\"REDEMPTION\"}",
                    bytes(new HistoryEntry("t2", HistoryType.REDEMPTION, -20, AT, "r1")));
        }

        @Test
        void contribution_with_reversal_and_tx_ref() {
            Contribution c = new Contribution("c1", R, "demo", "patrol", Categories.SAFETY_PATROL, 120, 2, 40, "demo-app",
                    AT, null, ContributionStatus.AWARDED, AT, "t1", new AwardResult("c1", R, 40, 40, "t1"), null);
            assertEquals("{\"activityType\":\"patrol\",\"attestedBy\":\"demo-app\",\"awardedAt\":\"" + AT + "\","
                    + "\"category\":\"SAFETY_PATROL\",\"communityId\":\"demo\",\"contributionId\":\"c1\",\"creditWeight\":120,"
                    + "\"occurredAt\":\"" + AT + "\",\"points\":40,\"quantity\":2,\"residentId\":\"" + R + "\","
                    + "\"result\":{\"balance\":40,\"contributionId\":\"c1\",\"points\":40,\"residentId\":\"" + R + "\","
                    + "\"txId\":\"t1\"},\"status\":\"AWARDED\",\"txId\":\"t1\"}", bytes(c));
            assertEquals("{\"at\":\"" + AT + "\",\"balance\":0,\"by\":\"demo-admin\",\"contributionId\":\"c1\","
                    + "\"reason\":\"forged\",\"reversedPoints\":30,\"txId\":\"t3\",\"unrecoveredPoints\":10}",
                    bytes(new Reversal("c1", "forged", "demo-admin", AT, "t3", 30, 10, 0, null)));
            assertEquals("{\"ref\":\"c1\",\"residentId\":\"" + R + "\",\"txId\":\"t1\",\"type\":\"AWARD\"}",
                    bytes(new TxRef("t1", R, HistoryType.AWARD, "c1")));
        }

        @Test
        void redemption_receivable_and_settlement() {
            assertEquals("{\"at\":\"" + AT + "\",\"balance\":10,\"communityId\":\"demo\",\"item\":\"soap\","
                    + "\"merchantId\":\"shop\",\"points\":30,\"redemptionId\":\"r1\",\"residentId\":\"" + R + "\","
                    + "\"txId\":\"t2\"}", bytes(new Redemption("r1", R, "shop", "demo", 30, "soap", AT, "t2", 10, null)));
            assertEquals("{\"at\":\"" + AT + "\",\"merchantId\":\"shop\",\"points\":30,\"redemptionId\":\"r1\"}",
                    bytes(new Receivable("shop", "r1", 30, AT, null)));
            assertEquals("{\"at\":\"" + AT + "\",\"balance\":10,\"communityId\":\"demo\",\"item\":\"soap\","
                    + "\"merchantId\":\"shop\",\"points\":30,\"redemptionId\":\"r1\",\"residentId\":\"" + R + "\","
                    + "\"txId\":\"t2\",\"valueFen\":1250}",
                    bytes(new Redemption("r1", R, "shop", "demo", 30, "soap", AT, "t2", 10, 1250L)));
            assertEquals("{\"at\":\"" + AT + "\",\"merchantId\":\"shop\",\"points\":30,\"redemptionId\":\"r1\","
                    + "\"valueFen\":1250}", bytes(new Receivable("shop", "r1", 30, AT, 1250L)));
            assertEquals("{\"at\":\"" + AT + "\",\"communityId\":\"demo\",\"merchantId\":\"shop\",\"points\":30,"
                    + "\"redemptionCount\":1,\"redemptionIds\":[\"r1\"],\"settledBy\":\"admin\",\"settlementId\":\"s1\","
                    + "\"txId\":\"t4\",\"valueFen\":1250}",
                    bytes(new Settlement("s1", "shop", "demo", 30, 1, List.of("r1"), "admin", AT, "t4", 1250)));
        }
    }

    @Nested
    class Credit {
        @Test
        void consent_and_its_index_entry() {
            assertEquals("{\"bankId\":\"bank\",\"communityId\":\"demo\",\"consentId\":\"k1\","
                    + "\"expiresAt\":\"2027-01-01T00:00:00Z\",\"grantedAt\":\"" + AT + "\",\"grantedBy\":\"demo-app\","
                    + "\"purpose\":\"LOAN\",\"residentId\":\"" + R + "\",\"signature\":\"MEU=\",\"signed\":true,"
                    + "\"txId\":\"t5\",\"witnessed\":false}",
                    bytes(new Consent("k1", R, "demo", "bank", "LOAN", "2027-01-01T00:00:00Z", "MEU=", true,
                            "demo-app", AT, null, "t5")));
            assertEquals("{\"bankId\":\"bank\",\"communityId\":\"demo\",\"consentId\":\"k2\","
                    + "\"expiresAt\":\"2027-01-01T00:00:00Z\",\"grantedAt\":\"" + AT + "\",\"grantedBy\":\"demo-app\","
                    + "\"paperFormHash\":\"" + "ab".repeat(32) + "\",\"purpose\":\"LOAN\",\"residentId\":\"" + R
                    + "\",\"signed\":false,\"txId\":\"t5\",\"witness\":{\"attesterId\":\"att-1\",\"kind\":\"ATTESTER\"},"
                    + "\"witnessed\":true}",
                    bytes(new Consent("k2", R, "demo", "bank", "LOAN", "2027-01-01T00:00:00Z", null, false,
                            "demo-app", AT, null, "t5", null, new Consent.Witness(WitnessKind.ATTESTER, "att-1"),
                            "ab".repeat(32), true)));
            // an index entry written before consent ids were scoped has no community (its consent is at consent/k1)
            assertEquals("{\"consentId\":\"k1\"}", bytes(new ConsentService.ConsentRef("k1", null)));
            assertEquals("{\"communityId\":\"demo\",\"consentId\":\"k1\"}",
                    bytes(new ConsentService.ConsentRef("k1", "demo")));
        }

        @Test
        void loan_product_bands_in_band_order() {
            assertEquals("{\"bands\":{\"A\":{\"maxAmountFen\":5000000,\"rateDiscountBps\":50},"
                    + "\"C\":{\"maxAmountFen\":1000000,\"rateDiscountBps\":0}},\"bankId\":\"bank\","
                    + "\"consentRequirement\":\"SIGNED\",\"name\":\"Green loan\","
                    + "\"productId\":\"p1\",\"publishedAt\":\"" + AT + "\",\"requireSignedConsent\":true,\"txId\":\"t6\"}",
                    bytes(new LoanProduct("bank", "p1", "Green loan", true, Map.of(Band.C, new LoanTerms(1_000_000, 0),
                            Band.A, new LoanTerms(5_000_000, 50)), AT, "t6")));
        }

        @Test
        void credit_check_on_the_query_log() {
            Score score = new Score(R, 612, Band.B, new Score.Range(0, 1000),
                    List.of(new Score.Reason("SHORT_TENURE")),
                    List.of(new Score.FactorScore(Factor.TENURE, 3, 12, 100)), 1, new Score.AsOf(AT, "t7"));
            assertEquals("{\"at\":\"" + AT + "\",\"bankId\":\"bank\",\"consentId\":\"k1\",\"eligible\":true,"
                    + "\"maxAmountFen\":3000000,\"productId\":\"p1\",\"purpose\":\"LOAN\",\"rateDiscountBps\":25,"
                    + "\"residentId\":\"" + R + "\",\"score\":{\"asOf\":{\"time\":\"" + AT + "\",\"txId\":\"t7\"},"
                    + "\"band\":\"B\",\"factors\":[{\"factor\":\"TENURE\",\"maxPoints\":100,\"measure\":3,\"points\":12}],"
                    + "\"modelVersion\":1,\"range\":{\"max\":1000,\"min\":0},\"reasons\":[{\"code\":\"SHORT_TENURE\"}],"
                    + "\"residentId\":\"" + R + "\",\"score\":612},"
                    + "\"txId\":\"t7\"}",
                    bytes(new CreditCheck(R, "bank", "p1", "LOAN", "k1", AT, "t7", score, true, 3_000_000L, 25, null)));
        }

        @Test
        void credit_check_written_with_reason_texts_still_reads_with_its_codes() {
            String old = "{\"at\":\"" + AT + "\",\"bankId\":\"bank\",\"consentId\":\"k1\",\"eligible\":false,"
                    + "\"productId\":\"p1\",\"purpose\":\"LOAN\",\"residentId\":\"" + R + "\",\"score\":{\"asOf\":"
                    + "{\"time\":\"" + AT + "\",\"txId\":\"t7\"},\"band\":\"D\",\"factors\":[],\"modelVersion\":1,"
                    + "\"range\":{\"max\":1000,\"min\":0},\"reasons\":[{\"code\":\"SHORT_TENURE\",\"text\":\""
                    + Factor.TENURE.text() + "\"}],\"residentId\":\"" + R + "\",\"score\":12},\"txId\":\"t7\"}";
            CreditCheck read = Json.read(old.getBytes(StandardCharsets.UTF_8), CreditCheck.class);
            assertEquals(List.of(new Score.Reason("SHORT_TENURE")), read.score().reasons());
        }

        @Test
        void loan_product_and_consent_written_before_issue_17_read_with_their_defaults() {
            String product = "{\"bands\":{\"A\":{\"maxAmountFen\":5000000,\"rateDiscountBps\":50}},\"bankId\":\"bank\","
                    + "\"name\":\"Green loan\",\"productId\":\"p1\",\"publishedAt\":\"" + AT + "\","
                    + "\"requireSignedConsent\":true,\"txId\":\"t6\"}";
            assertEquals(ConsentRequirement.SIGNED, Json.read(product.getBytes(StandardCharsets.UTF_8),
                    LoanProduct.class).consentRequirement());
            assertEquals(ConsentRequirement.ANY, Json.read(product.replace("true", "false")
                    .getBytes(StandardCharsets.UTF_8), LoanProduct.class).consentRequirement());
            String consent = "{\"bankId\":\"bank\",\"communityId\":\"demo\",\"consentId\":\"k1\","
                    + "\"expiresAt\":\"2027-01-01T00:00:00Z\",\"grantedAt\":\"" + AT + "\",\"grantedBy\":\"demo-app\","
                    + "\"purpose\":\"LOAN\",\"residentId\":\"" + R + "\",\"signed\":false,\"txId\":\"t5\"}";
            Consent read = Json.read(consent.getBytes(StandardCharsets.UTF_8), Consent.class);
            assertEquals(false, read.witnessed());
            assertEquals(null, read.witness());
        }

        @Test
        void resolved_dispute() {
            Dispute open = new Dispute("d1", R, "demo", "t1", org.civicledger.api.disputes.DisputeTargetType.AWARD, "c1", "not me", DisputeStatus.OPEN,
                    "demo-app", AT, "2026-07-05T10:00:00Z", "t8", null);
            assertEquals("{\"communityId\":\"demo\",\"disputeId\":\"d1\",\"dueBy\":\"2026-07-05T10:00:00Z\","
                    + "\"filedAt\":\"" + AT + "\",\"filedBy\":\"demo-app\",\"reason\":\"not me\",\"residentId\":\"" + R
                    + "\",\"resolution\":{\"at\":\"" + AT + "\",\"by\":\"admin\",\"note\":\"ok\",\"outcome\":\"UPHELD\","
                    + "\"reversedPoints\":40,\"txId\":\"t9\"},\"status\":\"UPHELD\",\"targetRef\":\"c1\","
                    + "\"targetTxId\":\"t1\",\"targetType\":\"AWARD\",\"txId\":\"t8\"}",
                    bytes(open.resolved(new Dispute.Resolution(DisputeStatus.UPHELD, "ok", "admin", AT, "t9", 40L))));
        }
    }

    /** A test enum whose declaration order is not its name order. */
    enum Reordered {
        ZULU, ALPHA, MIKE
    }

    /**
     * Map keys are sorted by what is written (the enum constant's name), never by declaration
     * order: reordering or inserting a constant must not change the bytes of any record. A record
     * written before this rule kept its enum-keyed entries in declaration order; it still reads
     * the same, as a JSON object's key order carries no meaning, and is rewritten sorted when next
     * written.
     */
    @Test
    void enum_keyed_maps_are_written_in_name_order() {
        Map<Reordered, Long> map = new java.util.EnumMap<>(Reordered.class);
        map.put(Reordered.ZULU, 1L);
        map.put(Reordered.ALPHA, 2L);
        map.put(Reordered.MIKE, 3L);
        // records hold maps as properties, whatever the map's class (records copy them into TreeMaps)
        assertEquals("{\"m\":{\"ALPHA\":2,\"MIKE\":3,\"ZULU\":1}}", bytes(new Holder(map)));
        assertEquals("{\"m\":{\"ALPHA\":2,\"MIKE\":3,\"ZULU\":1}}", bytes(new Holder(new java.util.TreeMap<>(map))));
        // and the earlier (declaration-order) bytes read back to the same record
        Bucket legacy = Json.read(("{\"categories\":{\"VOLUNTEER_SERVICE\":50,\"SAFETY_PATROL\":20},\"month\":"
                + "\"2026-06\",\"residentId\":\"" + R + "\"}").getBytes(StandardCharsets.UTF_8), Bucket.class);
        assertEquals(Map.of(Categories.VOLUNTEER_SERVICE, 50L, Categories.SAFETY_PATROL, 20L), legacy.categories());
    }

    record Holder(Map<Reordered, Long> m) {
    }

    @Test
    void an_award_writes_exactly_these_account_bytes_on_the_ledger() {
        Scenario s = new Scenario();
        String rid = s.enrol("resident-1");
        s.award("c1", rid, "patrol", 2);
        // recordedOn: the points recorded today, for the daily cap per day of recording
        assertEquals("{\"available\":40,\"earnedTotal\":40,\"expiredTotal\":0,\"historyCount\":1,"
                + "\"openMonths\":[\"2026-06\"],\"recordedOn\":{\"2026-06-15/patrol\":40},\"residentId\":\"" + rid
                + "\",\"reversedTotal\":0,\"spentTotal\":0}",
                s.ledger.raw("account/" + rid));
        assertEquals("{\"awardedOn\":{\"2026-06-15/patrol\":40},\"categories\":{\"SAFETY_PATROL\":40},\"creditPoints\":4800,\"earned\":40,\"expired\":0,"
                + "\"month\":\"2026-06\",\"residentId\":\"" + rid + "\",\"reversals\":0,\"reversed\":0,\"spent\":0}",
                s.ledger.raw("bucket/" + rid + "/2026-06"));
    }
}
