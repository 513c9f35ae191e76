package org.qualitymonth.search.domain;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.standalone.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * Writing many documents: a batch is added without a commit of its own while the caller reads the next one; before
 * the next batch goes in, the previous one must be written (so at most two batches are in memory). At the end one
 * flush and refresh make everything durable and visible: a commit per batch would write a small segment per batch
 * and leave Lucene merging them (an announced plan of 1,000,000 results took four minutes that way). A rebuild also
 * merges the segments into one at the end (each search pays per-segment costs, term look-ups above all, which at
 * 3,000,000 documents in two dozen segments cost a narrow query several milliseconds). Used by rebuilds, by the
 * indexing of announced plans and imports, and by the benchmark's loader.
 */
public final class IndexWriting {

    private final SearchIndex index;
    private final boolean replacing;
    private CompletableFuture<?> previous = CompletableFuture.completedFuture(null);
    private long added;

    /** Writing into an emptied index: documents are added, and merged into one segment at the end. */
    public static IndexWriting rebuild(SearchIndex index) {
        return new IndexWriting(index, false);
    }

    /** Writing into a live index: a document replaces the one of the same result, if any. */
    static IndexWriting update(SearchIndex index) {
        return new IndexWriting(index, true);
    }

    private IndexWriting(SearchIndex index, boolean replacing) {
        this.index = index;
        this.replacing = replacing;
    }

    public void add(Collection<ResultDocument> documents) {
        index.announcing(documents);
        added += documents.size();
        write(plan -> documents.forEach(replacing ? plan::addOrUpdate : plan::add));
    }

    /** Deletes the documents of these results, if indexed. */
    void delete(Collection<Long> resultIds) {
        write(plan -> resultIds.forEach(id -> plan.purge(ResultDocument.class, id, null)));
    }

    private void write(Consumer<SearchIndexingPlan> work) {
        previous.join();
        CompletableFuture<?>[] written = new CompletableFuture<?>[1];
        IndexingPlanSynchronizationStrategy noCommit = context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(future -> written[0] = future.thenAccept(IndexWriting::check));
        };
        try (SearchSession session = index.mapping().createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(noCommit).build()) {
            work.accept(session.indexingPlan());
        }
        previous = written[0] == null ? CompletableFuture.completedFuture(null) : written[0];
    }

    /** Documents handed to {@link #add} so far. */
    long added() {
        return added;
    }

    public void finish() {
        previous.join();
        SearchWorkspace workspace = index.mapping().scope(ResultDocument.class).workspace();
        if (!replacing) {
            workspace.mergeSegments();
        }
        workspace.flush();
        workspace.refresh();
    }

    private static void check(SearchIndexingPlanExecutionReport report) {
        report.throwable().ifPresent(failure -> {
            throw new IllegalStateException("Indexing failed", failure);
        });
    }
}
