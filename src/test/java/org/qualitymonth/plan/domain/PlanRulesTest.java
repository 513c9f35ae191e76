package org.qualitymonth.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static PlanContent content(String objectives, List<PlanContent.WorkItem> items, String budget) {
        return new PlanContent("方案", objectives, items, budget, null, null, false);
    }

    private static final PlanContent.WorkItem ITEM = new PlanContent.WorkItem("质量宣传", "启动仪式", "办公室", null, LocalDate.of(2026, 9, 1));

    @Test
    void aCompletePlanCanBeSubmitted() {
        assertThat(PlanRules.checkSubmission(content("目标", List.of(ITEM), "10万元"), 2026)).isNull();
    }

    @Test
    void missingSectionsAreNamed() {
        assertThat(PlanRules.checkSubmission(content(" ", List.of(ITEM), "10万元"), 2026).code()).isEqualTo("plan.section-missing.objectives");
        assertThat(PlanRules.checkSubmission(content("目标", List.of(), "10万元"), 2026).code()).isEqualTo("plan.section-missing.workItems");
        assertThat(PlanRules.checkSubmission(content("目标", List.of(ITEM), null), 2026).code()).isEqualTo("plan.section-missing.support");
    }

    @Test
    void deadlinesOutsideTheEditionAreRefusedEvenInDrafts() {
        PlanContent.WorkItem late = new PlanContent.WorkItem("质量宣传", "启动仪式", "办公室", null, LocalDate.of(2027, 1, 5));
        PlanRules.Violation violation = PlanRules.checkDraft(content(null, List.of(ITEM, late), null), 2026);
        assertThat(violation).isEqualTo(new PlanRules.Violation("workItems[1].deadline", "plan.deadline-outside-edition"));
    }
}
