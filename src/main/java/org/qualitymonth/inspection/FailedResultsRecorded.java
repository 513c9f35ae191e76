package org.qualitymonth.inspection;

import java.util.List;

/**
 * Failed (不合格) results were stored by hand or by the demo generator (an import announces itself with
 * {@link ResultsImported}). Published in the storing transaction, so it exists exactly when the results do;
 * listeners must be idempotent, since storing the same rows again publishes them again.
 */
public record FailedResultsRecorded(long planId, List<FailedResultRecorded> results) {
}
