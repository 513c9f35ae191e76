package org.qualitymonth.plan.domain;

import java.time.LocalDate;

/** What a plan needs before it can be submitted, and where its deadlines may lie. */
public final class PlanRules {

    public record Violation(String field, String code) {
    }

    private PlanRules() {
    }

    /** Checked on every save: work-item deadlines lie within the edition's year. */
    public static Violation checkDraft(PlanContent content, int editionYear) {
        for (int i = 0; i < content.workItems().size(); i++) {
            LocalDate deadline = content.workItems().get(i).deadline();
            if (deadline != null && deadline.getYear() != editionYear) {
                return new Violation("workItems[" + i + "].deadline", "plan.deadline-outside-edition");
            }
        }
        return null;
    }

    /** Checked on submission: the sections the route's reviewers need are there. */
    public static Violation checkSubmission(PlanContent content, int editionYear) {
        Violation draft = checkDraft(content, editionYear);
        if (draft != null) {
            return draft;
        }
        if (blank(content.objectives())) {
            return new Violation("objectives", "plan.section-missing.objectives");
        }
        if (content.workItems().isEmpty()) {
            return new Violation("workItems", "plan.section-missing.workItems");
        }
        if (blank(content.budget()) && blank(content.policySupport())) {
            return new Violation("budget", "plan.section-missing.support");
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
