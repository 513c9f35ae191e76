package org.qualitymonth.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.PlanRouted;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes plans and moves them along their route. Only the submitter's organisation edits and submits;
 * only the organisation a plan waits for decides on it; everyone else on the route, and the scope above
 * the submitter, may read it. Every move is a version (on submission), a step, an audit entry and an event.
 */
@Service
@Transactional
public class PlanService {

    private final ActivityPlans plans;
    private final PlanSteps steps;
    private final PlanVersions versions;
    private final OrganizationLookup organizations;
    private final ReviewerResolver reviewers;
    private final ObligationService obligations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    PlanService(ActivityPlans plans, PlanSteps steps, PlanVersions versions, OrganizationLookup organizations,
                ReviewerResolver reviewers, ObligationService obligations, AuditLog audit,
                ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.versions = versions;
        this.organizations = organizations;
        this.reviewers = reviewers;
        this.obligations = obligations;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The actor's organisation's plan for the edition, started as a draft the first time it is opened. */
    public ActivityPlan own(Actor actor, int year) {
        return plans.findByEditionYearAndOrganizationId(year, actor.organizationId()).orElseGet(() -> start(actor, year));
    }

    private ActivityPlan start(Actor actor, int year) {
        OrganizationSummary organization = submitter(actor.organizationId());
        List<ReviewLevel> route = PlanRoutes.routeFor(organization.type(), organization.level())
                .orElseThrow(() -> BusinessException.forbidden("plan.no-route"));
        java.time.LocalDate due = obligations.of(year, organization.id()).map(Obligation::dueOn)
                .orElseGet(() -> obligations.defaultDueDate(year));
        ActivityPlan plan = new ActivityPlan(year, organization.id(), organization.path(), organization.regionCode(),
                PlanRoutes.encode(route), due, organization.name() + year + "年“质量月”活动方案");
        return plans.save(plan);
    }

    public ActivityPlan save(Actor actor, long id, PlanContent content, Long expectedVersion) {
        ActivityPlan plan = owned(actor, id, expectedVersion);
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
        ActivityPlan plan = owned(actor, id, expectedVersion);
        PlanRules.Violation violation = PlanRules.checkSubmission(plan.content(), plan.editionYear());
        if (violation != null) {
            throw BusinessException.invalid(violation.code()).onField(violation.field());
        }
        PlanStateMachine.Position next = PlanStateMachine.next(plan.position(), Decision.SUBMIT, plan.route().size());
        long reviewer = reviewers.reviewerAt(plan.route().get(0), submitter(plan.organizationId()));
        int number = (int) versions.countByPlanId(plan.id()) + 1;
        versions.save(new PlanVersion(plan.id(), number, now, actor.username(), json.writeValueAsString(plan.content())));
        plan.markSubmitted(now);
        return record(actor, plan, Decision.SUBMIT, next, reviewer, number, null, now);
    }

    public ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion) {
        return decide(actor, id, decision, comment, expectedVersion, clock.instant());
    }

    ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion, Instant now) {
        if (decision == Decision.SUBMIT) {
            throw BusinessException.invalid("plan.transition-not-allowed");
        }
        ActivityPlan plan = readable(actor, id);
        if (expectedVersion != null && expectedVersion != plan.version()) {
            throw BusinessException.conflict("stale");
        }
        if (!plan.status().waiting() || plan.reviewerOrganizationId() != actor.organizationId()) {
            throw BusinessException.conflict("plan.not-waiting-for-you");
        }
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw BusinessException.invalid("plan.comment-required").onField("comment");
        }
        String trimmed = org.qualitymonth.shared.Text.optional(comment, 2000, "plan.comment-invalid", "comment");
        PlanStateMachine.Position next = PlanStateMachine.next(plan.position(), decision, plan.route().size());
        Long reviewer = decision == Decision.FORWARD
                ? reviewers.reviewerAt(plan.route().get(next.step()), submitter(plan.organizationId())) : null;
        int number = (int) versions.countByPlanId(plan.id());
        return record(actor, plan, decision, next, reviewer, number, trimmed, now);
    }

    private ActivityPlan record(Actor actor, ActivityPlan plan, Decision decision, PlanStateMachine.Position next,
                                Long reviewer, int versionNumber, String comment, Instant now) {
        Map<String, Object> before = Map.of("status", plan.status(), "step", plan.step());
        int stepAt = plan.step();
        plan.moveTo(next, reviewer, now);
        steps.save(new PlanStep(plan.id(), now, actor.username(), actor.organizationId(), decision,
                decision == Decision.SUBMIT ? 0 : stepAt, versionNumber, comment));
        audit.record("plan." + decision.name().toLowerCase(java.util.Locale.ROOT), "plan", plan.id().toString(), before,
                Map.of("status", next.status(), "step", next.step(), "comment", comment == null ? "" : comment));
        events.publishEvent(new PlanRouted(plan.id(), plan.editionYear(), plan.title(), plan.organizationId(), decision,
                next.status(), reviewer, actor.username(), comment));
        return plan;
    }

    /** A plan the actor may read: inside the actor's scope, or on a route the actor's organisation reviews. */
    @Transactional(readOnly = true)
    public ActivityPlan readable(Actor actor, long id) {
        ActivityPlan plan = plans.findById(id).orElseThrow(() -> BusinessException.notFound("plan.not-found"));
        if (actor.canSee(plan.organizationPath())) {
            return plan;
        }
        List<Long> route = reviewers.reviewersOf(plan.route(), submitter(plan.organizationId()));
        if (route.contains(actor.organizationId())) {
            return plan;
        }
        throw BusinessException.notFound("plan.not-found");
    }

    /** Without a reader: for jobs and the demo generator, never for requests. */
    ActivityPlan readableBySystem(long id) {
        return plans.findById(id).orElseThrow(() -> BusinessException.notFound("plan.not-found"));
    }

    /** The steps of a plan obtained from {@link #readable}, which is where access was checked. */
    @Transactional(readOnly = true)
    public List<PlanStep> history(ActivityPlan plan) {
        return steps.findByPlanIdOrderByIdAsc(plan.id());
    }

    @Transactional(readOnly = true)
    public List<PlanVersion> versions(ActivityPlan plan) {
        return versions.findByPlanIdOrderByNumberAsc(plan.id());
    }

    @Transactional(readOnly = true)
    public PlanContent version(Actor actor, long id, int number) {
        PlanVersion version = versions.findByPlanIdAndNumber(readable(actor, id).id(), number)
                .orElseThrow(() -> BusinessException.notFound("plan.version-not-found"));
        return json.readValue(version.content(), PlanContent.class);
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<QueueItem> queue(Actor actor, int page) {
        return plans.queueOf(actor.organizationId(), org.springframework.data.domain.PageRequest.of(Math.max(0, page), 50));
    }

    private ActivityPlan owned(Actor actor, long id, Long expectedVersion) {
        ActivityPlan plan = readable(actor, id);
        if (plan.organizationId() != actor.organizationId()) {
            throw BusinessException.forbidden("plan.not-yours");
        }
        if (expectedVersion != null && expectedVersion != plan.version()) {
            throw BusinessException.conflict("stale");
        }
        return plan;
    }

    private OrganizationSummary submitter(long organizationId) {
        return organizations.find(organizationId).orElseThrow(() -> BusinessException.notFound("organization.not-found"));
    }
}
