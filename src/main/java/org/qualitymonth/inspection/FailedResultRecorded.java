package org.qualitymonth.inspection;

import java.time.LocalDate;

/**
 * One failed (不合格) result as other modules see it: announced in a {@link FailedResultsRecorded} of the
 * transaction that stored it, and listed by {@link InspectionQueries#failedResults(int)}.
 */
public record FailedResultRecorded(long resultId, long planId, String productName, String manufacturerName,
                                   String manufacturerRegion, String businessName, String businessRegion,
                                   LocalDate recordedOn) {
}
