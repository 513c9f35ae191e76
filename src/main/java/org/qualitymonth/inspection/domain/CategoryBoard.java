package org.qualitymonth.inspection.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.organization.OrganizationLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public board of one key category (CAMP-2): published checks of a year and the year before, pass rate by
 * province, the most frequent failed items. Each figure sums the per-plan counts the read model keeps (V10_80), a few
 * hundred rows whatever the number of results, so the board needs no cache and is current at once.
 */
@Service
@Transactional(readOnly = true)
public class CategoryBoard {

    public record YearFigures(int year, long checks, long failed, long refused) {
        public double passRate() {
            return checks == 0 ? 0 : Math.round(1000.0 * (checks - failed - refused) / checks) / 10.0;
        }
    }

    public record RegionFigures(String regionCode, String regionName, long checks, long passed) {
        public double passRate() {
            return checks == 0 ? 0 : Math.round(1000.0 * passed / checks) / 10.0;
        }
    }

    public record FailedItemCount(String item, long results) {
    }

    public record Board(String category, YearFigures thisYear, YearFigures lastYear, List<RegionFigures> regions,
                        List<FailedItemCount> failedItems) {
    }

    private static final String PUBLISHED = """
             from insp_public_count c join insp_plan p on p.id = c.plan_id
            where c.category = ? and p.announced_on <= current_date and p.year = ?""";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;

    CategoryBoard(JdbcClient jdbc, OrganizationLookup organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public Board board(String category, int year, Locale locale) {
        return new Board(category, figures(category, year), figures(category, year - 1), regions(category, year, locale),
                failedItems(category, year));
    }

    YearFigures figures(String category, int year) {
        return jdbc.sql("select coalesce(sum(c.results), 0), coalesce(sum(c.results) filter (where c.conclusion = 'FAIL'), 0), "
                        + "coalesce(sum(c.results) filter (where c.conclusion = 'REFUSED'), 0)" + PUBLISHED)
                .params(category, year).query((rs, n) -> new YearFigures(year, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private List<RegionFigures> regions(String category, int year, Locale locale) {
        List<Object[]> rows = jdbc.sql("select substr(c.region_code, 1, 2) || '0000' province, sum(c.results), "
                        + "coalesce(sum(c.results) filter (where c.conclusion = 'PASS'), 0)" + PUBLISHED
                        + " and c.region_code is not null group by 1 order by 1")
                .params(category, year).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
        Map<String, String> names = organizations.regionNames(rows.stream().map(r -> (String) r[0]).toList(), locale);
        return rows.stream().map(r -> new RegionFigures((String) r[0], names.getOrDefault((String) r[0], (String) r[0]),
                (Long) r[1], (Long) r[2])).toList();
    }

    private List<FailedItemCount> failedItems(String category, int year) {
        // a result belongs to one plan, so the per-plan counts of distinct results add up
        return jdbc.sql("select i.item, sum(i.results) from insp_public_item i join insp_plan p on p.id = i.plan_id"
                        + " where i.category = ? and p.announced_on <= current_date and p.year = ?"
                        + " group by i.item order by 2 desc, 1 limit 10")
                .params(category, year).query((rs, n) -> new FailedItemCount(rs.getString(1), rs.getLong(2))).list();
    }
}
