package org.qualitymonth.plan.domain;

import org.qualitymonth.plan.SummaryFigures;

/** What a summary needs before it can be submitted, beyond the bounds its fields carry. */
public final class SummaryRules {

    /** Fewer characters than this is not an account of a month's campaign. */
    static final int MIN_NARRATIVE = 50;

    private SummaryRules() {
    }

    /** Checked on every save: no figure is negative, and the figures agree with one another. */
    public static PlanRules.Violation checkDraft(SummaryContent content) {
        SummaryFigures f = content.figures();
        java.util.List<Number> values = f.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && values.get(i).doubleValue() < 0) {
                return new PlanRules.Violation("figures." + SummaryFigures.NAMES.get(i), "summary.figure-negative");
            }
        }
        if (f.problemsFound() != null && f.problemsRectified() != null && f.problemsRectified() > f.problemsFound()) {
            return new PlanRules.Violation("figures.problemsRectified", "summary.rectified-exceeds-found");
        }
        return null;
    }

    /** Checked on submission: a narrative of some substance and the core figures the national tables add up. */
    public static PlanRules.Violation checkSubmission(SummaryContent content) {
        PlanRules.Violation draft = checkDraft(content);
        if (draft != null) {
            return draft;
        }
        String narrative = content.narrative() == null ? "" : content.narrative().strip();
        if (narrative.isEmpty()) {
            return new PlanRules.Violation("narrative", "summary.narrative-missing");
        }
        if (narrative.codePointCount(0, narrative.length()) < MIN_NARRATIVE) {
            return new PlanRules.Violation("narrative", "summary.narrative-too-short");
        }
        if (content.figures().activitiesHeld() == null) {
            return new PlanRules.Violation("figures.activitiesHeld", "summary.figure-missing.activitiesHeld");
        }
        if (content.figures().participants() == null) {
            return new PlanRules.Violation("figures.participants", "summary.figure-missing.participants");
        }
        return null;
    }
}
