/**
 * Spot checks (监督抽查, INSP-1..3): the canonical record of plans, tasks, samples and results, the
 * lifecycle after a failed result, and the tolerant importer of result sheets. Stored results are announced in the
 * transaction that stores them: an import's with one {@link org.qualitymonth.inspection.ResultsImported} at its end,
 * others with {@link org.qualitymonth.inspection.ResultsStored} and {@link org.qualitymonth.inspection.FailedResultsRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spot checks",
        allowedDependencies = {"shared", "platform", "campaign", "organization"})
package org.qualitymonth.inspection;
