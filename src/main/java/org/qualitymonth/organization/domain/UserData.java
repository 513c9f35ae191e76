package org.qualitymonth.organization.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qualitymonth.organization.Role;
import org.qualitymonth.shared.PlainText;

/** What an administrator enters for a user; the password is required on creation only. */
public record UserData(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{validation.username}") String username,
        @NotBlank @Size(max = 60) @PlainText String displayName,
        @Size(max = 120) @Email String email,
        @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}") String phone,
        @NotNull Role role,
        @NotNull Long organizationId,
        boolean enabled,
        @Size(max = 100) String password) {
}
