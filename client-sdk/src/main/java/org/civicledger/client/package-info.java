/**
 * The Civic Ledger Java SDK: typed operations on the gateway's REST API v1, typed errors, and safe retries.
 *
 * <pre>{@code
 * CivicLedgerClient app = CivicLedgerClient.builder()
 *         .baseUrl("http://localhost:8080")
 *         .token("demo-app-token")
 *         .timeout(Duration.ofSeconds(10))
 *         .maxRetries(3)
 *         .build();
 *
 * Resident resident = app.residents().enrol("citizen-card-110105-0042");
 * Award award = app.contributions().award(ContributionRequest.builder()
 *         .contributionId(Ids.newContributionId())   // keep it: resending with it is safe
 *         .residentId(resident.residentId())
 *         .activityType("volunteer-hour")
 *         .quantity(3)
 *         .occurredAt(Instant.now())
 *         .build());
 * try {
 *     merchant.redemptions().redeem(request);
 * } catch (InsufficientPointsException e) {
 *     // e.status() == 422, e.code() == "INSUFFICIENT_POINTS", e.detail() explains
 * }
 * }</pre>
 *
 * <p>Every error is a {@link org.civicledger.client.CivicLedgerException}, with one subclass per API error code.
 */
package org.civicledger.client;
