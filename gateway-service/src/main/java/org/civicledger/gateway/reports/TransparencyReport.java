package org.civicledger.gateway.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.civicledger.api.Limits;
import org.civicledger.chaincode.json.Request;
import org.civicledger.gateway.problem.ApiException;
import org.civicledger.gateway.readmodel.ReadModel;

/** A community's public transparency board, from the read model (see {@link TransparencyBoards}). */
@ApplicationScoped
public class TransparencyReport {
    @Inject
    ReadModel readModel;

    @Inject
    Clock clock;

    /**
     * @param from first month {@code YYYY-MM}, or null for 11 months before {@code to}
     * @param to   last month {@code YYYY-MM}, or null for the current month (UTC)
     * @return the board, with {@code asOf}
     * @throws ApiException VALIDATION_FAILED for a malformed id or period, NOT_FOUND for an unknown community
     */
    public ObjectNode board(String communityId, String from, String to) {
        if (communityId == null || !Request.ID.matcher(communityId).matches()) {
            throw ApiException.invalid("communityId must be 1-" + Limits.MAX_ID_LENGTH
                    + " characters of letters, digits, '.', '_', ':' or '-'");
        }
        ReportPeriod period = ReportPeriod.months(from, to, YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)));
        Optional<String> position = readModel.position();
        long lag = readModel.lagBlocks();
        ObjectNode board = readModel.read(sql -> TransparencyBoards.read(sql, communityId, period.firstMonth(),
                period.lastMonth(), Limits.ANONYMITY_THRESHOLD))
                .orElseThrow(() -> ApiException.notFound("community not found"));
        ObjectNode asOf = board.putObject("asOf");
        position.ifPresent(p -> asOf.put("position", p));
        asOf.put("lagBlocks", lag);
        return board;
    }
}
