package org.civicledger.api;

/**
 * The API's limits, defined once: the chaincode and the gateway enforce them, the SDK checks them first, the
 * documentation quotes them.
 */
public final class Limits {
    /** Most characters of an id a client chooses (contributionId, redemptionId, checkId...) or names (txId). */
    public static final int MAX_ID_LENGTH = 128;
    /** Most characters of a free text: a reason, a note, an item. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** Most code points of a resident's real-world identifier (externalRef) once normalised. */
    public static final int MAX_EXTERNAL_REF_LENGTH = 256;
    /** Most entries of one page of a resident's history. */
    public static final int MAX_HISTORY_PAGE = 500;
    /** The most contributions one batch award may hold. */
    public static final int MAX_BATCH_ITEMS = 1_000;
    /** The most blocks {@code GET /api/v1/audit/blocks?limit=} returns (and the largest {@code limit} it accepts). */
    public static final int MAX_BLOCKS = 100;
    /**
     * The most headers of later blocks one transaction proof carries: its checkpoint block is at most this many blocks
     * after the block that holds the transaction.
     */
    public static final int MAX_PROOF_HEADERS = 1_000;

    /** Most months one transparency board covers ({@code from}/{@code to} months, both included). */
    public static final int MAX_REPORT_MONTHS = 36;
    /** Most days one oversight or anomaly report covers ({@code from} included, {@code to} excluded). */
    public static final int MAX_REPORT_DAYS = 366;
    /** Most rows of one page of a report listing (credit checks, transactions behind an anomaly). */
    public static final int MAX_REPORT_ROWS = 1_000;
    /** The fewest distinct residents a published aggregate cell may count; smaller cells are suppressed. */
    public static final int ANONYMITY_THRESHOLD = 5;
    /** Fewest and most times its community's median an anomaly report's {@code multiple} may be. */
    public static final int MIN_ANOMALY_MULTIPLE = 2;
    /** See {@link #MIN_ANOMALY_MULTIPLE}. */
    public static final int MAX_ANOMALY_MULTIPLE = 100;

    /** Most characters of a community category's name (public text). */
    public static final int MAX_CATEGORY_NAME_LENGTH = 100;
    /** The largest credit weight, in percent, of an activity type or a category. */
    public static final int MAX_CREDIT_WEIGHT = 1_000;
    /** The largest value in fen (0.01 CNY) a redemption may declare: ten billion CNY. */
    public static final long MAX_VALUE_FEN = 1_000_000_000_000L;

    private Limits() {
    }

    /** The most residents one household may have (bounds the keys a household credit check reads). */
    public static final int MAX_HOUSEHOLD_MEMBERS = 10;
    /** Days after a credit check during which the bank may record a loan decision against it. */
    public static final int CHECK_VALID_DAYS = 30;
    /** The largest credit line, drawdown or repayment, in fen (10 million CNY). */
    public static final long MAX_LOAN_FEN = 1_000_000_000L;
    /** The longest loan term, in months. */
    public static final int MAX_TERM_MONTHS = 360;
    /** The highest interest rate a decision may record, in basis points a year (36%). */
    public static final int MAX_RATE_BPS = 3_600;
    /** The most reason codes a declined decision may give. */
    public static final int MAX_DECLINE_REASONS = 4;

    /** A score model factor's largest target (its measure at which the factor scores in full). */
    public static final long MAX_FACTOR_TARGET = 1_000_000_000_000L;

    /**
     * Resident records one score model evaluation reads per call (each resident's score reads twelve month buckets,
     * once for both models); a community with more is evaluated page by page with the cursor.
     */
    public static final int MAX_EVALUATION_RESIDENTS = 200;
    /** The most disputes one {@code Disputes:markOverdue} call records OVERDUE (the rest: call again). */
    public static final int MAX_OVERDUE_MARKED = 100;
    /** The most blocks one {@code GET /audit/activity} reads (newest first); a busier window answers complete: false. */
    public static final int MAX_ACTIVITY_BLOCKS = 2_000;
    /** The longest window of {@code GET /audit/activity}, in hours (a week). */
    public static final int MAX_ACTIVITY_HOURS = 168;
    /** The most consents one page of {@code GET /api/v1/consents} lists (and the largest {@code limit} it takes). */
    public static final int MAX_CONSENTS_PAGE = 100;
}
