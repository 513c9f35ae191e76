package org.qualitymonth.search.domain;

import java.util.Map;
import org.qualitymonth.platform.AuditLog;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * A rebuild asked for from the console: recorded in the audit log and run in the background (it streams every
 * published result from the database), one at a time.
 */
@Service
public class IndexRebuilds {

    private final ResultIndexer indexer;
    private final AuditLog audit;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("search-rebuild-");

    IndexRebuilds(ResultIndexer indexer, AuditLog audit) {
        this.indexer = indexer;
        this.audit = audit;
        this.executor.setConcurrencyLimit(1);
    }

    /** Starts a rebuild; false when one is already running. */
    @org.springframework.transaction.annotation.Transactional
    public boolean start() {
        if (indexer.rebuilding()) {
            return false;
        }
        audit.record("search.index.rebuild", "search_index", "results", null, Map.of("requested", true));
        executor.execute(indexer::rebuild);
        return true;
    }

    public boolean running() {
        return indexer.rebuilding();
    }
}
