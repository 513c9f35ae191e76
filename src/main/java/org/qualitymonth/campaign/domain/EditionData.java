package org.qualitymonth.campaign.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.shared.PlainText;

/** What the national administrator enters for an edition; date rules live in {@link EditionRules}. */
public record EditionData(
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 100) @PlainText String theme,
        @Size(max = 200) @PlainText String themeEn,
        @Size(max = 200) @PlainText String slogan,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 4000) @PlainText String guidingIdea,
        @NotBlank @Size(max = 8000) @PlainText String requirements,
        @NotNull @Size(min = 1, max = 8) List<@Valid FocusAreaData> focusAreas,
        @NotNull @Size(max = 12) List<@Valid KeyDateData> keyDates) {

    public record FocusAreaData(@NotBlank @Size(max = 100) @PlainText String title,
                                @NotBlank @Size(max = 2000) @PlainText String description) {
    }

    public record KeyDateData(@NotNull LocalDate date, @NotBlank @Size(max = 100) @PlainText String label) {
    }
}
