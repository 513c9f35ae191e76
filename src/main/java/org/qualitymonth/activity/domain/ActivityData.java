package org.qualitymonth.activity.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** What an organisation registers; times are Beijing local times; the description is rich text (see RichText). */
public record ActivityData(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull ActivityType type,
        @Min(1) @Max(8) int focusArea,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        @NotBlank @Pattern(regexp = "[1-9]\\d{5}", message = "{validation.regionCode}") String regionCode,
        @NotBlank @Size(max = 200) @PlainText String address,
        @Size(max = 500) @PlainText String coOrganisers,
        @Size(max = 200) @PlainText String audience,
        @NotBlank @Size(max = 8000) String description,
        boolean openSignup,
        @Min(1) @Max(100000) Integer capacity) {
}
