package org.qualitymonth.plan;

import java.time.LocalDate;
import java.util.List;

/** Questions other modules ask about plans. */
public interface PlanQueries {

    /** Obliged organisations (not exempt) whose plan for the edition is not yet submitted and is due on or before the date. */
    List<PendingPlan> notSubmittedDueBy(int editionYear, LocalDate date);

    record PendingPlan(long organizationId, LocalDate dueOn) {
    }
}
