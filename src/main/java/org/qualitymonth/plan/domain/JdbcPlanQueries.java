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
                        where o.edition_year = ? and not o.exempt and o.due_on <= ?
                          and (p.id is null or p.status in ('DRAFT', 'RETURNED'))
                        order by o.due_on, o.organization_id""")
                .params(editionYear, date)
                .query((rs, n) -> new PendingPlan(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }
}
