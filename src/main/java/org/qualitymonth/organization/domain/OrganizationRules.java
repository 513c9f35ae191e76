package org.qualitymonth.organization.domain;

import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.shared.RegionCode;

/**
 * Cross-field rules for an organisation, as a pure decision: which field is wrong and why, or nothing.
 * Flags belong to the kinds of organisation the plan gives them to: demonstration city to a city
 * government's authority, award standing, central-enterprise and size to enterprises.
 */
public final class OrganizationRules {

    public record Violation(String field, String code) {
    }

    private OrganizationRules() {
    }

    public static Violation check(OrganizationData data, RegionCode.Level regionLevel) {
        OrganizationType type = data.type();
        if (data.regionCode() == null) {
            return new Violation("regionCode", "organization.region-required");
        }
        if (type == OrganizationType.ENTERPRISE && data.creditCode() == null) {
            return new Violation("creditCode", "organization.credit-code-required");
        }
        if (type == OrganizationType.LEADING_GROUP && regionLevel != RegionCode.Level.PROVINCE) {
            return new Violation("regionCode", "organization.leading-group-province");
        }
        if (data.demonstrationCity() && !(type == OrganizationType.AUTHORITY && regionLevel == RegionCode.Level.CITY)) {
            return new Violation("demonstrationCity", "organization.flag-demonstration-city");
        }
        boolean enterpriseFlags = data.qualityAward() != QualityAward.NONE || data.centralEnterprise() || data.sizeClass() != null;
        if (enterpriseFlags && type != OrganizationType.ENTERPRISE) {
            return new Violation("qualityAward", "organization.flag-enterprise-only");
        }
        if (data.categoryCode() != null && ProductCategory.fromCode(data.categoryCode()).isEmpty()) {
            return new Violation("categoryCode", "organization.category-unknown");
        }
        return null;
    }
}
