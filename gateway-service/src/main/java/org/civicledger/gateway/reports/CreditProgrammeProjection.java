package org.civicledger.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.civicledger.gateway.readmodel.CounterTable;
import org.civicledger.gateway.readmodel.ProjectedEvent;
import org.civicledger.gateway.readmodel.Projection;

/**
 * The credit programme's share of the read model (docs/API.md, "The credit programme's figures"): monthly counters
 * per community and bank, kept up to date event by event, so that the report reads one row per community, bank and
 * month, never the decisions behind them.
 *
 * <p>{@code rm_cp_month} holds one row per community × bank × month (UTC month of the transaction) with the
 * {@link Measure}s. Enrolments belong to no bank: they are on the rows of bank {@value #ANY_BANK}, which also count
 * the households and residents credited for the first time by any bank; a bank's rows count those it credited for
 * the first time, its lines, declines, drawdowns, repayments, overrides and closures. {@code rm_cp_subject} records
 * each household and resident already counted (enrolled, and credited per bank and by any bank), so that those
 * figures are distinct counts; a household line credits the household, a resident line the resident.
 *
 * <p>Events: {@code ResidentEnrolled}, {@code HouseholdRegistered}, {@code LoanDecided}, {@code CreditLineDrawn},
 * {@code CreditLineRepaid}, {@code CreditLineClosed}. {@code HouseholdMemberMoved} changes no figure: a household
 * stays registered whoever its members are, and its credit stays with the household. An event without
 * {@code communityId} (or, for a loan event, {@code bankId}) is not projected; a missing {@code amountFen} counts
 * as 0, a missing {@code override} as false, a missing {@code subjectType} as {@code RESIDENT}.
 */
@ApplicationScoped
public class CreditProgrammeProjection implements Projection {
    static final String MONTHS = "rm_cp_month";
    static final String SUBJECTS = "rm_cp_subject";
    /** The bank of the rows that belong to no bank (a bank id is never empty). */
    static final String ANY_BANK = "";

    /** The counters of a row, in their column order. */
    enum Measure {
        HOUSEHOLDS_ENROLLED("householdsEnrolled"), HOUSEHOLDS_CREDITED("householdsCredited"),
        RESIDENTS_ENROLLED("residentsEnrolled"), RESIDENTS_CREDITED("residentsCredited"),
        LINES_GRANTED("linesGranted"), GRANTED_FEN("grantedFen"), LINES_DECLINED("linesDeclined"),
        DRAWN_FEN("drawnFen"), REPAID_FEN("repaidFen"), OVERRIDES("overrides"), LINES_CLOSED("linesClosed");

        /** The field's name in the report. */
        final String wire;

        Measure(String wire) {
            this.wire = wire;
        }

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a subject is; its rows in {@value #SUBJECTS} say {@code ENROLLED_<kind>} or {@code CREDITED_<kind>}. */
    private enum Kind {
        HOUSEHOLD, RESIDENT
    }

    private final CounterTable months = new CounterTable(MONTHS, List.of("community_id", "bank_id", "ym"),
            Arrays.stream(Measure.values()).map(Measure::column).toList());

    @Override
    public String name() {
        return "credit-programme";
    }

    @Override
    public List<String> schema() {
        String counters = String.join(" BIGINT NOT NULL, ",
                Arrays.stream(Measure.values()).map(Measure::column).toList()) + " BIGINT NOT NULL";
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + MONTHS + " (community_id VARCHAR(256) NOT NULL, bank_id VARCHAR(256) "
                        + "NOT NULL, ym CHAR(7) NOT NULL, " + counters + ", PRIMARY KEY (community_id, bank_id, ym))",
                "CREATE INDEX IF NOT EXISTS rm_cp_month_ym ON " + MONTHS + " (ym)",
                "CREATE INDEX IF NOT EXISTS rm_cp_month_bank ON " + MONTHS + " (bank_id, ym)",
                "CREATE TABLE IF NOT EXISTS " + SUBJECTS + " (community_id VARCHAR(256) NOT NULL, bank_id "
                        + "VARCHAR(256) NOT NULL, what VARCHAR(24) NOT NULL, subject_id VARCHAR(256) NOT NULL, "
                        + "PRIMARY KEY (community_id, bank_id, what, subject_id))");
    }

