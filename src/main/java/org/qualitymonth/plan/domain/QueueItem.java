package org.qualitymonth.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.plan.PlanStatus;

/** One row of a reviewer's queue, a plan or a summary: enough to list it, without loading its content. */
public record QueueItem(long id, DocumentKind kind, long organizationId, String title, PlanStatus status, Instant waitingSince,
                        LocalDate dueOn, boolean late) {
}
