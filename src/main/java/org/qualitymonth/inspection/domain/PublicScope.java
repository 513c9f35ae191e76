package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Announcements.FailedItem;
import org.qualitymonth.inspection.domain.Announcements.PublicResult;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.EnterpriseRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a public query may see beyond its filter's own columns: the published plans in the read model, the rows of a
 * manufacturer's known enterprise, and the failed items of the results on a page.
 */
@Component
class PublicScope {

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;

    PublicScope(JdbcClient jdbc, OrganizationLookup organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /**
     * The filter narrowed to one manufacturer's history: the rows with its credit code and, when the code belongs to
     * a known enterprise, the rows matched to that enterprise at import and the rows without a code whose normalised
     * name is the enterprise's within its province (only while no other enterprise there has that name, as the
     * importer's matcher decides).
     */
    PublicFilter ofManufacturer(PublicFilter filter, String creditCode) {
        PublicFilter byCode = filter.ofManufacturer(creditCode);
        EnterpriseRef known = organizations.enterprisesByCreditCode(List.of(creditCode)).get(creditCode);
        if (known == null) {
            return byCode;
        }
        String province = known.regionCode() == null ? null : known.regionCode().substring(0, 2);
        boolean unique = province != null && organizations.enterprisesByNormalisedName(List.of(known.normalisedName()))
                .stream().filter(e -> e.regionCode() != null && e.regionCode().startsWith(province)).count() == 1;
        return byCode.ofEnterprise(new PublicFilter.Enterprise(known.id(), known.name(),
                unique ? known.normalisedName() : null, province));
    }

    /**
     * The published plans a filter may see (of its year, or only its plan), or null when that is every plan in the
     * read model, so the common case adds no condition at all.
     */
    Long[] visiblePlans(PublicFilter filter) {
        List<long[]> written = jdbc.sql("""
                        select x.plan_id, case when p.announced_on <= current_date then 1 else 0 end, p.year
                        from insp_public_plan x join insp_plan p on p.id = x.plan_id""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        Long[] visible = written.stream().filter(w -> w[1] == 1)
                .filter(w -> filter.year() == null || w[2] == filter.year())
                .filter(w -> filter.plan() == null || w[0] == filter.plan()).map(w -> w[0]).toArray(Long[]::new);
        return visible.length == written.size() ? null : visible;
    }

    /** The failed items of the failed results among these rows, keyed by result, in their order on the sheet. */
    Map<Long, List<FailedItem>> failedItems(List<PublicResult> rows) {
        Long[] failed = rows.stream().filter(r -> r.conclusion() == Conclusion.FAIL).map(PublicResult::resultId)
                .toArray(Long[]::new);
        if (failed.length == 0) {
            return Map.of();
        }
        Map<Long, List<FailedItem>> items = new HashMap<>();
        jdbc.sql("select result_id, item, clause, measured, required from insp_failed_item where result_id = any(?)"
                        + " order by result_id, position").param(failed)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new FailedItem(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return items;
    }
}
