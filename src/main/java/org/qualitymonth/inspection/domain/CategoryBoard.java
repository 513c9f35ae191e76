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
 * province, the most frequent failed items. Each figure is one aggregate query over the category's index.
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
             from insp_sample s join insp_plan p on p.id = s.plan_id join insp_result r on r.sample_id = s.id
            where s.category = ? and p.announced_on <= current_date and p.year = ?""";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final PublicFigureCache<String, Board> boards = new PublicFigureCache<>(java.time.Duration.ofMinutes(5));

    CategoryBoard(JdbcClient jdbc, OrganizationLookup organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The board, computed at most every few minutes per category, year and language. */
    public Board board(String category, int year, Locale locale) {
        return boards.get(category + "/" + year + "/" + locale, () -> new Board(category, figures(category, year), figures(category, year - 1), regions(category, year, locale),
                failedItems(category, year)));
    }

    /** Forgets cached boards, when a plan is (re)announced. */
    void forget() {
        boards.clear();
    }

    YearFigures figures(String category, int year) {
        return jdbc.sql("select count(*), count(*) filter (where r.conclusion = 'FAIL'), "
                        + "count(*) filter (where r.conclusion = 'REFUSED')" + PUBLISHED)
                .params(category, year).query((rs, n) -> new YearFigures(year, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private List<RegionFigures> regions(String category, int year, Locale locale) {
        List<Object[]> rows = jdbc.sql("select substr(s.region_code, 1, 2) || '0000' province, count(*), "
                        + "count(*) filter (where r.conclusion = 'PASS')" + PUBLISHED
                        + " and s.region_code is not null group by 1 order by 1")
                .params(category, year).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
        Map<String, String> names = organizations.regionNames(rows.stream().map(r -> (String) r[0]).toList(), locale);
        return rows.stream().map(r -> new RegionFigures((String) r[0], names.getOrDefault((String) r[0], (String) r[0]),
                (Long) r[1], (Long) r[2])).toList();
    }

    private List<FailedItemCount> failedItems(String category, int year) {
        return jdbc.sql("select f.item, count(distinct f.result_id) from insp_failed_item f join insp_result r on r.id = f.result_id"
                        + " join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id"
                        + " where s.category = ? and p.announced_on <= current_date and p.year = ?"
                        + " group by f.item order by 2 desc, 1 limit 10")
                .params(category, year).query((rs, n) -> new FailedItemCount(rs.getString(1), rs.getLong(2))).list();
    }
}
