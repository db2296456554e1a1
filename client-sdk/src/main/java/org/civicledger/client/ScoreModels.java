package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.ScoreModel;
import org.civicledger.api.credit.ScoreModelEvaluation;
import org.civicledger.api.credit.ScoreModelRequest;

/**
 * Governed score models: read by anyone; a version is proposed by a community ADMIN, approved by an AUDITOR of
 * another organisation and takes effect at its {@code effectiveAt}. Obtained from
 * {@link CivicLedgerClient#scoreModels()}.
 *
 * <pre>{@code
 * ScoreModel active = client.scoreModels().list().stream()
 *         .filter(m -> m.status() == ScoreModelStatus.ACTIVE).findFirst().orElseThrow();
 * }</pre>
 */
public interface ScoreModels {

    /**
     * Lists every version, lowest first, each with its status now (any role).
     *
     * @return the versions
     * @throws CivicLedgerException on any API or transport error
     */
    default List<ScoreModel> list() {
        return HttpTransport.await(listAsync());
    }

    /**
     * Asynchronous {@link #list()}.
     *
     * @return a future of the versions
     */
    @Endpoint("GET /api/v1/score-models")
    CompletableFuture<List<ScoreModel>> listAsync();

    /**
     * Reads one version (any role).
     *
     * @param version the version (positive)
     * @return the version with its rules, thresholds, texts and status
     * @throws NotFoundException    if there is no such version
     * @throws CivicLedgerException on any other API or transport error
     */
    default ScoreModel get(long version) {
        return HttpTransport.await(getAsync(version));
    }

    /**
     * Asynchronous {@link #get(long)}.
     *
     * @param version the version
     * @return a future of the version
     */
    @Endpoint("GET /api/v1/score-models/{version}")
    CompletableFuture<ScoreModel> getAsync(long version);

    /**
     * Proposes the next version (ADMIN); the same proposal again answers the original.
     *
     * @param request the version (the highest proposed or approved + 1) and its definition
     * @return the proposal, status {@code PROPOSED}
     * @throws ValidationFailedException if a rule is broken (weights not adding up to 1000, thresholds not ordered,
     *                                   a text missing, effectiveAt not in the future)
     * @throws InvalidStateException     if the version is not the next one
     * @throws ForbiddenException        if the caller is not a community ADMIN
     * @throws CivicLedgerException      on any other API or transport error
     */
    default ScoreModel propose(ScoreModelRequest request) {
        return HttpTransport.await(proposeAsync(request));
    }

    /**
     * Asynchronous {@link #propose(ScoreModelRequest)}.
     *
     * @param request the proposal
     * @return a future of the proposal
     */
    @Endpoint("POST /api/v1/score-models")
    CompletableFuture<ScoreModel> proposeAsync(ScoreModelRequest request);

    /**
     * Approves a proposed version (AUDITOR of another organisation than the proposer's).
     *
     * @param version the version
     * @return the version, status {@code SCHEDULED} until its effectiveAt
     * @throws SameOrganisationException if the caller's organisation proposed it
     * @throws InvalidStateException     if its effectiveAt has passed or a later version is approved
     * @throws NotFoundException         if there is no such proposal
     * @throws ForbiddenException        if the caller is not an AUDITOR
     * @throws CivicLedgerException      on any other API or transport error
     */
    default ScoreModel approve(long version) {
        return HttpTransport.await(approveAsync(version));
    }

    /**
     * Asynchronous {@link #approve(long)}.
     *
     * @param version the version
     * @return a future of the approved version
     */
    @Endpoint("POST /api/v1/score-models/{version}/approval")
    CompletableFuture<ScoreModel> approveAsync(long version);

    /**
     * Evaluates a version on a community (ADMIN of the community, AUDITOR): one page of bands before and after;
     * nothing is written.
     *
     * @param version     the version
     * @param communityId the community
     * @param cursor      null for the first page, else the previous page's {@code nextCursor}
     * @return the page's counts
     * @throws NotFoundException    if the version or community does not exist
     * @throws ForbiddenException   if the caller may not read the community
     * @throws CivicLedgerException on any other API or transport error
     */
    default ScoreModelEvaluation evaluate(long version, String communityId, String cursor) {
        return HttpTransport.await(evaluateAsync(version, communityId, cursor));
    }

    /**
     * Asynchronous {@link #evaluate(long, String, String)}.
     *
     * @param version     the version
     * @param communityId the community
     * @param cursor      null or the previous page's {@code nextCursor}
     * @return a future of the page's counts
     */
    @Endpoint("GET /api/v1/score-models/{version}/evaluation")
    CompletableFuture<ScoreModelEvaluation> evaluateAsync(long version, String communityId, String cursor);
}
