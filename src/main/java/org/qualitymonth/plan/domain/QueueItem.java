package org.qualitymonth.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.qualitymonth.plan.PlanStatus;

/** One row of a reviewer's queue: enough to list it, without loading the plan's content. */
public record QueueItem(long id, long organizationId, String title, PlanStatus status, Instant waitingSince,
                        LocalDate dueOn, boolean late) {
}
