package org.qualitymonth.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;
import org.qualitymonth.shared.RegionCode.Level;

class OrganizationRulesTest {

    private static OrganizationData data(OrganizationType type, String creditCode, boolean demonstrationCity,
                                         QualityAward award, SizeClass size, String category) {
        return new OrganizationData(type, "杭州华瑞电器有限公司", creditCode, "330100", null, null, null, category,
                demonstrationCity, award, false, size);
    }

    @Test
    void anEnterpriseWithCodeCategoryAndFlagsPasses() {
        assertThat(OrganizationRules.check(data(OrganizationType.ENTERPRISE, "91330100716105852F", false,
                QualityAward.WINNER, SizeClass.LARGE, "RICE_COOKER"), Level.CITY)).isNull();
    }

    @Test
    void anEnterpriseNeedsACreditCode() {
        assertThat(OrganizationRules.check(data(OrganizationType.ENTERPRISE, null, false, QualityAward.NONE, null, null), Level.CITY))
                .isEqualTo(new OrganizationRules.Violation("creditCode", "organization.credit-code-required"));
    }

    @Test
    void demonstrationCityOnlyOnACityAuthority() {
        assertThat(OrganizationRules.check(data(OrganizationType.AUTHORITY, null, true, QualityAward.NONE, null, null), Level.CITY)).isNull();
        assertThat(OrganizationRules.check(data(OrganizationType.AUTHORITY, null, true, QualityAward.NONE, null, null), Level.PROVINCE).code())
                .isEqualTo("organization.flag-demonstration-city");
        assertThat(OrganizationRules.check(data(OrganizationType.ENTERPRISE, "91330100716105852F", true, QualityAward.NONE, null, null), Level.CITY).code())
                .isEqualTo("organization.flag-demonstration-city");
    }

    @Test
    void awardAndSizeBelongToEnterprises() {
        assertThat(OrganizationRules.check(data(OrganizationType.ASSOCIATION, null, false, QualityAward.NOMINEE, null, null), Level.CITY).code())
                .isEqualTo("organization.flag-enterprise-only");
        assertThat(OrganizationRules.check(data(OrganizationType.PARK, null, false, QualityAward.NONE, SizeClass.MICRO, null), Level.CITY).code())
                .isEqualTo("organization.flag-enterprise-only");
    }

    @Test
    void leadingGroupsSitInProvinces() {
        assertThat(OrganizationRules.check(data(OrganizationType.LEADING_GROUP, null, false, QualityAward.NONE, null, null), Level.CITY).code())
                .isEqualTo("organization.leading-group-province");
    }

    @Test
    void unknownCategoryAndMissingRegionAreRefused() {
        assertThat(OrganizationRules.check(data(OrganizationType.ENTERPRISE, "91330100716105852F", false, QualityAward.NONE, null, "ROCKETS"), Level.CITY).code())
                .isEqualTo("organization.category-unknown");
        OrganizationData noRegion = new OrganizationData(OrganizationType.PARK, "园区", null, null, null, null, null, null,
                false, QualityAward.NONE, false, null);
        assertThat(OrganizationRules.check(noRegion, null).field()).isEqualTo("regionCode");
    }
}
