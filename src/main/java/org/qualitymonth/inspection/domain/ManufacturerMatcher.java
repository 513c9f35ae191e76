package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.EnterpriseRef;
import org.springframework.stereotype.Component;

/**
 * Links nominal manufacturers to known enterprises, a batch at a time (two queries): by 统一社会信用代码 first,
 * else by normalised name within the province of the row's region, and only when that name is unique there.
 */
@Component
class ManufacturerMatcher {

    private final OrganizationLookup organizations;

    ManufacturerMatcher(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    List<SampleRow> match(List<SampleRow> rows) {
        Map<String, EnterpriseRef> byCode = organizations.enterprisesByCreditCode(rows.stream()
                .map(SampleRow::manufacturerCreditCode).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<EnterpriseRef>> byName = organizations.enterprisesByNormalisedName(rows.stream()
                        .filter(r -> r.manufacturerCreditCode() == null && r.manufacturerName() != null)
                        .map(r -> CellText.compact(r.manufacturerName())).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(EnterpriseRef::normalisedName));
        List<SampleRow> matched = new ArrayList<>(rows.size());
        for (SampleRow row : rows) {
            EnterpriseRef enterprise = row.manufacturerCreditCode() != null ? byCode.get(row.manufacturerCreditCode())
                    : byName(byName, row);
            matched.add(enterprise == null ? row : row.matched(enterprise.id(), enterprise.creditCode(), enterprise.regionCode()));
        }
        return matched;
    }

    private static EnterpriseRef byName(Map<String, List<EnterpriseRef>> byName, SampleRow row) {
        if (row.manufacturerName() == null || row.regionCode() == null) {
            return null;
        }
        String province = row.regionCode().substring(0, 2);
        List<EnterpriseRef> candidates = byName.getOrDefault(CellText.compact(row.manufacturerName()), List.of()).stream()
                .filter(e -> e.regionCode() != null && e.regionCode().startsWith(province)).toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
