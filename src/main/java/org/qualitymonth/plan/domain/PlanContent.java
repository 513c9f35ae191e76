package org.qualitymonth.plan.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.shared.PlainText;

/**
 * What the submitter writes: objectives, work items with responsible unit and deadline, budget and policy
 * support, expected activities. A draft may be incomplete; {@link PlanRules} says what a submission needs.
 */
public record PlanContent(
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 4000) @PlainText String objectives,
        @NotNull @Size(max = 30) List<@Valid WorkItem> workItems,
        @Size(max = 2000) @PlainText String budget,
        @Size(max = 2000) @PlainText String policySupport,
        @Size(max = 4000) @PlainText String expectedActivities,
        boolean publicPlan) {

    public record WorkItem(@NotBlank @Size(max = 100) @PlainText String focusArea,
                           @NotBlank @Size(max = 1000) @PlainText String content,
                           @NotBlank @Size(max = 120) @PlainText String responsibleUnit,
                           @Size(max = 40) @PlainText String person,
                           @NotNull LocalDate deadline) {
    }
}
