package org.civicledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The books' checks, on records written by hand (a real ledger never breaks them). */
class BooksTest {
    private static final String R = "a".repeat(64);
    private final Books books = new Books();
    private final long[] facts = new long[2];

    private void put(String key, String json) throws VerificationFailure {
        books.added(key, json.getBytes(StandardCharsets.UTF_8), facts);
    }

    private void oneAward(long available) throws VerificationFailure {
        put("account/" + R, "{\"available\":" + available + ",\"earnedTotal\":20,\"expiredTotal\":0,\"historyCount\":1,"
                + "\"openMonths\":[\"2026-01\"],\"residentId\":\"" + R + "\",\"reversedTotal\":0,\"spentTotal\":0}");
        put("bucket/" + R + "/2026-01", "{\"earned\":20,\"expired\":0,\"month\":\"2026-01\",\"reversed\":0,\"spent\":0}");
        put("history/" + R + "/000000000000", "{\"points\":20,\"ref\":\"c-1\",\"type\":\"AWARD\"}");
        put("contribution/demo/c-1", "{\"points\":20}");
    }

    @Test
    void consistent_books_reconcile() throws VerificationFailure {
        oneAward(20);
        Books.Result result = books.reconcile();
        assertEquals(20, result.issued());
        assertEquals(20, result.available());
        assertEquals(1, result.accounts().size());
    }

    @Test
    void an_account_whose_balance_is_not_its_history_fails_naming_its_key() throws VerificationFailure {
        oneAward(21);
        VerificationFailure failure = assertThrows(VerificationFailure.class, books::reconcile);
        assertTrue(failure.getMessage().startsWith("account account/" + R + ": available = earned - spent"),
                failure.getMessage());
    }

    @Test
    void an_overwritten_record_counts_once() throws VerificationFailure {
        oneAward(20);
        books.removed("contribution/demo/c-1", 20, 0);
        put("contribution/demo/c-1", "{\"points\":20}");
        assertEquals(20, books.reconcile().issued());
    }

    @Test
    void a_contribution_record_the_accounts_do_not_hold_fails_the_ledger_total() throws VerificationFailure {
        oneAward(20);
        put("contribution/demo/c-2", "{\"points\":5}");
        VerificationFailure failure = assertThrows(VerificationFailure.class, books::reconcile);
        assertTrue(failure.getMessage().startsWith("ledger: issued = sum of contribution records"), failure.getMessage());
    }

    @Test
    void pending_and_rejected_contributions_move_no_points() throws VerificationFailure {
        put("account/" + R, "{\"available\":20,\"earnedTotal\":20,\"expiredTotal\":0,\"historyCount\":3,"
                + "\"openMonths\":[\"2026-01\"],\"residentId\":\"" + R + "\",\"reversedTotal\":0,\"spentTotal\":0}");
        put("bucket/" + R + "/2026-01", "{\"earned\":20,\"expired\":0,\"month\":\"2026-01\",\"reversed\":0,\"spent\":0}");
        put("history/" + R + "/000000000000", "{\"points\":20,\"ref\":\"c-1\",\"type\":\"AWARD\"}");
        put("history/" + R + "/000000000001", "{\"points\":30,\"ref\":\"p-1\",\"type\":\"PENDING\"}");
        put("history/" + R + "/000000000002", "{\"points\":0,\"ref\":\"p-1\",\"type\":\"REJECTION\"}");
        put("contribution/demo/c-1", "{\"points\":20,\"status\":\"AWARDED\"}");
        put("contribution/demo/p-1", "{\"points\":30,\"status\":\"REJECTED\"}");
        put("contribution/demo/p-2", "{\"points\":40,\"status\":\"PENDING\"}");
        Books.Result result = books.reconcile();
        assertEquals(20, result.issued());
        assertEquals(20, result.available());
    }
}
