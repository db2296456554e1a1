package org.civicledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.civicledger.api.Limits;
import org.civicledger.api.reports.ReportCell;
import org.civicledger.api.reports.TransparencyBoard;
import org.civicledger.api.reports.TransparencyFigures;
import org.junit.jupiter.api.Test;

/** The public transparency board through the SDK, read by a client without a token. */
class ReportsTest extends GatewayTest {
    private final CivicLedgerClient anyone = CivicLedgerClient.builder().baseUrl(RealGateway.baseUrl())
            .withoutToken().timeout(Duration.ofSeconds(20)).build();

    /** The demo community's board, once the read model has projected the award just made. */
    private TransparencyBoard boardAfterAnAward() throws InterruptedException {
        residentWithHours(2);
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int attempt = 0; ; attempt++) {
            try {
                TransparencyBoard board = anyone.reports().transparency("demo", now.minusMonths(1), now);
                if (board.asOf().lagBlocks() == 0) {
                    return board;
                }
            } catch (NotFoundException e) {
                // the read model has not reached the community's first block yet
            }
            if (attempt > 300) {
                throw new AssertionError("the read model did not catch up");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void a_client_without_a_token_reads_a_communitys_board() throws InterruptedException {
        TransparencyBoard board = boardAfterAnAward();

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertEquals("demo", board.communityId());
        assertEquals(now.minusMonths(1).toString(), board.from());
        assertEquals(now.toString(), board.to());
        assertEquals(Limits.ANONYMITY_THRESHOLD, board.anonymityThreshold());
        assertEquals(2, board.months().size());
        assertNotNull(board.asOf());
        List<ReportCell> cells = new ArrayList<>();
        board.months().forEach(month -> cells(month, cells));
        cells(board.period(), cells);
        for (ReportCell cell : cells) {
            if (cell.suppressed()) {
                assertEquals(null, cell.value());
                assertEquals(null, cell.residents());
            } else {
                assertTrue(cell.residents() == 0 || cell.residents() >= Limits.ANONYMITY_THRESHOLD, cell.toString());
            }
        }
    }

    private static void cells(TransparencyFigures figures, List<ReportCell> cells) {
        cells.add(figures.activeResidents());
        cells.add(figures.issued());
        cells.add(figures.redeemed());
        cells.add(figures.expired());
        cells.add(figures.reversed());
        figures.byCategory().forEach(c -> {
            cells.add(c.issued());
            cells.add(c.reversed());
        });
        figures.byExchangePoint().forEach(p -> cells.add(p.redeemed()));
    }

    @Test
    void a_client_without_a_token_may_call_nothing_else() {
        assertThrows(UnauthenticatedException.class, () -> anyone.residents().get(residentWithHours(1)));
    }

    @Test
    void a_period_ending_before_it_starts_or_longer_than_the_limit_is_refused() {
        assertThrows(ValidationFailedException.class,
                () -> anyone.reports().transparency("demo", YearMonth.of(2026, 5), YearMonth.of(2026, 4)));
        assertThrows(ValidationFailedException.class, () -> anyone.reports().transparency("demo",
                YearMonth.of(2020, 1), YearMonth.of(2020, 1).plusMonths(Limits.MAX_REPORT_MONTHS)));
    }

    @Test
    void an_unknown_community_is_not_found() {
        assertThrows(NotFoundException.class,
                () -> anyone.reports().transparency("no-such-community", null, null));
    }
}
