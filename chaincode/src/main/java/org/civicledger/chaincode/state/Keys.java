package org.civicledger.chaincode.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Every ledger key, in one place. Keys are simple (not composite) so that range queries work;
 * parts are joined by {@code /}, which {@link org.civicledger.chaincode.json.Request#ID}
 * forbids inside ids, so a prefix scan never strays into another record's keys.
 *
 * <p>Every key below names one resident, one merchant, one id or one transaction: no two
 * concurrent awards to different residents, and no two redemptions, write the same key.
 */
public final class Keys {
    private Keys() {
    }

    public static String member(String mspId, String clientIdHash) {
        return "member/" + mspId + "/" + clientIdHash;
    }

    public static String community(String communityId) {
        return "community/" + communityId;
    }

    public static String bank(String bankId) {
        return "bank/" + bankId;
    }

    public static String app(String appId) {
        return "app/" + appId;
    }

    public static String merchant(String merchantId) {
        return "merchant/" + merchantId;
    }

    public static String activityType(String communityId, String activityType) {
        return "activity/" + communityId + "/" + activityType;
    }

    public static String activityTypes(String communityId) {
        return communityId == null ? "activity/" : "activity/" + communityId + "/";
    }

    /** A category a community defined (the defaults have no record). */
    public static String category(String communityId, String categoryId) {
        return "category/" + communityId + "/" + categoryId;
    }

    /** @param communityId a community, or null for every community's categories */
    public static String categories(String communityId) {
        return communityId == null ? "category/" : "category/" + communityId + "/";
    }

    public static String resident(String residentId) {
        return "resident/" + residentId;
    }

    public static String account(String residentId) {
        return "account/" + residentId;
    }

    public static String bucket(String residentId, YearMonth month) {
        return "bucket/" + residentId + "/" + month;
    }

    public static String buckets(String residentId) {
        return "bucket/" + residentId + "/";
    }

    public static String history(String residentId, long sequence) {
        return histories(residentId) + zeroPadded(sequence, 12);
    }

    public static String histories(String residentId) {
        return "history/" + residentId + "/";
    }

    /** A contribution, by its id within the community of the app that attested it. */
    public static String contribution(String communityId, String contributionId) {
        return "contribution/" + communityId + "/" + contributionId;
    }

    /** Where versions before ids were scoped kept a contribution: one id for the whole ledger. */
    public static String legacyContribution(String contributionId) {
        return "contribution/" + contributionId;
    }

    public static String txRef(String txId) {
        return "txref/" + txId;
    }

    /** A redemption, by its id within the merchant that made it. */
    public static String redemption(String merchantId, String redemptionId) {
        return "redemption/" + merchantId + "/" + redemptionId;
    }

    public static String legacyRedemption(String redemptionId) {
        return "redemption/" + redemptionId;
    }

    public static String merchantRedemption(String merchantId, Instant at, String redemptionId) {
        return merchantRedemptions(merchantId) + sortable(at) + "/" + redemptionId;
    }

    public static String merchantRedemptions(String merchantId) {
        return "merchantlog/" + merchantId + "/";
    }

    /**
     * The first key of {@code merchantId}'s redemption log at or after {@code at}. A query bound
     * before {@link #SORTABLE_MIN} is the log's start, one after {@link #SORTABLE_MAX} its end: no
     * key can lie outside that range.
     */
    public static String merchantRedemptionsFrom(String merchantId, Instant at) {
        String log = merchantRedemptions(merchantId);
        return at.isBefore(SORTABLE_MIN) ? log : at.isAfter(SORTABLE_MAX) ? endOf(log) : log + sortable(at);
    }

    public static String receivable(String merchantId, String redemptionId) {
        return receivables(merchantId) + redemptionId;
    }

    public static String receivables(String merchantId) {
        return "receivable/" + merchantId + "/";
    }

    public static String settlement(String communityId, String settlementId) {
        return "settlement/" + communityId + "/" + settlementId;
    }

    public static String legacySettlement(String settlementId) {
        return "settlement/" + settlementId;
    }

    public static String consent(String communityId, String consentId) {
        return "consent/" + communityId + "/" + consentId;
    }

    public static String legacyConsent(String consentId) {
        return "consent/" + consentId;
    }

    public static String consentIndex(String residentId, String bankId, String consentId) {
        return consentIndexes(residentId, bankId) + consentId;
    }

    public static String consentIndexes(String residentId, String bankId) {
        return "consentidx/" + residentId + "/" + bankId + "/";
    }

    public static String loanProduct(String bankId, String productId) {
        return "product/" + bankId + "/" + productId;
    }

    public static String loanProducts() {
        return "product/";
    }

    public static String scoreModel(long version) {
        return "scoremodel/" + zeroPadded(version, 8);
    }

    public static String currentScoreModel() {
        return "config/scoremodel";
    }

    /** Every approved score model, by version. */
    public static String scoreModels() {
        return "scoremodel/";
    }

    /** A proposed score model version, proposed or approved (version 1, the default, has none). */
    public static String scoreModelProposal(long version) {
        return scoreModelProposals() + zeroPadded(version, 8);
    }

    public static String scoreModelProposals() {
        return "scoremodelproposal/";
    }

    /** Every resident, of every community (residents are keyed by id alone). */
    public static String residents() {
        return "resident/";
    }

    /** A named attester of a community. */
    public static String attester(String communityId, String attesterId) {
        return attesters(communityId) + attesterId;
    }

    public static String attesters(String communityId) {
        return "attester/" + communityId + "/";
    }

    /** Points an attester with a daily limit attested on one UTC day of recording. */
    public static String attesterDay(String communityId, String attesterId, java.time.LocalDate day) {
        return "attesterday/" + communityId + "/" + attesterId + "/" + day;
    }

    /** The index entry of a contribution awaiting approval, while it awaits it. */
    public static String pending(String communityId, String contributionId) {
        return pendings(communityId) + contributionId;
    }

    public static String pendings(String communityId) {
        return "pending/" + communityId + "/";
    }

    public static String creditQuery(String residentId, Instant at, String txId) {
        return creditQueries(residentId) + sortable(at) + "/" + txId;
    }

    public static String creditQueries(String residentId) {
        return "querylog/" + residentId + "/";
    }

    public static String dispute(String communityId, String disputeId) {
        return "dispute/" + communityId + "/" + disputeId;
    }

    public static String legacyDispute(String disputeId) {
        return "dispute/" + disputeId;
    }

    /** The open dispute of a points transaction, while there is one (outside the {@code dispute/} range). */
    public static String openDispute(String targetTxId) {
        return "disputeopen/" + targetTxId;
    }

    /**
     * Where a credit check made by transaction {@code txId} is on the query log (loan decisions and disputes name
     * a check by its transaction id). Written for checks made since loan decisions were recorded.
     */
    public static String creditCheckTx(String txId) {
        return "creditchecktx/" + txId;
    }

    /** A bank's loan decision (and the credit line it granted), by the id the bank gave it. */
    public static String creditLine(String bankId, String decisionId) {
        return creditLines(bankId) + decisionId;
    }

    /** @param bankId a bank, or null for every bank's loan decisions */
    public static String creditLines(String bankId) {
        return bankId == null ? "creditline/" : "creditline/" + bankId + "/";
    }

    /** A drawdown or repayment on a credit line, by the id the bank gave it (one id space per line). */
    public static String lineEntry(String bankId, String decisionId, String entryId) {
        return "lineentry/" + bankId + "/" + decisionId + "/" + entryId;
    }

    /** The loan decision made on the check of transaction {@code checkTxId}: at most one per check. */
    public static String checkDecision(String checkTxId) {
        return "checkdecision/" + checkTxId;
    }

    /** The open dispute of a resident's score, while there is one: an {@link #openDispute} entry of its own. */
    public static String openScoreDispute(String residentId) {
        return openDispute("score/" + residentId);
    }

    /**
     * A pending dispute of a community by due time, while it is OPEN and not yet recorded OVERDUE (what
     * {@code Disputes:markOverdue} scans, oldest due first).
     */
    public static String disputeDue(String communityId, Instant dueBy, String disputeId) {
        return disputesDue(communityId) + sortable(dueBy) + "/" + disputeId;
    }

    public static String disputesDue(String communityId) {
        return "disputedue/" + communityId + "/";
    }

    /** The {@code Community:setResidentStatus} transaction {@code txId}: whose status it set, to what. */
    public static String residentStatusTx(String txId) {
        return "residentstatustx/" + txId;
    }

    public static String communities() {
        return "community/";
    }

    /** A credit check, by the id its bank gave it. */
    public static String creditCheck(String bankId, String checkId) {
        return "creditcheck/" + bankId + "/" + checkId;
    }

    /** A household of a community, by the id the community gave it. */
    public static String household(String communityId, String householdId) {
        return households(communityId) + householdId;
    }

    /** @param communityId a community, or null for every community's households */
    public static String households(String communityId) {
        return communityId == null ? "household/" : "household/" + communityId + "/";
    }

    /** The household a resident belongs to, while they belong to one (outside the {@code household/} range). */
    public static String householdOf(String residentId) {
        return "householdof/" + residentId;
    }

    /**
     * A move into or out of a household ({@code householdId} names either end), in time order. Household ids are
     * scoped to their community, so an entry carries its community and a reader keeps only its own.
     */
    public static String householdMove(String householdId, Instant at, String txId) {
        return householdMoves(householdId) + sortable(at) + "/" + txId;
    }

    public static String householdMoves(String householdId) {
        return "householdmove/" + householdId + "/";
    }

    public static String disputes() {
        return "dispute/";
    }

    public static String accounts() {
        return "account/";
    }

    public static String contributions() {
        return "contribution/";
    }

    public static String redemptions() {
        return "redemption/";
    }

    /** The exclusive end of a scan over every key that starts with {@code prefix} (which ends in '/'). */
    public static String endOf(String prefix) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must end in /: " + prefix);
        }
        return prefix.substring(0, prefix.length() - 1) + "0";
    }

    /** The earliest instant {@link #sortable} represents: 1677-09-21T00:12:43.145224192Z (Long.MIN_VALUE ns). */
    public static final Instant SORTABLE_MIN = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest instant {@link #sortable} represents: 2262-04-11T23:47:16.854775807Z (Long.MAX_VALUE ns). */
    public static final Instant SORTABLE_MAX = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    /**
     * Fixed-width, so that lexical order is time order: nanoseconds since the epoch, 19 digits.
     * Only transaction times are stored this way; a caller's bound is clamped before it gets here
     * ({@link #merchantRedemptionsFrom}).
     *
     * @throws IllegalArgumentException outside [{@link #SORTABLE_MIN}, {@link #SORTABLE_MAX}]
     */
    public static String sortable(Instant at) {
        if (at.isBefore(SORTABLE_MIN) || at.isAfter(SORTABLE_MAX)) {
            throw new IllegalArgumentException("instant outside the sortable range " + SORTABLE_MIN + " to " + SORTABLE_MAX);
        }
        // at the range's low end the product wraps below Long.MIN_VALUE; the sum is in range, so it is exact
        return zeroPadded(at.getEpochSecond() * 1_000_000_000L + at.getNano(), 19);
    }

    public static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** {@code value} in decimal, zero-padded to {@code width} digits (as {@code %0<width>d} formats it). */
    static String zeroPadded(long value, int width) {
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
