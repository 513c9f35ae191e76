package org.qualitymonth.plan.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.shared.PlainText;

/**
 * What a summary says: its title, the narrative of what was done and achieved, and the figures. A draft may be
 * incomplete; {@link SummaryRules} says what a submission needs.
 */
public record SummaryContent(
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 20000) @PlainText String narrative,
        @NotNull @Valid SummaryFigures figures) {
}
