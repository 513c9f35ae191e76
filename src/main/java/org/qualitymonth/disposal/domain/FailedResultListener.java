package org.qualitymonth.disposal.domain;

import org.qualitymonth.inspection.FailedResultRecorded;
import org.qualitymonth.inspection.FailedResultsRecorded;
import org.qualitymonth.inspection.InspectionQueries;
import org.qualitymonth.inspection.ResultsImported;
import org.qualitymonth.shared.Batches;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens disposal tasks after the transaction that stored failed results commits. The event is kept in the
 * JDBC publication registry until this completes, so a crash in between loses no task, and a repeated
 * event adds none. An import's failed results are read as a stream and opened a page at a time.
 */
@Component
class FailedResultListener {

    static final int PAGE = 5_000;

    private final DisposalTasks tasks;
    private final InspectionQueries inspections;

    FailedResultListener(DisposalTasks tasks, InspectionQueries inspections) {
        this.tasks = tasks;
        this.inspections = inspections;
    }

    @ApplicationModuleListener
    void on(FailedResultsRecorded event) {
        tasks.open(event.results());
    }

    @ApplicationModuleListener
    void on(ResultsImported event) {
        Batches<FailedResultRecorded> pages = new Batches<>(PAGE, tasks::open);
        inspections.forEachFailedOfImport(event.jobId(), pages);
        pages.flush();
    }
}
