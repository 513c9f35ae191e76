package org.qualitymonth.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.qualitymonth.plan.SummaryFigures;

class SummaryRulesTest {

    private static final String NARRATIVE = "今年“质量月”期间，本单位围绕四个活动重点组织开展启动仪式、质量开放日、QC成果发表和重点产品集中整治，成效明显。";

    private static SummaryFigures figures(Long activities, Long participants, Long found, Long rectified, BigDecimal funds) {
        return new SummaryFigures(activities, participants, null, null, found, rectified, funds, null);
    }

    @Test
    void aDraftMayBeIncompleteButNotNegativeOrInconsistent() {
        assertThat(SummaryRules.checkDraft(new SummaryContent("t", null, SummaryFigures.none()))).isNull();
        assertThat(SummaryRules.checkDraft(new SummaryContent("t", null, figures(null, -1L, null, null, null))))
                .isEqualTo(new PlanRules.Violation("figures.participants", "summary.figure-negative"));
        assertThat(SummaryRules.checkDraft(new SummaryContent("t", null, figures(null, null, null, null, new BigDecimal("-0.01")))))
                .isEqualTo(new PlanRules.Violation("figures.fundsInvested", "summary.figure-negative"));
        assertThat(SummaryRules.checkDraft(new SummaryContent("t", null, figures(null, null, 3L, 4L, null))))
                .isEqualTo(new PlanRules.Violation("figures.problemsRectified", "summary.rectified-exceeds-found"));
    }

    @Test
    void aSubmissionNeedsANarrativeOfSubstanceAndTheCoreFigures() {
        assertThat(SummaryRules.checkSubmission(new SummaryContent("t", "  ", figures(1L, 1L, null, null, null))).code())
                .isEqualTo("summary.narrative-missing");
        assertThat(SummaryRules.checkSubmission(new SummaryContent("t", "开展了活动。", figures(1L, 1L, null, null, null))).code())
                .isEqualTo("summary.narrative-too-short");
        assertThat(SummaryRules.checkSubmission(new SummaryContent("t", NARRATIVE, figures(null, 1L, null, null, null))).code())
                .isEqualTo("summary.figure-missing.activitiesHeld");
        assertThat(SummaryRules.checkSubmission(new SummaryContent("t", NARRATIVE, figures(2L, null, null, null, null))).code())
                .isEqualTo("summary.figure-missing.participants");
        assertThat(SummaryRules.checkSubmission(new SummaryContent("t", NARRATIVE, figures(0L, 0L, 0L, 0L, BigDecimal.ZERO)))).isNull();
    }

    @Test
    void figuresAddUpFigureByFigureKeepingUnreportedOnesApart() {
        SummaryFigures sum = figures(2L, null, 5L, 4L, new BigDecimal("1.50")).plus(figures(3L, null, null, 1L, new BigDecimal("2.25")));
        assertThat(sum).isEqualTo(figures(5L, null, 5L, 5L, new BigDecimal("3.75")));
    }
}
