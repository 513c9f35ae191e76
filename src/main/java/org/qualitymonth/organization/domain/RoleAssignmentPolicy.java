package org.qualitymonth.organization.domain;

import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.Role;

/**
 * Which role may be given to a user of which organisation, by whom. A role fits one kind of organisation
 * (a city administrator belongs to a city authority), and nobody grants a role ranked above their own.
 */
public final class RoleAssignmentPolicy {

    private RoleAssignmentPolicy() {
    }

    /** The refusal's message code, or {@code null} when the assignment is allowed. */
    public static String check(Role granter, Role granted, OrganizationType type, AuthorityLevel level) {
        if (granted.rank() > granter.rank()) {
            return "user.role-above-own";
        }
        return fits(granted, type, level) ? null : "user.role-organization-mismatch";
    }

    static boolean fits(Role role, OrganizationType type, AuthorityLevel level) {
        return switch (role) {
            case NATIONAL_ADMIN, COMMENDATION_PANEL -> level == AuthorityLevel.NATIONAL;
            case PROVINCIAL_ADMIN -> level == AuthorityLevel.PROVINCIAL;
            case CITY_ADMIN -> level == AuthorityLevel.CITY;
            case COUNTY_ADMIN -> level == AuthorityLevel.COUNTY;
            case LEADING_GROUP_REVIEWER -> type == OrganizationType.LEADING_GROUP;
            case ASSOCIATION_USER -> type == OrganizationType.ASSOCIATION;
            case ENTERPRISE_USER -> type == OrganizationType.ENTERPRISE || type == OrganizationType.PARK;
        };
    }
}
