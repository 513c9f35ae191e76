package org.qualitymonth.activity.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qualitymonth.shared.PlainText;

/** What an organiser reports after an activity: who came, who took part, what came out of it. */
public record ReportData(
        @NotNull @Min(0) @Max(10_000_000) Integer attendance,
        @NotNull @Min(0) @Max(100_000) Integer organisationCount,
        @Size(max = 1000) @PlainText String organisations,
        @NotNull @Min(0) @Max(1_000_000) Integer problemsSolved,
        @NotNull @Min(0) @Max(10_000_000) Integer peopleTrained,
        @Size(max = 4000) @PlainText String outputs) {
}
