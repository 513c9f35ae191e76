package org.qualitymonth.inspection;

import java.util.List;
import java.util.function.Consumer;

/** What other modules may read of spot checks. */
public interface InspectionQueries {

    /** Failed results of plans of the given year, oldest first, as the event that announced them. */
    List<FailedResultRecorded> failedResults(int year);

    /** The failed results an import stored (those it last wrote), by result id, streamed row by row. */
    void forEachFailedOfImport(long jobId, Consumer<FailedResultRecorded> action);
}
