package org.qualitymonth.plan.domain;

import java.time.Clock;
import java.time.Instant;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes plans and moves them along their route ({@link RouteService}, shared with summaries). Only the
 * submitter's organisation edits and submits; only the organisation a plan waits for decides on it; everyone
 * else on the route, and the scope above the submitter, may read it. Every move is a version (on submission),
 * a step, an audit entry and an event.
 */
@Service
@Transactional
public class PlanService {

    private static final DocumentKind KIND = DocumentKind.PLAN;

    private final RouteService route;
    private final ObligationService obligations;
    private final AuditLog audit;
    private final Clock clock;

    PlanService(RouteService route, ObligationService obligations, AuditLog audit, Clock clock) {
        this.route = route;
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's organisation's plan for the edition, started as a draft the first time it is opened. */
    public ActivityPlan own(Actor actor, int year) {
        return route.own(actor, year, KIND, () -> obligations.of(year, actor.organizationId()).map(Obligation::dueOn)
                .orElseGet(() -> obligations.defaultDueDate(year)), "年“质量月”活动方案");
    }

    public ActivityPlan save(Actor actor, long id, PlanContent content, Long expectedVersion) {
        ActivityPlan plan = route.owned(actor, id, KIND, expectedVersion);
        if (!plan.editable()) {
            throw BusinessException.conflict("plan.not-editable");
        }
        PlanRules.Violation violation = PlanRules.checkDraft(content, plan.editionYear());
        if (violation != null) {
            throw BusinessException.invalid(violation.code()).onField(violation.field());
        }
        PlanContent before = plan.content();
        plan.write(content);
        audit.record("plan.save", "plan", plan.id().toString(), before, content);
        return plan;
    }

    public ActivityPlan submit(Actor actor, long id, Long expectedVersion) {
        return submit(actor, id, expectedVersion, clock.instant());
    }

    /** Saves and submits in one transaction: a refused submission leaves the stored plan as it was. */
    public ActivityPlan saveAndSubmit(Actor actor, long id, PlanContent content, Long expectedVersion) {
        save(actor, id, content, expectedVersion);
        return submit(actor, id, null, clock.instant());
    }

    /** Submission at a given instant: the demo generator replays a campaign that took place in the past. */
    ActivityPlan submit(Actor actor, long id, Long expectedVersion, Instant now) {
        ActivityPlan plan = route.owned(actor, id, KIND, expectedVersion);
        PlanRules.Violation violation = PlanRules.checkSubmission(plan.content(), plan.editionYear());
        if (violation != null) {
            throw BusinessException.invalid(violation.code()).onField(violation.field());
        }
        return route.submit(actor, plan, plan.content(), now);
    }

    public ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion) {
        return decide(actor, id, decision, comment, expectedVersion, clock.instant());
    }

    ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion, Instant now) {
        return route.decide(actor, id, KIND, decision, comment, expectedVersion, now);
    }

    /** A plan the actor may read: inside the actor's scope, or on a route the actor's organisation reviews. */
    @Transactional(readOnly = true)
    public ActivityPlan readable(Actor actor, long id) {
        return route.readable(actor, id, KIND);
    }

    /** Without a reader: for jobs and the demo generator, never for requests. */
    ActivityPlan readableBySystem(long id) {
        return route.readableBySystem(id);
    }

    @Transactional(readOnly = true)
    public PlanContent version(Actor actor, long id, int number) {
        return route.version(actor, id, KIND, number, PlanContent.class);
    }

    /** What waits for the actor's organisation: plans and summaries, each marked with its kind. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<QueueItem> queue(Actor actor, int page) {
        return route.queue(actor, page);
    }
}
