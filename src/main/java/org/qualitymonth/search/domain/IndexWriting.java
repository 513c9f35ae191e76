package org.qualitymonth.search.domain;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * Bulk writing: a batch is added without a commit of its own while the caller reads the next one; before the next
 * batch goes in, the previous one must be written (so at most two batches are in memory). At the end the segments
 * are merged into one (each search pays per-segment costs, term look-ups above all, which at 3,000,000 documents in
 * two dozen segments cost a narrow query several milliseconds), and one flush and refresh make everything durable
 * and visible. Used by rebuilds and the benchmark's loader.
 */
public final class IndexWriting {

    private final SearchIndex index;
    private CompletableFuture<?> previous = CompletableFuture.completedFuture(null);

    public IndexWriting(SearchIndex index) {
        this.index = index;
    }

    public void add(Collection<ResultDocument> documents) {
        previous.join();
        index.announcing(documents);
        CompletableFuture<?>[] written = new CompletableFuture<?>[1];
        IndexingPlanSynchronizationStrategy noCommit = context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(future -> written[0] = future.thenAccept(IndexWriting::check));
        };
        try (SearchSession session = index.mapping().createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(noCommit).build()) {
            documents.forEach(session.indexingPlan()::add);
        }
        previous = written[0] == null ? CompletableFuture.completedFuture(null) : written[0];
    }

    public void finish() {
        previous.join();
        SearchWorkspace workspace = index.mapping().scope(ResultDocument.class).workspace();
        workspace.mergeSegments();
        workspace.flush();
        workspace.refresh();
    }

    private static void check(SearchIndexingPlanExecutionReport report) {
        report.throwable().ifPresent(failure -> {
            throw new IllegalStateException("Indexing failed", failure);
        });
    }
}
