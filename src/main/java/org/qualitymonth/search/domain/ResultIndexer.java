package org.qualitymonth.search.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
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
    private final ReentrantLock writing = new ReentrantLock();

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
            inBatches(consumer -> results.forEachOf(resultIds, r -> {
                missing.remove(r.resultId());
                consumer.accept(r);
            }), false);
            delete(missing);
        });
    }

    public void indexPlan(long planId) {
        inTurn(() -> inBatches(consumer -> results.forEachOfPlan(planId, consumer), false));
    }

    /** Indexes what an import stored, if its plan is announced. */
    public void indexImport(long jobId) {
        inTurn(() -> inBatches(consumer -> results.forEachOfImport(jobId, consumer), false));
    }

    public void removePlan(long planId) {
        inTurn(() -> {
            Batches<Long> batches = new Batches<>(batchSize, this::delete);
            results.forEachIdOfPlan(planId, batches);
            batches.flush();
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
                long count = inBatches(results::forEach, true);
                index.markCurrent();
                log.info("Search index rebuilt: {} results in {} ms", count, (System.nanoTime() - started) / 1_000_000);
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
        writing.lock();
        try {
            write.run();
        } finally {
            writing.unlock();
        }
    }

    private long inBatches(Consumer<Consumer<PublishedResult>> source, boolean rebuild) {
        IndexWriting writing = rebuild ? IndexWriting.rebuild(index) : IndexWriting.update(index);
        long[] count = {0};
        Batches<PublishedResult> batches = new Batches<>(batchSize, batch -> {
            writing.add(documents.of(batch));
            count[0] += batch.size();
        });
        source.accept(batches);
        batches.flush();
        writing.finish();
        return count[0];
    }

    private void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (SearchSession session = index.mapping().createSession()) {
            ids.forEach(id -> session.indexingPlan().purge(ResultDocument.class, id, null));
        }
    }
}
