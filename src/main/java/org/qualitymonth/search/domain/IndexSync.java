package org.qualitymonth.search.domain;

import org.qualitymonth.inspection.AnnouncementChanged;
import org.qualitymonth.inspection.PublishedResults;
import org.qualitymonth.inspection.ResultsImported;
import org.qualitymonth.inspection.ResultsStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database. The inspection module writes results with JDBC in bulk, so no ORM
 * listener sees them: its events do, after their transaction commits, and they are kept in the publication registry
 * until handled, so a crash loses no update. Each handler re-reads the current state, so order and repetition do
 * not matter. An index found empty at start (first start, or the index directory deleted) or written with an earlier
 * document layout is rebuilt.
 */
@Component
class IndexSync {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final ResultIndexer indexer;
    private final ResultSearch search;
    private final PublishedResults results;
    private final SearchIndex index;

    IndexSync(ResultIndexer indexer, ResultSearch search, PublishedResults results, SearchIndex index) {
        this.index = index;
        this.indexer = indexer;
        this.search = search;
        this.results = results;
    }

    @ApplicationModuleListener
    void on(ResultsStored event) {
        indexer.update(event.resultIds());
    }

    @ApplicationModuleListener
    void on(ResultsImported event) {
        indexer.indexImport(event.jobId());
    }

    @ApplicationModuleListener
    void on(AnnouncementChanged event) {
        if (event.announcedOn() == null) {
            indexer.removePlan(event.planId());
        } else {
            indexer.indexPlan(event.planId());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfEmptyOrOutdated() {
        if (results.count() == 0) {
            index.markCurrent();
        } else if (search.indexed() == 0 || !index.current()) {
            log.info("Search index is empty or of an earlier layout: building it from the database");
            indexer.rebuild();
        }
    }
}
