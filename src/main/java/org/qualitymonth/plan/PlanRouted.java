package org.qualitymonth.plan;

/**
 * A plan moved on its route. {@code nextReviewerOrganizationId} is who it now waits for ({@code null} when
 * it went back to the submitter or was accepted).
 */
public record PlanRouted(long planId, int editionYear, String planTitle, long submitterOrganizationId, Decision decision,
                         PlanStatus status, Long nextReviewerOrganizationId, String actor, String comment) {
}
