package org.qualitymonth.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers items streamed one at a time into lists of a fixed size for a sink that works a list at a time (one query,
 * one indexing pass), so a stream of any length holds at most one list. The sink gets the same list each time, cleared
 * after it returns; it must not keep it.
 */
public final class Batches<T> implements Consumer<T> {

    private final int size;
    private final Consumer<List<T>> sink;
    private final List<T> batch;

    public Batches(int size, Consumer<List<T>> sink) {
        this.size = size;
        this.sink = sink;
        this.batch = new ArrayList<>(size);
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() == size) {
            flush();
        }
    }

    /** Hands what is gathered to the sink, if anything is: call it once the stream ends. */
    public void flush() {
        if (!batch.isEmpty()) {
            sink.accept(batch);
            batch.clear();
        }
    }
}
