package org.qualitymonth.organization.domain;

import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.UserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for both login forms and HTTP Basic. The data scope is the user's organisation subtree;
 * a leading group's reviewers work for the whole province, so their scope is the provincial authority's.
 */
@Service
class PlatformUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Organizations organizations;

    PlatformUserDetailsService(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Organization organization = organizations.findById(user.organizationId()).orElseThrow();
        Organization scopeRoot = organization;
        if (organization.type() == OrganizationType.LEADING_GROUP && organization.parentId() != null) {
            scopeRoot = organizations.findById(organization.parentId()).orElse(organization);
        }
        Actor actor = new Actor(user.id(), user.username(), user.role(), organization.id(), scopeRoot.path(),
                scopeRoot.regionCode());
        return new UserPrincipal(actor, user.passwordHash(), user.displayName(), organization.name(), user.enabled(),
                user.lockedUntil());
    }
}
