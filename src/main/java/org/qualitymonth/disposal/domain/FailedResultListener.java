package org.qualitymonth.disposal.domain;

import org.qualitymonth.inspection.FailedResultsRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens disposal tasks after the transaction that stored failed results commits. The event is kept in the
 * JDBC publication registry until this completes, so a crash in between loses no task, and a repeated
 * event adds none.
 */
@Component
class FailedResultListener {

    private final DisposalTasks tasks;

    FailedResultListener(DisposalTasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(FailedResultsRecorded event) {
        tasks.open(event.results());
    }
}
