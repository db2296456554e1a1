package org.civicledger.benchmarks;

/**
 * The size of a generated city, as a fraction of Jiaxing's points programme (about 1.93 million registered
 * residents, taken as 560 communities and 1,380 exchange points, and 20 million ledger transactions over three
 * years). Issue 16's benchmark city is the tenth: 193,000 residents, 56 communities, 138 exchange points,
 * 2,000,000 transactions.
 *
 * @param fraction       the fraction of Jiaxing (0.1 = the city)
 * @param residents      residents enrolled over the three years
 * @param communities    communities
 * @param exchangePoints merchants (exchange points), spread over the communities, at least one each
 * @param transactions   ledger transactions in all, set-up included
 * @param days           simulated days (three years from {@link CityGenerator#START})
 */
record CityScale(double fraction, int residents, int communities, int exchangePoints, long transactions, int days) {
    static final int JIAXING_RESIDENTS = 1_930_000;
    static final int JIAXING_COMMUNITIES = 560;
    static final int JIAXING_EXCHANGE_POINTS = 1_380;
    static final long JIAXING_TRANSACTIONS = 20_000_000;
    /** 2023-12-01 to 2026-11-30. */
    static final int THREE_YEARS = 1096;

    CityScale {
        if (residents < 10 || communities < 1 || exchangePoints < communities || days < 60
                || transactions < 3L * residents) {
            throw new IllegalArgumentException("a city needs at least 10 residents, one exchange point per community,"
                    + " 60 days and 3 transactions per resident");
        }
    }

    /** @param fraction of Jiaxing, e.g. 0.1 (the city) or 0.01 */
    static CityScale of(double fraction) {
        int communities = (int) Math.max(1, Math.round(JIAXING_COMMUNITIES * fraction));
        return new CityScale(fraction, (int) Math.round(JIAXING_RESIDENTS * fraction), communities,
                (int) Math.max(communities, Math.round(JIAXING_EXCHANGE_POINTS * fraction)),
                Math.round(JIAXING_TRANSACTIONS * fraction), THREE_YEARS);
    }

    /** The same city over fewer days and transactions (tests). */
    CityScale withDays(int newDays, long newTransactions) {
        return new CityScale(fraction, residents, communities, exchangePoints, newTransactions, newDays);
    }

    /** @return exchange points of community {@code c}: the quotient, one more for the first remainder ones */
    int merchantsOf(int c) {
        return exchangePoints / communities + (c < exchangePoints % communities ? 1 : 0);
    }
}
