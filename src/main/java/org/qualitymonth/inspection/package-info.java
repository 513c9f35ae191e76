/**
 * Spot checks (监督抽查, INSP-1..3): the canonical record of plans, tasks, samples and results, the
 * lifecycle after a failed result, and the tolerant importer of result sheets. A failed result is
 * announced with {@link org.qualitymonth.inspection.FailedResultsRecorded} in the transaction that stores it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spot checks",
        allowedDependencies = {"shared", "platform", "campaign", "organization"})
package org.qualitymonth.inspection;
