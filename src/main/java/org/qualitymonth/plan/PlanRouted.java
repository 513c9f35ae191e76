package org.qualitymonth.plan;

/**
 * A plan or a summary moved on its route. {@code nextReviewerOrganizationId} is who it now waits for
 * ({@code null} when it went back to the submitter or was accepted). {@code kind} is null in events stored
 * before summaries existed, which were all plans.
 */
public record PlanRouted(long planId, int editionYear, String planTitle, long submitterOrganizationId, Decision decision,
                         PlanStatus status, Long nextReviewerOrganizationId, String actor, String comment,
                         DocumentKind kind) {

    public DocumentKind documentKind() {
        return kind == null ? DocumentKind.PLAN : kind;
    }
}
