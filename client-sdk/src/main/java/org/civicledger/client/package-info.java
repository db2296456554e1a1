/**
 * The Civic Ledger Java SDK: typed operations on the gateway's REST API v1, typed errors, safe retries, resident keys
 * and event subscriptions. One {@link org.civicledger.client.CivicLedgerClient} per bearer token; each role uses the
 * operation groups its token allows.
 *
 * <pre>{@code
 * CivicLedgerClient app = CivicLedgerClient.builder()
 *         .baseUrl("http://localhost:8080").token("demo-app-token").build();
 *
 * // residents and points (APP; a MERCHANT client redeems)
 * ResidentKeys keys = ResidentKeys.generate();                      // on the resident's device
 * Resident resident = app.residents().enrol("citizen-card-110105-0042", keys.publicKey());
 * Award award = app.contributions().award(ContributionRequest.builder()
 *         .contributionId(Ids.newContributionId())                  // keep it: resending with it is safe
 *         .residentId(resident.residentId()).activityType("volunteer-hour").quantity(3)
 *         .occurredAt(Instant.now()).build());
 * merchant.redemptions().redeem(RedemptionRequest.builder().redemptionId(Ids.newRedemptionId())
 *         .residentId(resident.residentId()).points(20).item("rice 5kg").build());
 * merchant.merchantStatements().statement("demo-merchant");
 *
 * // consent, signed by the resident, then the bank's check (BANK) and the resident's own view (APP)
 * ConsentRequest consent = keys.sign(ConsentRequest.builder().consentId(Ids.newConsentId())
 *         .residentId(resident.residentId()).bankId("demo-bank").purpose("loan")
 *         .expiresAt(Instant.now().plus(30, ChronoUnit.DAYS)).build());   // keep it: resending it is safe
 * app.consents().grant(consent);
 * bank.loanProducts().publish(LoanProductRequest.builder().productId("micro-loan").name("Micro-loan")
 *         .band(Band.A, 5_000_000, 50).band(Band.B, 2_000_000, 25).build());
 * CreditCheck check = bank.creditChecks().check(resident.residentId(), "micro-loan", "loan");
 * CreditScore own = app.residentCredit().score(resident.residentId());
 * List<CreditCheckLogEntry> log = app.residentCredit().queryLog(resident.residentId());
 *
 * // disputes (APP files, ADMIN resolves), audit (AUDITOR), events (any role)
 * Dispute dispute = app.disputes().file(DisputeRequest.builder().disputeId(Ids.newDisputeId())
 *         .residentId(resident.residentId()).targetTxId(award.txId()).reason("not me").build());
 * admin.disputes().resolve(dispute.disputeId(), DisputeResolutionRequest.builder()
 *         .outcome(DisputeStatus.REJECTED).note("patrol log shows them").build());
 * boolean intact = auditor.audit().verifyIntegrity().verified() && auditor.audit().reconcile().ok();
 * try (EventSubscription events = auditor.events().subscribe(e -> System.out.println(e.type()))) {
 *     // events arrive on the subscription's thread, each once, in order, across reconnects
 * }
 *
 * try {
 *     merchant.redemptions().redeem(tooLarge);
 * } catch (InsufficientPointsException e) {
 *     // e.status() == 422, e.code() == "INSUFFICIENT_POINTS", e.detail() explains
 * }
 * }</pre>
 *
 * <p>Every error is a {@link org.civicledger.client.CivicLedgerException}, with one subclass per API error code; every
 * {@code …Async} variant completes exceptionally with the same exception its blocking variant throws. Writes that
 * repeat an earlier request (same client id, same body) return the original result with {@code replayed()} true.
 */
package org.civicledger.client;
