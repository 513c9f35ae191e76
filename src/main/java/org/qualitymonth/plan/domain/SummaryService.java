package org.qualitymonth.plan.domain;

import java.time.Clock;
import java.time.Instant;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes summaries (EVAL-1): after the campaign each organisation that sends a plan reports what it did, in
 * words and figures, along the same route as its plan ({@link RouteService}). Only the content and what a
 * submission needs differ from plans; reading, deciding, versions and history are the route's.
 */
@Service
@Transactional
public class SummaryService {

    private static final DocumentKind KIND = DocumentKind.SUMMARY;

    private final RouteService route;
    private final SummaryTexts texts;
    private final ObligationService obligations;
    private final AuditLog audit;
    private final Clock clock;

    SummaryService(RouteService route, SummaryTexts texts, ObligationService obligations, AuditLog audit, Clock clock) {
        this.route = route;
        this.texts = texts;
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's organisation's summary for the edition, started as a draft the first time it is opened. */
    public ActivityPlan own(Actor actor, int year) {
        return route.own(actor, year, KIND, () -> obligations.summaryDueDate(year), "年“质量月”活动总结");
    }

    public ActivityPlan save(Actor actor, long id, SummaryContent content, Long expectedVersion) {
        ActivityPlan summary = route.owned(actor, id, KIND, expectedVersion);
        if (!summary.editable()) {
            throw BusinessException.conflict("summary.not-editable");
        }
        reject(SummaryRules.checkDraft(content));
        SummaryContent before = content(summary);
        summary.retitle(content.title());
        SummaryText text = texts.findById(summary.id()).orElseGet(() -> new SummaryText(summary.id()));
        text.write(content.narrative(), content.figures());
        texts.save(text);
        audit.record("summary.save", "summary", summary.id().toString(), before, content);
        return summary;
    }

    /** Saves and submits in one transaction: a refused submission leaves the stored summary as it was. */
    public ActivityPlan saveAndSubmit(Actor actor, long id, SummaryContent content, Long expectedVersion) {
        save(actor, id, content, expectedVersion);
        return submit(actor, id, null, clock.instant());
    }

    /** Submission at a given instant: the demo generator replays a campaign that took place in the past. */
    ActivityPlan submit(Actor actor, long id, Long expectedVersion, Instant now) {
        ActivityPlan summary = route.owned(actor, id, KIND, expectedVersion);
        SummaryContent content = content(summary);
        reject(SummaryRules.checkSubmission(content));
        return route.submit(actor, summary, content, now);
    }

    public ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion) {
        return decide(actor, id, decision, comment, expectedVersion, clock.instant());
    }

    ActivityPlan decide(Actor actor, long id, Decision decision, String comment, Long expectedVersion, Instant now) {
        return route.decide(actor, id, KIND, decision, comment, expectedVersion, now);
    }

    /** A summary the actor may read: inside the actor's scope, or on a route the actor's organisation reviews. */
    @Transactional(readOnly = true)
    public ActivityPlan readable(Actor actor, long id) {
        return route.readable(actor, id, KIND);
    }

    /** The content of a summary obtained from {@link #readable}, which is where access was checked. */
    @Transactional(readOnly = true)
    public SummaryContent content(ActivityPlan summary) {
        return texts.findById(summary.id())
                .map(t -> new SummaryContent(summary.title(), t.narrative(), t.figures()))
                .orElseGet(() -> new SummaryContent(summary.title(), null, SummaryFigures.none()));
    }

    @Transactional(readOnly = true)
    public SummaryContent version(Actor actor, long id, int number) {
        return route.version(actor, id, KIND, number, SummaryContent.class);
    }

    private static void reject(PlanRules.Violation violation) {
        if (violation != null) {
            throw BusinessException.invalid(violation.code()).onField(violation.field());
        }
    }
}
