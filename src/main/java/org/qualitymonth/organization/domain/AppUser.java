package org.qualitymonth.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.qualitymonth.organization.Role;

/** A person who signs in on behalf of one organisation. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "organization_id")
    private Long organizationId;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username) {
        this.username = username;
    }

    void apply(UserData data, Long organizationId) {
        this.displayName = data.displayName();
        this.email = data.email();
        this.phone = data.phone();
        this.role = data.role();
        this.organizationId = organizationId;
        this.enabled = data.enabled();
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Role role() {
        return role;
    }

    public Long organizationId() {
        return organizationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }

    /** What the audit log keeps of a user: never the password hash. */
    public UserSnapshot snapshot() {
        return new UserSnapshot(username, displayName, email, phone, role, organizationId, enabled);
    }

    public record UserSnapshot(String username, String displayName, String email, String phone, Role role,
                               Long organizationId, boolean enabled) {
    }
}
