package org.qualitymonth.plan;

import java.time.LocalDate;
import java.util.List;

/** Questions other modules ask about summaries: completion and figures by region. */
public interface SummaryQueries {

    /**
     * Summary completion per region for an edition: by province when {@code provinceCode} is null, else by the
     * cities of that province. Overdue means obliged, due before {@code today}, and not submitted. The figures
     * add up the summaries that have been submitted and are not back with their submitter (waiting or accepted).
     */
    List<RegionSummaries> progress(int editionYear, String provinceCode, LocalDate today);

    /** Every obliged or summary-writing organisation of a city (by region-code prefix) with its summary's state. */
    List<UnitSummary> unitsIn(int editionYear, String cityCode);

    /** When summaries of the edition are due. */
    LocalDate dueDate(int editionYear);

    /** Obliged organisations (not exempt) whose summary is not submitted, when summaries are due on or before the date. */
    List<PlanQueries.PendingPlan> notSubmittedDueBy(int editionYear, LocalDate date);

    record RegionSummaries(String regionCode, long obligations, long notSubmitted, long waiting, long returned, long accepted,
                           long overdue, SummaryFigures figures) {

        public RegionSummaries plus(RegionSummaries other) {
            return new RegionSummaries(null, obligations + other.obligations, notSubmitted + other.notSubmitted,
                    waiting + other.waiting, returned + other.returned, accepted + other.accepted, overdue + other.overdue,
                    figures.plus(other.figures));
        }
    }

    record UnitSummary(long organizationId, Long summaryId, PlanStatus status, boolean obliged, SummaryFigures figures) {
    }
}
