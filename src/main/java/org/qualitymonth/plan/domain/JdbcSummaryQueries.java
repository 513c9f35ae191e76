package org.qualitymonth.plan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.plan.PlanQueries;
import org.qualitymonth.plan.PlanStatus;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.plan.SummaryQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Summary completion and figures by region, in one pass over obligations and summaries. */
@Service
@Transactional(readOnly = true)
class JdbcSummaryQueries implements SummaryQueries {

    /** Obligations of the edition joined with its summaries: who must write one, and who wrote one. */
    private static final String UNIVERSE = """
            select coalesce(o.organization_id, p.organization_id) as organization_id,
                   coalesce(o.region_code, p.region_code) as region, o.id is not null and not o.exempt as obliged,
                   p.id as summary_id, p.status, s.*, p.status in ('SUBMITTED', 'FORWARDED', 'ACCEPTED') as counted
            from (select * from plan_obligation where edition_year = :year) o
            full join (select * from activity_plan where edition_year = :year and kind = 'SUMMARY') p
                   on p.organization_id = o.organization_id
            left join plan_summary s on s.plan_id = p.id""";

    private static final String SUMS = String.join(", ", SummaryFigures.NAMES.stream()
            .map(name -> "sum(" + column(name) + ") filter (where counted)" + (name.equals("fundsInvested") ? "" : "::bigint")
                    + " as " + column(name)).toList());

    private final JdbcClient jdbc;
    private final ObligationService obligations;

    JdbcSummaryQueries(JdbcClient jdbc, ObligationService obligations) {
        this.jdbc = jdbc;
        this.obligations = obligations;
    }

    @Override
    public List<RegionSummaries> progress(int editionYear, String provinceCode, LocalDate today) {
        boolean byCity = provinceCode != null;
        String key = byCity ? "substr(region, 1, 4) || '00'" : "substr(region, 1, 2) || '0000'";
        return jdbc.sql("""
                        with universe as (%s)
                        select %s as code,
                               count(*) filter (where obliged) as obligations,
                               count(*) filter (where status is null or status = 'DRAFT') as not_submitted,
                               count(*) filter (where status in ('SUBMITTED', 'FORWARDED')) as waiting,
                               count(*) filter (where status = 'RETURNED') as returned,
                               count(*) filter (where status = 'ACCEPTED') as accepted,
                               count(*) filter (where obliged and (status is null or status in ('DRAFT', 'RETURNED')) and :due < :today) as overdue,
                               %s
                        from universe
                        where region is not null and (:prefix = '' or region like :prefix)
                        group by 1 order by 1""".formatted(UNIVERSE, key, SUMS))
                .param("year", editionYear).param("today", today).param("due", dueDate(editionYear))
                .param("prefix", byCity ? provinceCode.substring(0, 2) + "%" : "")
                .query((rs, n) -> new RegionSummaries(rs.getString("code"), rs.getLong("obligations"), rs.getLong("not_submitted"),
                        rs.getLong("waiting"), rs.getLong("returned"), rs.getLong("accepted"), rs.getLong("overdue"), figures(rs)))
                .list();
    }

    @Override
    public List<UnitSummary> unitsIn(int editionYear, String cityCode) {
        return jdbc.sql("""
                        select * from (%s) universe
                        where region like :prefix
                        order by obliged desc, status nulls first, organization_id""".formatted(UNIVERSE))
                .param("year", editionYear).param("prefix", cityCode.substring(0, 4) + "%")
                .query((rs, n) -> new UnitSummary(rs.getLong("organization_id"), (Long) rs.getObject("summary_id"),
                        rs.getString("status") == null ? null : PlanStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("obliged"), rs.getBoolean("counted") ? figures(rs) : SummaryFigures.none()))
                .list();
    }

    @Override
    public List<PlanQueries.PendingPlan> notSubmittedDueBy(int editionYear, LocalDate date) {
        LocalDate due = dueDate(editionYear);
        if (due.isAfter(date)) {
            return List.of();
        }
        return jdbc.sql("""
                        select o.organization_id
                        from plan_obligation o
                        left join activity_plan p on p.edition_year = o.edition_year and p.organization_id = o.organization_id
                                                 and p.kind = 'SUMMARY'
                        where o.edition_year = ? and not o.exempt and (p.id is null or p.status in ('DRAFT', 'RETURNED'))
                        order by o.organization_id""")
                .params(editionYear)
                .query((rs, n) -> new PlanQueries.PendingPlan(rs.getLong(1), due))
                .list();
    }

    @Override
    public LocalDate dueDate(int editionYear) {
        return obligations.summaryDueDate(editionYear);
    }

    private static SummaryFigures figures(ResultSet rs) throws SQLException {
        Long[] counts = new Long[SummaryFigures.NAMES.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i == 6 ? null : rs.getObject(column(SummaryFigures.NAMES.get(i)), Long.class);
        }
        return new SummaryFigures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                rs.getBigDecimal("funds_invested"), counts[7]);
    }

    /** activitiesHeld → activities_held */
    private static String column(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
