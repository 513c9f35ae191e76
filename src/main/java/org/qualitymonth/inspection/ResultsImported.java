package org.qualitymonth.inspection;

/**
 * An import stored its rows into a plan. Published once, at the end of the import's transaction, so it exists exactly
 * when the rows do (an import that fails half-way publishes nothing), and an import of any size holds no growing list
 * of results until it commits. Listeners read what the import stored as a stream
 * ({@link InspectionQueries#forEachFailedOfImport}, {@link PublishedResults#forEachOfImport}); a re-import publishes
 * it again, so they must be idempotent.
 */
public record ResultsImported(long planId, long jobId) {
}
