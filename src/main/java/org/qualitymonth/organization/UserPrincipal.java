package org.qualitymonth.organization;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.qualitymonth.platform.PlatformPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user; its authorities are the role's permission codes plus {@code ROLE_<role>}. */
public final class UserPrincipal implements UserDetails, CredentialsContainer, PlatformPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String displayName;
    private final String organizationName;
    private final boolean enabled;
    private final Instant lockedUntil;
    private String passwordHash;

    public UserPrincipal(Actor actor, String passwordHash, String displayName, String organizationName,
                         boolean enabled, Instant lockedUntil) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organizationName = organizationName;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        actor.role().permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.code())));
        authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String organizationName() {
        return organizationName;
    }

    @Override
    public String roleKey() {
        return actor.role().messageKey();
    }
}
