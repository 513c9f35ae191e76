package org.qualitymonth.plan.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.plan.PlanQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcPlanQueries implements PlanQueries {

    private final JdbcClient jdbc;

    JdbcPlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PendingPlan> notSubmittedDueBy(int editionYear, LocalDate date) {
        return jdbc.sql("""
                        select o.organization_id, o.due_on
                        from plan_obligation o
                        left join activity_plan p on p.edition_year = o.edition_year and p.organization_id = o.organization_id
                                                 and p.kind = 'PLAN'
                        where o.edition_year = ? and not o.exempt and o.due_on <= ?
                          and (p.id is null or p.status in ('DRAFT', 'RETURNED'))
                        order by o.due_on, o.organization_id""")
                .params(editionYear, date)
                .query((rs, n) -> new PendingPlan(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    @Override
    public List<RegionProgress> progress(int editionYear, String provinceCode, LocalDate today) {
        boolean byCity = provinceCode != null;
        String key = byCity ? "substr(region, 1, 4) || '00'" : "substr(region, 1, 2) || '0000'";
        return jdbc.sql("""
                        with universe as (
                            select coalesce(o.region_code, p.region_code) as region,
                                   o.id is not null and not o.exempt as obliged, o.due_on, p.status, coalesce(p.late, false) as late
                            from (select * from plan_obligation where edition_year = :year) o
                            full join (select * from activity_plan where edition_year = :year and kind = 'PLAN') p
                                   on p.organization_id = o.organization_id
                        )
                        select %s as code,
                               count(*) filter (where obliged) as obligations,
                               count(*) filter (where status is null or status = 'DRAFT') as not_submitted,
                               count(*) filter (where status in ('SUBMITTED', 'FORWARDED')) as waiting,
                               count(*) filter (where status = 'RETURNED') as returned,
                               count(*) filter (where status = 'ACCEPTED') as accepted,
                               count(*) filter (where obliged and (status is null or status in ('DRAFT', 'RETURNED')) and due_on < :today) as overdue,
                               count(*) filter (where late) as late
                        from universe
                        where region is not null and (:prefix = '' or region like :prefix)
                        group by 1 order by 1""".formatted(key))
                .param("year", editionYear).param("today", today)
                .param("prefix", byCity ? provinceCode.substring(0, 2) + "%" : "")
                .query((rs, n) -> new RegionProgress(rs.getString("code"), rs.getLong("obligations"), rs.getLong("not_submitted"),
                        rs.getLong("waiting"), rs.getLong("returned"), rs.getLong("accepted"), rs.getLong("overdue"), rs.getLong("late")))
                .list();
    }

    @Override
    public List<UnitStatus> unitsIn(int editionYear, String cityCode) {
        return jdbc.sql("""
                        select coalesce(o.organization_id, p.organization_id) as organization_id, p.id as plan_id, p.status,
                               coalesce(o.due_on, p.due_on) as due_on, o.id is not null and not o.exempt as obliged, coalesce(p.late, false) as late
                        from (select * from plan_obligation where edition_year = :year) o
                        full join (select * from activity_plan where edition_year = :year and kind = 'PLAN') p on p.organization_id = o.organization_id
                        where coalesce(o.region_code, p.region_code) like :prefix
                        order by obliged desc, p.status nulls first, organization_id""")
                .param("year", editionYear).param("prefix", cityCode.substring(0, 4) + "%")
                .query((rs, n) -> new UnitStatus(rs.getLong("organization_id"), (Long) rs.getObject("plan_id"),
                        rs.getString("status") == null ? null : org.qualitymonth.plan.PlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("due_on", LocalDate.class), rs.getBoolean("obliged"), rs.getBoolean("late")))
                .list();
    }
}