    @Override
    public List<String> tables() {
        return List.of(MONTHS, SUBJECTS);
    }

    @Override
    public void apply(ProjectedEvent event, Connection sql) throws SQLException {
        String community = event.text("communityId");
        if (community == null) {
            return;
        }
        String month = YearMonth.from(event.at().atOffset(ZoneOffset.UTC)).toString();
        switch (event.type()) {
            case "ResidentEnrolled" -> enrolled(sql, community, month, Kind.RESIDENT, event.text("residentId"));
            case "HouseholdRegistered" -> enrolled(sql, community, month, Kind.HOUSEHOLD, event.text("householdId"));
            case "LoanDecided" -> decided(sql, event, community, month);
            case "CreditLineDrawn" -> count(event, community, month, Measure.DRAWN_FEN, event.number("amountFen", 0));
            case "CreditLineRepaid" -> count(event, community, month, Measure.REPAID_FEN, event.number("amountFen", 0));
            case "CreditLineClosed" -> count(event, community, month, Measure.LINES_CLOSED, 1);
            default -> {
            }
        }
    }

    @Override
    public void flush(Connection sql) throws SQLException {
        months.flush(sql);
    }

    @Override
    public void discard() {
        months.discard();
    }

    private void enrolled(Connection sql, String community, String month, Kind kind, String id) throws SQLException {
        if (id != null && firstTime(sql, community, ANY_BANK, "ENROLLED_" + kind, id)) {
            add(community, ANY_BANK, month, kind == Kind.HOUSEHOLD ? Measure.HOUSEHOLDS_ENROLLED
                    : Measure.RESIDENTS_ENROLLED, 1);
        }
    }

    private void decided(Connection sql, ProjectedEvent event, String community, String month) throws SQLException {
        String bank = event.text("bankId");
        if (bank == null || bank.isEmpty()) {
            return;
        }
        if (event.payload().path("override").asBoolean(false)) {
            add(community, bank, month, Measure.OVERRIDES, 1);
        }
        if (!"GRANTED".equals(event.text("outcome"))) {
            add(community, bank, month, Measure.LINES_DECLINED, 1);
            return;
        }
        add(community, bank, month, Measure.LINES_GRANTED, 1);
        add(community, bank, month, Measure.GRANTED_FEN, event.number("amountFen", 0));
        boolean household = "HOUSEHOLD".equals(event.text("subjectType"));
        String subject = household ? event.text("householdId") : event.text("residentId");
        if (subject == null) {
            return;
        }
        Kind kind = household ? Kind.HOUSEHOLD : Kind.RESIDENT;
        Measure credited = household ? Measure.HOUSEHOLDS_CREDITED : Measure.RESIDENTS_CREDITED;
        if (firstTime(sql, community, bank, "CREDITED_" + kind, subject)) {
            add(community, bank, month, credited, 1);
        }
        if (firstTime(sql, community, ANY_BANK, "CREDITED_" + kind, subject)) {
            add(community, ANY_BANK, month, credited, 1);
        }
    }

    private void count(ProjectedEvent event, String community, String month, Measure measure, long delta) {
        String bank = event.text("bankId");
        if (bank != null && !bank.isEmpty()) {
            add(community, bank, month, measure, delta);
        }
    }

    private void add(String community, String bank, String month, Measure measure, long delta) {
        long[] deltas = new long[Measure.values().length];
        deltas[measure.ordinal()] = delta;
        months.add(List.of(community, bank, month), deltas);
    }

    /** Records the subject; true when it was not recorded yet. */
    private static boolean firstTime(Connection sql, String community, String bank, String what, String id)
            throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement("INSERT INTO " + SUBJECTS + " (community_id, bank_id, "
                + "what, subject_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, community);
            insert.setString(2, bank);
            insert.setString(3, what);
            insert.setString(4, id);
            return insert.executeUpdate() > 0;
        }
    }
}
