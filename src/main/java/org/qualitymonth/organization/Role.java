package org.qualitymonth.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles and the permission codes they carry. Permission codes, not role names, are what endpoints check,
 * so a new role is a line here rather than a change in every controller.
 */
public enum Role {
    // everything but sending a plan or nominating for commendation: the national administration is where both end
    NATIONAL_ADMIN(6, java.util.Arrays.stream(Permission.values())
            .filter(p -> p != Permission.PLAN_SUBMIT && p != Permission.COMMENDATION_NOMINATE).toArray(Permission[]::new)),
    PROVINCIAL_ADMIN(5, Permission.ORG_READ, Permission.ORG_WRITE, Permission.USER_READ, Permission.USER_WRITE,
            Permission.PLAN_SUBMIT, Permission.SUPERVISION_READ, Permission.SUPERVISION_DRAW,
            Permission.ACTIVITY_REGISTER, Permission.ACTIVITY_MODERATE, Permission.COMMENDATION_NOMINATE,
            Permission.INSPECTION_READ, Permission.INSPECTION_WRITE, Permission.DISPOSAL_HANDLE),
    // experts of the national review panel: they score commendation nominations and see nothing else
    COMMENDATION_PANEL(4, Permission.COMMENDATION_REVIEW),
    LEADING_GROUP_REVIEWER(4, Permission.ORG_READ, Permission.PLAN_REVIEW, Permission.SUPERVISION_READ,
            Permission.ACTIVITY_REGISTER),
    CITY_ADMIN(3, Permission.ORG_READ, Permission.ORG_WRITE, Permission.USER_READ, Permission.USER_WRITE,
            Permission.PLAN_SUBMIT, Permission.PLAN_REVIEW, Permission.SUPERVISION_READ,
            Permission.ACTIVITY_REGISTER, Permission.ACTIVITY_MODERATE, Permission.INSPECTION_READ,
            Permission.INSPECTION_WRITE, Permission.DISPOSAL_HANDLE),
    COUNTY_ADMIN(2, Permission.ORG_READ, Permission.ORG_WRITE, Permission.USER_READ, Permission.USER_WRITE,
            Permission.PLAN_SUBMIT, Permission.ACTIVITY_REGISTER, Permission.ACTIVITY_MODERATE,
            Permission.INSPECTION_READ, Permission.DISPOSAL_HANDLE),
    ASSOCIATION_USER(1, Permission.ORG_READ, Permission.PLAN_SUBMIT, Permission.ACTIVITY_REGISTER),
    ENTERPRISE_USER(1, Permission.ORG_READ, Permission.PLAN_SUBMIT, Permission.ACTIVITY_REGISTER);

    private final int rank;
    private final Set<Permission> permissions;

    Role(int rank, Permission... permissions) {
        this.rank = rank;
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
    }

    public int rank() {
        return rank;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Permission codes as checked by {@code @PreAuthorize("hasAuthority('org:write')")}. */
    public enum Permission {
        ORG_READ("org:read"), ORG_WRITE("org:write"), USER_READ("user:read"), USER_WRITE("user:write"),
        EDITION_MANAGE("edition:manage"), AUDIT_READ("audit:read"),
        PLAN_SUBMIT("plan:submit"), PLAN_REVIEW("plan:review"), PLAN_OBLIGATIONS("plan:obligations"),
        SUPERVISION_READ("supervision:read"), SUPERVISION_DRAW("supervision:draw"),
        ACTIVITY_REGISTER("activity:register"), ACTIVITY_MODERATE("activity:moderate"),
        COMMENDATION_MANAGE("commendation:manage"), COMMENDATION_NOMINATE("commendation:nominate"),
        COMMENDATION_REVIEW("commendation:review"),
        INSPECTION_READ("inspection:read"), INSPECTION_WRITE("inspection:write"), DISPOSAL_HANDLE("disposal:handle");

        private final String code;

        Permission(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
