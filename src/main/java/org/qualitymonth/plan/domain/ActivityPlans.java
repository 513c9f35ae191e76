package org.qualitymonth.plan.domain;

import java.util.List;
import java.util.Optional;
import org.qualitymonth.plan.DocumentKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityPlans extends JpaRepository<ActivityPlan, Long> {

    Optional<ActivityPlan> findByEditionYearAndOrganizationIdAndKind(int editionYear, long organizationId, DocumentKind kind);

    List<ActivityPlan> findByEditionYearAndKindAndStatusAndPublicPlanTrueOrderByRegionCodeAsc(
            int editionYear, DocumentKind kind, org.qualitymonth.plan.PlanStatus status);

    /** What waits for one reviewer, plans and summaries alike, oldest first. */
    @Query("""
            select new org.qualitymonth.plan.domain.QueueItem(p.id, p.kind, p.organizationId, p.title, p.status,
                   p.waitingSince, p.dueOn, p.late)
            from ActivityPlan p
            where p.reviewerOrganizationId = :reviewer
              and p.status in (org.qualitymonth.plan.PlanStatus.SUBMITTED, org.qualitymonth.plan.PlanStatus.FORWARDED)
            order by p.waitingSince asc, p.id asc""")
    org.springframework.data.domain.Page<QueueItem> queueOf(long reviewer, org.springframework.data.domain.Pageable page);
}
