package org.qualitymonth.plan;

import java.time.LocalDate;
import java.util.List;

/** Questions other modules ask about plans. */
public interface PlanQueries {

    /** Obliged organisations (not exempt) whose plan for the edition is not yet submitted and is due on or before the date. */
    List<PendingPlan> notSubmittedDueBy(int editionYear, LocalDate date);

    record PendingPlan(long organizationId, LocalDate dueOn) {
    }

    /**
     * Plan progress per region for an edition: by province when {@code provinceCode} is null, else by the
     * cities of that province. Overdue means obliged, due before {@code today}, and not submitted.
     */
    List<RegionProgress> progress(int editionYear, String provinceCode, LocalDate today);

    /** Every obliged or submitting organisation of a city (by region-code prefix) with its plan's state. */
    List<UnitStatus> unitsIn(int editionYear, String cityCode);

    record UnitStatus(long organizationId, Long planId, PlanStatus status, java.time.LocalDate dueOn, boolean obliged,
                      boolean late) {
    }

    record RegionProgress(String regionCode, long obligations, long notSubmitted, long waiting, long returned,
                          long accepted, long overdue, long late) {

        public RegionProgress plus(RegionProgress other) {
            return new RegionProgress(null, obligations + other.obligations, notSubmitted + other.notSubmitted,
                    waiting + other.waiting, returned + other.returned, accepted + other.accepted,
                    overdue + other.overdue, late + other.late);
        }
    }
}
