package org.qualitymonth.organization.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;
import org.springframework.data.jpa.domain.Specification;

/** List filters; every value is bound as a parameter, never concatenated into a query. */
public record OrganizationFilter(String q, OrganizationType type, String regionCode, String categoryCode,
                                 Boolean demonstrationCity, QualityAward qualityAward, Boolean centralEnterprise,
                                 SizeClass sizeClass) {

    public static OrganizationFilter none() {
        return new OrganizationFilter(null, null, null, null, null, null, null, null);
    }

    /** The filter restricted to a data scope: the scope condition is always part of the query. */
    Specification<Organization> within(String scopePath) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("path"), escape(scopePath) + "%", '\\'));
            if (q != null && !q.isBlank()) {
                String term = q.strip();
                where.add(cb.or(cb.like(root.get("name"), "%" + escape(term) + "%", '\\'),
                        cb.equal(root.get("creditCode"), term.toUpperCase(java.util.Locale.ROOT))));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (regionCode != null && regionCode.matches("\\d{6}")) {
                where.add(cb.like(root.get("regionCode"), regionPrefix(regionCode) + "%"));
            }
            if (categoryCode != null && !categoryCode.isBlank()) {
                where.add(cb.equal(root.get("categoryCode"), categoryCode));
            }
            if (demonstrationCity != null) {
                where.add(cb.equal(root.get("demonstrationCity"), demonstrationCity));
            }
            if (qualityAward != null) {
                where.add(cb.equal(root.get("qualityAward"), qualityAward));
            }
            if (centralEnterprise != null) {
                where.add(cb.equal(root.get("centralEnterprise"), centralEnterprise));
            }
            if (sizeClass != null) {
                where.add(cb.equal(root.get("sizeClass"), sizeClass));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** 330000 matches the whole province, 330100 the whole city, a county code itself. */
    static String regionPrefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
