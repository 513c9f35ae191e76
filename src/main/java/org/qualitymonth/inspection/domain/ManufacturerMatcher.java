package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.EnterpriseRef;
import org.springframework.stereotype.Component;

/**
 * Links nominal manufacturers to known enterprises: by 统一社会信用代码 first, else by normalised name within the
 * province of the row's region, and only when that name is unique there. An import matches through a
 * {@link Session}, which remembers the answers (misses included) for the codes and names it has seen, so the
 * same manufacturer is looked up once per import; each batch asks only for what it has not seen, in two queries.
 */
@Component
class ManufacturerMatcher {

    /** Codes and names remembered per import; the least recently used are forgotten past this, keeping memory flat. */
    static final int REMEMBERED = 50_000;

    private final OrganizationLookup organizations;

    ManufacturerMatcher(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    Session session() {
        return new Session();
    }

    /** The look-ups of one import. */
    final class Session {

        private final Map<String, EnterpriseRef> byCode = bounded();
        private final Map<String, List<EnterpriseRef>> byName = bounded();

        List<SampleRow> match(List<SampleRow> rows) {
            Set<String> codes = rows.stream().map(SampleRow::manufacturerCreditCode)
                    .filter(c -> c != null && !byCode.containsKey(c)).collect(Collectors.toSet());
            if (!codes.isEmpty()) {
                Map<String, EnterpriseRef> found = organizations.enterprisesByCreditCode(codes);
                codes.forEach(c -> byCode.put(c, found.get(c)));
            }
            Set<String> names = rows.stream().filter(r -> r.manufacturerCreditCode() == null && r.manufacturerName() != null)
                    .map(r -> CellText.compact(r.manufacturerName())).filter(n -> !byName.containsKey(n)).collect(Collectors.toSet());
            if (!names.isEmpty()) {
                Map<String, List<EnterpriseRef>> found = organizations.enterprisesByNormalisedName(names).stream()
                        .collect(Collectors.groupingBy(EnterpriseRef::normalisedName));
                names.forEach(n -> byName.put(n, found.getOrDefault(n, List.of())));
            }
            List<SampleRow> matched = new ArrayList<>(rows.size());
            for (SampleRow row : rows) {
                EnterpriseRef enterprise = row.manufacturerCreditCode() != null ? byCode.get(row.manufacturerCreditCode()) : byName(row);
                matched.add(enterprise == null ? row : row.matched(enterprise.id(), enterprise.creditCode(), enterprise.regionCode()));
            }
            return matched;
        }

        private EnterpriseRef byName(SampleRow row) {
            if (row.manufacturerName() == null || row.regionCode() == null) {
                return null;
            }
            String province = row.regionCode().substring(0, 2);
            List<EnterpriseRef> candidates = byName.getOrDefault(CellText.compact(row.manufacturerName()), List.of()).stream()
                    .filter(e -> e.regionCode() != null && e.regionCode().startsWith(province)).toList();
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
