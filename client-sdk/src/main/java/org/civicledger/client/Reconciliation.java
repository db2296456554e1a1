package org.civicledger.client;

import java.util.List;
import java.util.Objects;

/**
 * The points invariants over all accounts: the answer to {@link Audit#reconcile}.
 * {@code issued = available + redeemed + expired + reversed} when {@link #ok()}.
 */
public final class Reconciliation {
    private final boolean ok;
    private final long issued;
    private final long available;
    private final long redeemed;
    private final long expired;
    private final long reversed;
    private final List<ReconciliationMismatch> mismatches;

    Reconciliation(boolean ok, long issued, long available, long redeemed, long expired, long reversed,
            List<ReconciliationMismatch> mismatches) {
        this.ok = ok;
        this.issued = issued;
        this.available = available;
        this.redeemed = redeemed;
        this.expired = expired;
        this.reversed = reversed;
        this.mismatches = List.copyOf(Objects.requireNonNull(mismatches, "mismatches"));
    }

    /**
     * Returns whether every check passed.
     *
     * @return whether every check passed
     */
    public boolean ok() {
        return ok;
    }

    /**
     * Returns all points ever awarded.
     *
     * @return all points ever awarded
     */
    public long issued() {
        return issued;
    }

    /**
     * Returns the points available now.
     *
     * @return the points available now
     */
    public long available() {
        return available;
    }

    /**
     * Returns the points redeemed.
     *
     * @return the points redeemed
     */
    public long redeemed() {
        return redeemed;
    }

    /**
     * Returns the points expired.
     *
     * @return the points expired
     */
    public long expired() {
        return expired;
    }

    /**
     * Returns the points reversed.
     *
     * @return the points reversed
     */
    public long reversed() {
        return reversed;
    }

    /**
     * Returns every failed check, as an unmodifiable list.
     *
     * @return every failed check, as an unmodifiable list
     */
    public List<ReconciliationMismatch> mismatches() {
        return mismatches;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Reconciliation)) {
            return false;
        }
        Reconciliation o = (Reconciliation) other;
        return ok == o.ok && issued == o.issued && available == o.available && redeemed == o.redeemed
                && expired == o.expired && reversed == o.reversed && Objects.equals(mismatches, o.mismatches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ok, issued, available, redeemed, expired, reversed, mismatches);
    }

    @Override
    public String toString() {
        return "Reconciliation{ok=" + ok
                + ", issued=" + issued
                + ", available=" + available
                + ", redeemed=" + redeemed
                + ", expired=" + expired
                + ", reversed=" + reversed
                + ", mismatches=" + mismatches + "}";
    }
}
