package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void aStreamArrivesInFullListsThenTheRestAtFlush() {
        List<List<Integer>> received = new ArrayList<>();
        Batches<Integer> batches = new Batches<>(3, batch -> received.add(List.copyOf(batch)));

        IntStream.range(0, 7).boxed().forEach(batches);
        assertThat(received).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5));

        batches.flush();
        batches.flush();
        assertThat(received).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    }

    @Test
    void anEmptyStreamReachesNoSink() {
        List<List<Integer>> received = new ArrayList<>();
        new Batches<Integer>(3, received::add).flush();
        assertThat(received).isEmpty();
    }
}
