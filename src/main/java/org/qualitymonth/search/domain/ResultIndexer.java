package org.qualitymonth.search.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.qualitymonth.inspection.PublishedResult;
import org.qualitymonth.inspection.PublishedResults;
import org.qualitymonth.shared.Batches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes published results into the index a batch at a time: the results of a stored batch, of an announced plan,
 * or all of them (a rebuild, streamed from the database). A withdrawn plan's results are deleted. Writers take turns:
 * each reads the current state and writes it, so the last to run leaves the index right. Side by side, a writer that
 * had read a result as unpublished could delete it just after another, which had read it announced, wrote it.
 */
@Service
public class ResultIndexer {

    private static final Logger log = LoggerFactory.getLogger(ResultIndexer.class);

    private final SearchIndex index;
    private final PublishedResults results;
    private final ResultDocuments documents;
    private final int batchSize;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ReentrantLock turn = new ReentrantLock();

    ResultIndexer(SearchIndex index, PublishedResults results, ResultDocuments documents, SearchProperties properties) {
        this.index = index;
        this.results = results;
        this.documents = documents;
        this.batchSize = Math.max(1, properties.batchSize());
    }

    /** Indexes these results as they are now; those not (or no longer) published leave the index. */
    public void update(Collection<Long> resultIds) {
        inTurn(() -> {
            Set<Long> missing = new HashSet<>(resultIds);
            IndexWriting writing = inBatches(consumer -> results.forEachOf(resultIds, r -> {
                missing.remove(r.resultId());
                consumer.accept(r);
            }), IndexWriting.update(index));
            writing.delete(missing);
            writing.finish();
        });
    }

    public void indexPlan(long planId) {
        inTurn(() -> inBatches(consumer -> results.forEachOfPlan(planId, consumer), IndexWriting.update(index)).finish());
    }

    /** Indexes what an import stored, if its plan is announced. */
    public void indexImport(long jobId) {
        inTurn(() -> inBatches(consumer -> results.forEachOfImport(jobId, consumer), IndexWriting.update(index)).finish());
    }

    public void removePlan(long planId) {
        inTurn(() -> {
            IndexWriting writing = IndexWriting.update(index);
            Batches<Long> batches = new Batches<>(batchSize, writing::delete);
            results.forEachIdOfPlan(planId, batches);
            batches.flush();
            writing.finish();
        });
    }

    /** Empties the index and fills it again from the database; false if a rebuild is already running. */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        try {
            inTurn(() -> {
                long started = System.nanoTime();
                index.mapping().scope(ResultDocument.class).workspace().purge();
                IndexWriting writing = inBatches(results::forEach, IndexWriting.rebuild(index));
                writing.finish();
                index.markCurrent();
                log.info("Search index rebuilt: {} results in {} ms", writing.added(), (System.nanoTime() - started) / 1_000_000);
            });
            return true;
        } finally {
            rebuilding.set(false);
        }
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    private void inTurn(Runnable write) {
        turn.lock();
        try {
            write.run();
        } finally {
            turn.unlock();
        }
    }

    /** Writes what the source gives a batch at a time; the caller finishes the writing. */
    private IndexWriting inBatches(Consumer<Consumer<PublishedResult>> source, IndexWriting writing) {
        Batches<PublishedResult> batches = new Batches<>(batchSize, batch -> writing.add(documents.of(batch)));
        source.accept(batches);
        batches.flush();
        return writing;
    }
}
