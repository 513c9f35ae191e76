package org.qualitymonth.inspection;

import java.util.List;

/** What other modules may read of spot checks. */
public interface InspectionQueries {

    /** Failed results of plans of the given year, oldest first, as the event that announced them. */
    List<FailedResultRecorded> failedResults(int year);
}
