package org.qualitymonth.organization.domain;

import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.Role;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes users within the actor's data scope, under {@link RoleAssignmentPolicy}. */
@Service
@Transactional
public class UserService {

    static final int MIN_PASSWORD = 10;

    private final Users users;
    private final OrganizationService organizations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserService(Users users, OrganizationService organizations, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<AppUser> list(Actor actor, Role role, String query, int page) {
        return users.findInScope(actor.scopePath(), role, query(query), PageRequest.of(Math.max(0, page), 50, Sort.by("username")));
    }

    /** A lazy stream for exports; consume it inside a read-only transaction. */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<AppUser> stream(Actor actor, Role role, String query) {
        return users.streamInScope(actor.scopePath(), role, query(query));
    }

    private static String query(String query) {
        String q = query == null ? "" : query.strip();
        return q.length() > 60 ? q.substring(0, 60) : q;
    }

    @Transactional(readOnly = true)
    public AppUser get(Actor actor, long id) {
        AppUser user = users.findById(id).orElseThrow(() -> BusinessException.notFound("user.not-found"));
        try {
            organizations.get(actor, user.organizationId());
        } catch (BusinessException outsideScope) {
            throw BusinessException.notFound("user.not-found");
        }
        return user;
    }

    public AppUser create(Actor actor, UserData data) {
        String username = data.username().strip();
        if (users.existsByUsername(username)) {
            throw BusinessException.conflict("user.username-taken", username).onField("username");
        }
        requireStrongPassword(data.password());
        Organization organization = assignable(actor, data);
        AppUser user = new AppUser(username);
        user.apply(data, organization.id());
        user.changePassword(passwords.encode(data.password()));
        users.save(user);
        audit.record("user.create", "user", user.id().toString(), null, user.snapshot());
        return user;
    }

    public AppUser update(Actor actor, long id, UserData data, Long expectedVersion) {
        AppUser user = get(actor, id);
        if (expectedVersion != null && expectedVersion != user.version()) {
            throw BusinessException.conflict("stale");
        }
        if (!user.username().equals(data.username().strip())) {
            throw BusinessException.invalid("user.username-fixed").onField("username");
        }
        var before = user.snapshot();
        Organization organization = assignable(actor, data);
        user.apply(data, organization.id());
        if (data.password() != null && !data.password().isEmpty()) {
            requireStrongPassword(data.password());
            user.changePassword(passwords.encode(data.password()));
        }
        audit.record("user.update", "user", user.id().toString(), before, user.snapshot());
        return user;
    }

    private Organization assignable(Actor actor, UserData data) {
        Organization organization;
        try {
            organization = organizations.get(actor, data.organizationId());
        } catch (BusinessException outsideScope) {
            throw BusinessException.forbidden("organization.outside-scope").onField("organizationId");
        }
        String refusal = RoleAssignmentPolicy.check(actor.role(), data.role(), organization.type(), organization.authorityLevel());
        if (refusal != null) {
            throw BusinessException.invalid(refusal).onField("role");
        }
        return organization;
    }

    private static void requireStrongPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.chars().noneMatch(Character::isDigit)
                || password.chars().noneMatch(Character::isLetter)) {
            throw BusinessException.invalid("user.password-weak", MIN_PASSWORD).onField("password");
        }
    }
}
