package org.qualitymonth.organization;

/**
 * Who is acting, as services see it: the user, the role, the organisation and the data scope, a path
 * prefix in the organisation tree, and the region of the scope's root organisation ({@code null} for the
 * national administration). Everything outside {@link #scopePath()} is invisible and unchangeable.
 */
public record Actor(long userId, String username, Role role, long organizationId, String scopePath,
                    String scopeRegionCode) {

    public boolean canSee(String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(scopePath);
    }

    public boolean has(Role.Permission permission) {
        return role.has(permission);
    }
}
