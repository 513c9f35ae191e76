package org.qualitymonth.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.plan.PlanRouted;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The route both plans and summaries travel: who may read a routed record, starting one, freezing a version
 * on submission, the reviewers' decisions, and for every move a step, an audit entry and a {@link PlanRouted}
 * event. What a document says and what it needs before submission belong to {@link PlanService} and
 * {@link SummaryService}; how it moves belongs here only.
 */
@Service
@Transactional
public class RouteService {

    private final ActivityPlans plans;
    private final PlanSteps steps;
    private final PlanVersions versions;
    private final OrganizationLookup organizations;
    private final ReviewerResolver reviewers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    RouteService(ActivityPlans plans, PlanSteps steps, PlanVersions versions, OrganizationLookup organizations,
                 ReviewerResolver reviewers, AuditLog audit, ApplicationEventPublisher events, JsonMapper json) {
        this.plans = plans;
        this.steps = steps;
        this.versions = versions;
        this.organizations = organizations;
        this.reviewers = reviewers;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** The actor's organisation's record of this kind for the edition, started the first time it is opened. */
    ActivityPlan own(Actor actor, int year, DocumentKind kind, Supplier<LocalDate> due, String titleSuffix) {
        return plans.findByEditionYearAndOrganizationIdAndKind(year, actor.organizationId(), kind).orElseGet(() -> {
            OrganizationSummary organization = submitter(actor.organizationId());
            List<ReviewLevel> route = PlanRoutes.routeFor(organization.type(), organization.level())
                    .orElseThrow(() -> BusinessException.forbidden(kind.key() + ".no-route"));
            return plans.save(new ActivityPlan(kind, year, organization.id(), organization.path(), organization.regionCode(),
                    PlanRoutes.encode(route), due.get(), organization.name() + year + titleSuffix));
        });
    }

    /** A record of this kind that the actor's organisation submits, at the version the actor saw. */
    ActivityPlan owned(Actor actor, long id, DocumentKind kind, Long expectedVersion) {
        ActivityPlan plan = readable(actor, id, kind);
        if (plan.organizationId() != actor.organizationId()) {
            throw BusinessException.forbidden(kind.key() + ".not-yours");
        }
        if (expectedVersion != null && expectedVersion != plan.version()) {
            throw BusinessException.conflict("stale");
        }
        return plan;
    }

    /** Freezes the content as the next version and sends the record to the first step of its route. */
    ActivityPlan submit(Actor actor, ActivityPlan plan, Object content, Instant now) {
        PlanStateMachine.Position next = PlanStateMachine.next(plan.position(), Decision.SUBMIT, plan.route().size());
        long reviewer = reviewers.reviewerAt(plan.route().get(0), submitter(plan.organizationId()));
        int number = (int) versions.countByPlanId(plan.id()) + 1;
        versions.save(new PlanVersion(plan.id(), number, now, actor.username(), json.writeValueAsString(content)));
        plan.markSubmitted(now);
        return record(actor, plan, Decision.SUBMIT, next, reviewer, number, null, now);
    }

    ActivityPlan decide(Actor actor, long id, DocumentKind kind, Decision decision, String comment, Long expectedVersion,
                        Instant now) {
        if (decision == Decision.SUBMIT) {
            throw BusinessException.invalid("plan.transition-not-allowed");
        }
        ActivityPlan plan = readable(actor, id, kind);
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
        String kind = plan.kind().key();
        audit.record(kind + "." + decision.name().toLowerCase(java.util.Locale.ROOT), kind, plan.id().toString(), before,
                Map.of("status", next.status(), "step", next.step(), "comment", comment == null ? "" : comment));
        events.publishEvent(new PlanRouted(plan.id(), plan.editionYear(), plan.title(), plan.organizationId(), decision,
                next.status(), reviewer, actor.username(), comment, plan.kind()));
        return plan;
    }

    /**
     * A record of this kind the actor may read: inside the actor's scope, or on a route the actor's organisation
     * reviews. Anything else, including a record of the other kind, is answered as if it did not exist.
     */
    @Transactional(readOnly = true)
    public ActivityPlan readable(Actor actor, long id, DocumentKind kind) {
        String notFound = kind.key() + ".not-found";
        ActivityPlan plan = plans.findById(id).filter(p -> p.kind() == kind).orElseThrow(() -> BusinessException.notFound(notFound));
        if (actor.canSee(plan.organizationPath())) {
            return plan;
        }
        if (reviewers.reviewersOf(plan.route(), submitter(plan.organizationId())).contains(actor.organizationId())) {
            return plan;
        }
        throw BusinessException.notFound(notFound);
    }

    /** Without a reader: for jobs and the demo generator, never for requests. */
    ActivityPlan readableBySystem(long id) {
        return plans.findById(id).orElseThrow(() -> BusinessException.notFound("plan.not-found"));
    }

    /** The steps of a record obtained from {@link #readable}, which is where access was checked. */
    @Transactional(readOnly = true)
    public List<PlanStep> history(ActivityPlan plan) {
        return steps.findByPlanIdOrderByIdAsc(plan.id());
    }

    @Transactional(readOnly = true)
    public List<PlanVersion> versions(ActivityPlan plan) {
        return versions.findByPlanIdOrderByNumberAsc(plan.id());
    }

    /** A frozen version of a readable record, read back as the kind's content type. */
    @Transactional(readOnly = true)
    <T> T version(Actor actor, long id, DocumentKind kind, int number, Class<T> type) {
        PlanVersion version = versions.findByPlanIdAndNumber(readable(actor, id, kind).id(), number)
                .orElseThrow(() -> BusinessException.notFound("plan.version-not-found"));
        return json.readValue(version.content(), type);
    }

    /** What waits for the actor's organisation, plans and summaries in one list. */
    @Transactional(readOnly = true)
    public Page<QueueItem> queue(Actor actor, int page) {
        return plans.queueOf(actor.organizationId(), PageRequest.of(Math.max(0, page), 50));
    }

    private OrganizationSummary submitter(long organizationId) {
        return organizations.find(organizationId).orElseThrow(() -> BusinessException.notFound("organization.not-found"));
    }
}
