package org.qualitymonth.inspection;

import java.util.List;

/**
 * Failed (不合格) results were stored, by an import (one event per stored chunk of rows), by hand or by the demo
 * generator. Published in the storing transaction, so it exists exactly when the results do, and an import that
 * fails half-way publishes nothing; listeners must be idempotent, since a re-import of the same rows publishes
 * them again.
 */
public record FailedResultsRecorded(long planId, List<FailedResultRecorded> results) {
}
