package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.Map;
import org.qualitymonth.inspection.AnnouncementChanged;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a plan's announcement: from its announcement date on, all its results are on the public site. Only the
 * plan's own authority (or one above it) publishes, and only a plan that has results. The plan's rows are written to
 * the public read model in the same transaction, so the change shows at once, unless the plan is too large to be
 * written within a request ({@link PublicReadModel#announce}); a withdrawal takes them off at once.
 * {@link AnnouncementChanged} tells the other modules (search).
 */
@Service
@Transactional
public class AnnouncementPublisher {

    private final SpotCheckPlans plans;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PublicReadModel readModel;
    private final ApplicationEventPublisher events;

    AnnouncementPublisher(SpotCheckPlans plans, JdbcClient jdbc, AuditLog audit, PublicReadModel readModel,
                          ApplicationEventPublisher events) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
        this.readModel = readModel;
        this.events = events;
    }

    /** Returns whether the plan's results are public when this returns, rather than being written in the background. */
    public boolean publish(Actor actor, long planId, LocalDate on) {
        SpotCheckPlans.PlanView plan = plans.writable(actor, planId);
        if (plan.samples() == 0) {
            throw BusinessException.conflict("announcement.no-results");
        }
        if (on == null || on.getYear() < plan.year() || on.getYear() > plan.year() + 2) {
            throw BusinessException.invalid("announcement.date-invalid");
        }
        return publish(planId, on);
    }

    /** Takes a published announcement back: the plan's results leave the public site (and its search). */
    public void withdraw(Actor actor, long planId) {
        plans.writable(actor, planId);
        LocalDate before = announcedOn(planId);
        if (before == null) {
            throw BusinessException.conflict("announcement.not-announced");
        }
        jdbc.sql("update insp_plan set announced_on = null where id = ?").param(planId).update();
        audit.record("inspection.plan.withdraw", "insp_plan", Long.toString(planId), Map.of("announcedOn", before.toString()),
                null);
        readModel.removePlan(planId);
        events.publishEvent(new AnnouncementChanged(planId, null));
    }

    /** The announcement date of a plan, or null if it is not announced. */
    @Transactional(readOnly = true)
    public LocalDate announcedOn(long planId) {
        return jdbc.sql("select announced_on from insp_plan where id = ?").param(planId).query(LocalDate.class).optional()
                .orElse(null);
    }

    /** Whether the plan is announced but its results are still being written to the public site. */
    @Transactional(readOnly = true)
    public boolean writing(long planId) {
        return readModel.writing(planId);
    }

    boolean publish(long planId, LocalDate on) {
        LocalDate before = announcedOn(planId);
        jdbc.sql("update insp_plan set announced_on = ? where id = ?").params(on, planId).update();
        audit.record("inspection.plan.announce", "insp_plan", Long.toString(planId),
                before == null ? null : Map.of("announcedOn", before.toString()), Map.of("announcedOn", on.toString()));
        long results = jdbc.sql("select coalesce(sum(samples), 0) from insp_plan_region_samples where plan_id = ?")
                .param(planId).query(Long.class).single();
        return readModel.announce(planId, results);
    }
}
