package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.RegionCode;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spot-check plans and their tasks (INSP-1). An authority plans at its own level; plans and tasks are read
 * and changed only within the actor's organisation subtree.
 */
@Service
@Transactional
public class SpotCheckPlans {

    public record PlanData(int year, String title, List<String> categories) {
    }

    public record PlanView(long id, PlanLevel level, int year, String title, List<String> categories, long authorityId,
                           String authorityPath, String regionCode, long samples, long failed) {
    }

    public record TaskView(long id, String institution, String regionCode, int quota, long sampled) {
    }

    private static final String SELECT = """
            select p.*, coalesce((select sum(c.samples) from insp_plan_region_samples c where c.plan_id = p.id), 0) samples,
                   coalesce((select f.failed from insp_plan_failed f where f.plan_id = p.id), 0) failed
            from insp_plan p""";
    /** The plan is the actor's (its subtree) or has samples in the actor's region; two parameters: path, region prefix. */
    private static final String VISIBLE = """
            (p.authority_path like ? or exists (select 1 from insp_plan_region_samples c
             where c.plan_id = p.id and c.region_code like ? and c.samples > 0))""";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final AuditLog audit;

    SpotCheckPlans(JdbcClient jdbc, OrganizationLookup organizations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    public long create(Actor actor, PlanData data) {
        OrganizationSummary authority = organizations.find(actor.organizationId()).orElseThrow();
        PlanLevel level = level(authority.level());
        return insert(authority, level, validate(data), actor.username());
    }

    /** Inserts a plan for an authority, for {@link #create} and the demo generator. */
    long insert(OrganizationSummary authority, PlanLevel level, PlanData data, String username) {
        long id = jdbc.sql("""
                        insert into insp_plan (level, year, title, categories, authority_id, authority_path, region_code, created_by)
                        values (?, ?, ?, ?::varchar[], ?, ?, ?, ?) returning id""")
                .params(level.name(), data.year(), data.title(), data.categories().toArray(String[]::new), authority.id(),
                        authority.path(), authority.regionCode(), username)
                .query(Long.class).single();
        audit.record("inspection.plan.create", "insp_plan", Long.toString(id), null, data);
        return id;
    }

    public long addTask(Actor actor, long planId, String institution, String regionCode, int quota) {
        PlanView plan = writable(actor, planId);
        String name = Text.required(institution, 200, "inspection.task-invalid", "institution");
        if (quota < 0 || quota > 100_000) {
            throw BusinessException.invalid("inspection.task-invalid").onField("quota");
        }
        if (!RegionCode.isWellFormed(regionCode) || (plan.regionCode() != null
                && !regionCode.startsWith(plan.regionCode().substring(0, 2)))) {
            throw BusinessException.invalid("inspection.task-region").onField("regionCode");
        }
        long id = jdbc.sql("""
                        insert into insp_task (plan_id, institution, region_code, quota) values (?, ?, ?, ?)
                        on conflict (plan_id, institution, region_code) do update set quota = excluded.quota returning id""")
                .params(planId, name, regionCode, quota).query(Long.class).single();
        audit.record("inspection.task.save", "insp_task", Long.toString(id), null,
                Map.of("plan", planId, "institution", name, "region", regionCode, "quota", quota));
        return id;
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(Actor actor) {
        return jdbc.sql(SELECT + " where " + VISIBLE + " order by p.year desc, p.level, p.id desc")
                .params(Scope.path(actor), Scope.region(actor)).query(SpotCheckPlans::map).list();
    }

    @Transactional(readOnly = true)
    public PlanView get(Actor actor, long id) {
        return jdbc.sql(SELECT + " where p.id = ? and " + VISIBLE)
                .params(id, Scope.path(actor), Scope.region(actor)).query(SpotCheckPlans::map).optional()
                .orElseThrow(() -> BusinessException.notFound("inspection.not-found"));
    }

    /** The plan if the actor may change it (import into it, add tasks): it belongs to the actor's subtree. */
    @Transactional(readOnly = true)
    public PlanView writable(Actor actor, long id) {
        return jdbc.sql(SELECT + " where p.id = ? and p.authority_path like ?").params(id, Scope.path(actor))
                .query(SpotCheckPlans::map).optional().orElseThrow(() -> BusinessException.notFound("inspection.not-found"));
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasks(long planId) {
        return jdbc.sql("""
                        select t.id, t.institution, t.region_code, t.quota,
                               coalesce((select c.samples from insp_plan_region_samples c
                                         where c.plan_id = t.plan_id and c.region_code = t.region_code), 0) sampled
                        from insp_task t where t.plan_id = ? order by t.region_code, t.institution""")
                .param(planId).query((rs, n) -> new TaskView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5))).list();
    }

    private static PlanLevel level(AuthorityLevel level) {
        if (level == null || level == AuthorityLevel.COUNTY) {
            throw BusinessException.forbidden("inspection.plan-level");
        }
        return PlanLevel.valueOf(level.name());
    }

    private static PlanData validate(PlanData data) {
        String title = Text.required(data.title(), 200, "inspection.plan-invalid", "title");
        if (data.year() < 2000 || data.year() > 2100) {
            throw BusinessException.invalid("inspection.plan-invalid").onField("year");
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String code : data.categories() == null ? List.<String>of() : data.categories()) {
            if (ProductCategory.fromCode(code).isEmpty() && !CategoryNames.OTHER.equals(code)) {
                throw BusinessException.invalid("inspection.plan-invalid").onField("categories");
            }
            categories.add(code);
        }
        if (categories.isEmpty()) {
            throw BusinessException.invalid("inspection.plan-categories").onField("categories");
        }
        return new PlanData(data.year(), title, new ArrayList<>(categories));
    }

    private static PlanView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanView(rs.getLong("id"), PlanLevel.valueOf(rs.getString("level")), rs.getInt("year"), rs.getString("title"),
                List.of((String[]) rs.getArray("categories").getArray()), rs.getLong("authority_id"),
                rs.getString("authority_path"), rs.getString("region_code"), rs.getLong("samples"), rs.getLong("failed"));
    }
}
