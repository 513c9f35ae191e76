package org.qualitymonth.inspection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Lifecycle.Position;
import org.qualitymonth.inspection.domain.Lifecycle.Stage;
import org.qualitymonth.inspection.domain.Lifecycle.Step;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a failed result along its {@link Lifecycle}: each step is recorded with its date, the deadline it
 * sets and, for a re-test or re-check, that test's own conclusion, institution and report number. Only the
 * plan's authority subtree may move it.
 */
@Service
@Transactional
public class LifecycleService {

    /** One step as entered: when it happened and, for a re-test or re-check, its result. */
    public record StepData(Step step, LocalDate on, Conclusion outcome, String institution, String reportNo, String note) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LifecycleService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Stage apply(Actor actor, long resultId, StepData data) {
        Position from = jdbc.sql("""
                        select r.stage, r.stage_deadline from insp_result r join insp_sample s on s.id = r.sample_id
                        join insp_plan p on p.id = s.plan_id where r.id = ? and p.authority_path like ? for update of r""")
                .params(resultId, Scope.path(actor))
                .query((rs, n) -> rs.getString(1) == null ? null
                        : new Position(Stage.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional().orElseThrow(() -> BusinessException.notFound("inspection.not-found"));
        return move(resultId, from, validate(data), actor.username());
    }

    /** Records a step without a scope check, for the demo generator (which acts for each plan's authority). */
    Stage record(long resultId, StepData step, String username) {
        Position from = jdbc.sql("select stage, stage_deadline from insp_result where id = ?").param(resultId)
                .query((rs, n) -> rs.getString(1) == null ? null
                        : new Position(Stage.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class))).single();
        return move(resultId, from, step, username);
    }

    private Stage move(long resultId, Position from, StepData step, String username) {
        if (from == null) {
            throw BusinessException.conflict("inspection.step-not-allowed");
        }
        Position to = Lifecycle.next(from, step.step(), step.on(), step.outcome());
        jdbc.sql("update insp_result set stage = ?, stage_deadline = ? where id = ?")
                .params(to.stage().name(), to.deadline(), resultId).update();
        jdbc.sql("""
                        insert into insp_lifecycle_step (result_id, step, stage_after, happened_on, deadline, conclusion,
                            institution, report_no, note, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(resultId, step.step().name(), to.stage().name(), step.on(), to.deadline(),
                        step.outcome() == null ? null : step.outcome().name(), step.institution(), step.reportNo(), step.note(),
                        username)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("step", step.step());
        after.put("stage", to.stage());
        after.put("on", step.on());
        after.put("deadline", to.deadline());
        after.put("outcome", step.outcome());
        audit.record("inspection.lifecycle." + step.step().name(), "insp_result", Long.toString(resultId),
                Map.of("stage", from.stage()), after);
        return to.stage();
    }

    private StepData validate(StepData data) {
        if (data.step() == null) {
            throw BusinessException.invalid("inspection.step-invalid").onField("step");
        }
        if (data.on() == null || data.on().isAfter(ChinaTime.today(clock))) {
            throw BusinessException.invalid("inspection.step-date").onField("on");
        }
        boolean tested = data.step() == Step.RETEST || data.step() == Step.RECHECK;
        if (tested && (data.outcome() == null || data.outcome() == Conclusion.REFUSED)) {
            throw BusinessException.invalid("inspection.step-outcome").onField("outcome");
        }
        return new StepData(data.step(), data.on(), tested ? data.outcome() : null,
                tested ? Text.required(data.institution(), 200, "inspection.step-institution", "institution") : null,
                tested ? Text.optional(data.reportNo(), 100, "inspection.step-invalid", "reportNo") : null,
                Text.optional(data.note(), 2000, "inspection.step-invalid", "note"));
    }
}
