package org.qualitymonth.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.Role;

class RoleAssignmentPolicyTest {

    @Test
    void aProvinceGrantsCityAndEnterpriseRolesThatFitTheOrganisation() {
        assertThat(RoleAssignmentPolicy.check(Role.PROVINCIAL_ADMIN, Role.CITY_ADMIN, OrganizationType.AUTHORITY, AuthorityLevel.CITY)).isNull();
        assertThat(RoleAssignmentPolicy.check(Role.PROVINCIAL_ADMIN, Role.ENTERPRISE_USER, OrganizationType.ENTERPRISE, null)).isNull();
        assertThat(RoleAssignmentPolicy.check(Role.PROVINCIAL_ADMIN, Role.LEADING_GROUP_REVIEWER, OrganizationType.LEADING_GROUP, null)).isNull();
    }

    @Test
    void nobodyGrantsARoleAboveTheirOwn() {
        assertThat(RoleAssignmentPolicy.check(Role.CITY_ADMIN, Role.PROVINCIAL_ADMIN, OrganizationType.AUTHORITY, AuthorityLevel.PROVINCIAL))
                .isEqualTo("user.role-above-own");
        assertThat(RoleAssignmentPolicy.check(Role.PROVINCIAL_ADMIN, Role.NATIONAL_ADMIN, OrganizationType.AUTHORITY, AuthorityLevel.NATIONAL))
                .isEqualTo("user.role-above-own");
    }

    @Test
    void aRoleMustFitTheOrganisation() {
        assertThat(RoleAssignmentPolicy.check(Role.NATIONAL_ADMIN, Role.CITY_ADMIN, OrganizationType.ENTERPRISE, null))
                .isEqualTo("user.role-organization-mismatch");
        assertThat(RoleAssignmentPolicy.check(Role.NATIONAL_ADMIN, Role.ENTERPRISE_USER, OrganizationType.ASSOCIATION, null))
                .isEqualTo("user.role-organization-mismatch");
        assertThat(RoleAssignmentPolicy.check(Role.NATIONAL_ADMIN, Role.COUNTY_ADMIN, OrganizationType.AUTHORITY, AuthorityLevel.CITY))
                .isEqualTo("user.role-organization-mismatch");
    }
}
